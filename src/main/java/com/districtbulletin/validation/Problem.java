package com.districtbulletin.validation;

import com.districtbulletin.text.Chinese;

/**
 * One row of the validation report: where (file relative to input/, physical line, column),
 * what was found, the code, and a Chinese sentence a clerk can act on. What it quotes of a cell is
 * cut as {@link Echo} says, wherever the problem is made.
 */
public record Problem(String file, Integer line, String column, String value, ProblemCode code, String message) {

    /** The value and column as outputs show them ({@link Echo}), in the message too. */
    public Problem {
        String shown = Echo.of(value);
        if (shown != null && !shown.equals(value)) {
            message = message == null ? null : message.replace(value, shown);
            value = shown;
        }
        shown = Echo.of(column);
        if (shown != null && !shown.equals(column)) {
            message = message == null ? null : message.replace(column, shown);
            column = shown;
        }
    }

    /** A problem whose message is the code's text filled with {@code args}. */
    public static Problem of(String file, Integer line, String column, String value, ProblemCode code,
                             Object... args) {
        return new Problem(file, line, column, value, code, Chinese.text("problem." + code.name(), args));
    }

    public static Problem ofFile(String file, ProblemCode code, Object... args) {
        return of(file, null, null, null, code, args);
    }
}
