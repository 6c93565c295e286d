package com.districtbulletin.validation;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When a header lacks required columns, the one cause a clerk can act on, if it is one of the
 * common ones, reported as ONE problem (code MISSING_COLUMN) instead of one per missing column:
 * the file is separated by tabs, semicolons or Chinese commas instead of commas; a title row
 * (…会议情况统计表) stands above the header; or the header is that of another dataset than the
 * file's name says.
 */
public final class HeaderDiagnosis {

    /** Separators clerks' files come with instead of the comma, and their text key. */
    private static final List<String[]> SEPARATORS = List.of(
            new String[] {"\t", "tab"}, new String[] {"；", "semicolon"}, new String[] {";", "semicolon"},
            new String[] {"，", "chineseComma"}, new String[] {"|", "bar"});

    private HeaderDiagnosis() {
    }

    /**
     * @param header    the cells of the record read as the header, on line {@code line}
     * @param following the next few records and their lines
     */
    public static Optional<Problem> of(Dataset dataset, String file, List<String> header, int line,
                                       List<List<String>> following, List<Integer> lines) {
        List<String> filled = header.stream().map(CellParser::trim).filter(c -> !c.isEmpty()).toList();
        if (filled.size() == 1) {
            for (String[] separator : SEPARATORS) {
                List<String> split = Arrays.stream(filled.get(0).split(java.util.regex.Pattern.quote(separator[0])))
                        .map(CellParser::trim).toList();
                if (split.size() > 1 && (separator[0].equals("\t") || namesAnyColumn(split, file, line))) {
                    return Optional.of(problem(file, line, Chinese.text("problem.MISSING_COLUMN.separator",
                            Chinese.text("problem.separator." + separator[1]))));
                }
            }
        }
        int mapped = HeaderMap.read(dataset, header, file, line).mappedColumns();
        List<String> others = new ArrayList<>();
        for (Dataset other : Dataset.values()) {
            HeaderMap map = HeaderMap.read(other, header, file, line);
            if (other != dataset && map.fileProblems().isEmpty() && map.mappedColumns() > mapped) {
                others.add(Chinese.text("problem.datasetNamed", other.alias(), other.fileName()));
            }
        }
        if (!others.isEmpty()) {
            return Optional.of(problem(file, line, Chinese.text("problem.MISSING_COLUMN.otherDataset",
                    Chinese.text("problem.datasetNamed", dataset.alias(), dataset.fileName()),
                    String.join(Chinese.text("problem.enumSeparator"), others))));
        }
        if (mapped > 0) {
            return Optional.empty();
        }
        for (int i = 0; i < following.size(); i++) {
            if (HeaderMap.read(dataset, following.get(i), file, lines.get(i)).mappedColumns() > 0) {
                String title = filled.isEmpty() ? "" : Echo.of(filled.get(0));
                return Optional.of(problem(file, line, Chinese.text("problem.MISSING_COLUMN.titleRow", line, title,
                        lines.get(i))));
            }
        }
        return Optional.empty();
    }

    /**
     * A header line that ran into the first data row (its line break lost): the header then holds
     * about twice the cells of every row below it, and the row's values (names among them) would be
     * echoed as unknown columns. Diagnosed as a whole, without echoing any cell.
     *
     * @param unknown   how many of the header's cells name no column
     * @param following the next few records after the header
     */
    public static Optional<Problem> joinedWithNextRow(String file, List<String> header, int line, int unknown,
                                                      List<List<String>> following) {
        if (following.isEmpty()) {
            return Optional.empty();
        }
        int width = following.get(0).size();
        boolean rowsAlike = following.stream().allMatch(r -> r.size() == width);
        if (!rowsAlike || width < 2 || header.size() < 2 * width - 1 || unknown < width - 1) {
            return Optional.empty();
        }
        return Optional.of(problem(file, line, Chinese.text("problem.MISSING_COLUMN.joinedRow", line,
                header.size(), width)));
    }

    private static boolean namesAnyColumn(List<String> cells, String file, int line) {
        return Arrays.stream(Dataset.values()).anyMatch(d -> HeaderMap.read(d, cells, file, line).mappedColumns() > 0);
    }

    private static Problem problem(String file, int line, String message) {
        return new Problem(file, line, null, null, ProblemCode.MISSING_COLUMN, message);
    }
}
