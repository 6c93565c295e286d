package com.districtbulletin.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.ReadLimits;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.validation.CellParser;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every value the cell parser accepts is stored by the database (issue 19): each column type's
 * extremes — the earliest and latest dates, the largest integer, a cell of the longest text with
 * the characters that trouble COPY and CSV, the longest choice code — parsed from cells as a clerk
 * would type them, stored through the bulk loader (COPY on PostgreSQL, batched INSERTs on H2) and
 * read back unchanged. The parser's own bounds are what make this hold: a date before 1900 is not
 * a date.
 */
@Tag("database")
class ExtremeValuesTest extends BulletinTestBase {

    /** Characters that need care in COPY's CSV, in SQL and in UTF-8: quotes, separators, line ends, astral planes. */
    private static final String AWKWARD = "\"引号\",逗号\\反斜杠\r\n换行\t制表　全角𠀀𪚥😀'; DROP TABLE x; --\\N";

    @Autowired
    RowSinks sinks;
    @Autowired
    PlatformTransactionManager transactions;

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void eachColumnTypesExtremesAreStoredAndReadBackUnchanged(Dataset dataset) {
        List<Object[]> rows = List.of(values(dataset, true), values(dataset, false));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            RowSink sink = sinks.open(dataset);
            for (int i = 0; i < rows.size(); i++) {
                sink.add(7, i + 2, rows.get(i));
            }
            sink.close();
        });

        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT * FROM " + dataset.table() + " WHERE submission_id = 7 ORDER BY line_no");
        assertThat(stored).hasSize(2);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < dataset.columns().size(); c++) {
                Column column = dataset.columns().get(c);
                Object read = value(stored.get(i), column.name());
                assertThat(read).as("%s.%s, row %d", dataset.table(), column.name(), i).isEqualTo(rows.get(i)[c]);
            }
        }
    }

    @Test
    void datesBefore1900AreNoDates() {
        for (String cell : List.of("0000-01-01", "0024-03-05", "1899-12-31", "1024年3月5日")) {
            assertThat(CellParser.parseDate(cell)).as(cell).isSameAs(CellParser.INVALID);
        }
        assertThat(CellParser.parseDate("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    /** One row of the dataset at the low ({@code low}) or high end of every column's type, as parsed. */
    private static Object[] values(Dataset dataset, boolean low) {
        List<Column> columns = dataset.columns();
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String cell = switch (column.type()) {
                case TEXT -> low ? "〇" : longestText();
                case INTEGER -> low ? "０" : "9".repeat(18);
                case DATE -> low ? "1900-01-01" : "9999年12月31日";
                case BOOLEAN -> low ? "否" : "TRUE";
                case ENUM -> low ? column.choices().get(0).label()
                        : column.choices().stream().map(Choice::code).max(Comparator.comparingInt(String::length))
                                .orElseThrow();
            };
            values[c] = CellParser.parse(column, cell);
            assertThat(values[c]).as("%s: %s", column.name(), cell).isNotSameAs(CellParser.INVALID);
        }
        return values;
    }

    /** A cell of the most characters a file may hold in one, surrogate pairs kept whole. */
    private static String longestText() {
        StringBuilder text = new StringBuilder();
        while (text.length() + AWKWARD.length() <= ReadLimits.CELL_CHARS) {
            text.append(AWKWARD);
        }
        while (text.length() < ReadLimits.CELL_CHARS) {
            text.append('字');
        }
        return text.toString();
    }

    private static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value;
    }
}
