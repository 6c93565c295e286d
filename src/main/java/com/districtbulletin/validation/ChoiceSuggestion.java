package com.districtbulletin.validation;

import com.districtbulletin.text.EditDistance;
import com.districtbulletin.text.Folding;
import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.ClerkWording;
import com.districtbulletin.dataset.Column;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The declared choice a value outside an enumeration most likely meant, for a "did you mean":
 * a known synonym ({@link ClerkWording#SYNONYMS}), else the one choice nearest by edit distance
 * (one edit, two for a label of five characters or more), else the one label that contains the
 * value or is contained in it. Never a guess outside the column's choices; nothing when two
 * choices are equally near.
 */
public final class ChoiceSuggestion {

    private ChoiceSuggestion() {
    }

    public static Optional<Choice> of(Column column, String cell) {
        List<Choice> choices = column.choices();
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        String written = normalise(cell);
        Optional<Choice> synonym = ClerkWording.synonymOf(column, written);
        if (synonym.isPresent()) {
            return synonym;
        }
        for (Choice choice : choices) {
            if (choice.label().equals(written) || choice.code().equalsIgnoreCase(written)) {
                return Optional.of(choice); // only spaces or full-width letters were wrong
            }
        }
        Choice nearest = null;
        int best = Integer.MAX_VALUE;
        boolean tie = false;
        for (Choice choice : choices) {
            int d = Math.min(EditDistance.between(written, choice.label()),
                    EditDistance.between(written.toLowerCase(Locale.ROOT), choice.code().toLowerCase(Locale.ROOT)));
            if (d < best) {
                best = d;
                nearest = choice;
                tie = false;
            } else if (d == best) {
                tie = true;
            }
        }
        if (!tie && nearest != null && best <= (nearest.label().length() >= 5 ? 2 : 1)
                && best < written.length()) {
            return Optional.of(nearest);
        }
        if (written.length() < 2) {
            return Optional.empty();
        }
        List<Choice> containing = choices.stream()
                .filter(c -> c.label().length() >= 2 && (c.label().contains(written) || written.contains(c.label())))
                .toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    /** White space removed, full-width letters and digits as ASCII. */
    static String normalise(String cell) {
        return Folding.fold(cell);
    }
}
