package com.districtbulletin.template;

import static com.districtbulletin.text.Chinese.text;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.validation.CellParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The {@code .xlsx} template of a dataset: on the first sheet (the only one read back) the
 * header row, a drop-down list on every enumeration and yes/no column, date-formatted date
 * columns; on the second the filling instructions with the columns and an example row; on a
 * third, hidden, the lists the drop-downs offer. The example stays off the first sheet so that
 * a clerk who forgets to delete it does not submit it.
 */
final class XlsxTemplate {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    /** Drop-downs and date formats cover this many data rows, far more than a district's year. */
    static final int ROWS = 5000;

    private static final String HEADER_FILL = "D9E1F2";
    /** Header colours: red for a required column, orange for one required only with a given choice elsewhere. */
    static final String REQUIRED_COLOR = "C00000";
    static final String CONDITIONAL_COLOR = "C65911";

    private XlsxTemplate() {
    }

    static Path write(Path folder, Dataset dataset) throws IOException {
        Path file = folder.resolve(name(dataset));
        write(file, dataset, List.of());
        return file;
    }

    /** 区划代码_年度_会议.xlsx. */
    static String name(Dataset dataset) {
        return "区划代码_年度_" + dataset.alias() + ".xlsx";
    }

    /** The template with {@code rows} already filled in on its first sheet, typed as Excel types them. */
    static void write(Path file, Dataset dataset, List<List<String>> rows) throws IOException {
        AtomicFile.write(file, out -> {
            Workbook workbook = new Workbook(out, "DistrictBulletin", "1.0");
            workbook.setGlobalDefaultFont("等线", 11);
            Worksheet data = workbook.newWorksheet(text("template.xlsx.dataSheet"));
            Worksheet help = workbook.newWorksheet(text("template.xlsx.helpSheet"));
            Worksheet lists = workbook.newWorksheet(text("template.xlsx.listsSheet"));
            lists.setVisibilityState(VisibilityState.HIDDEN);
            dataSheet(data, lists, dataset, rows);
            helpSheet(help, dataset);
            fitToPageWidth(data);
            fitToPageWidth(help);
            workbook.finish();
        });
    }

    private static void dataSheet(Worksheet sheet, Worksheet lists, Dataset dataset, List<List<String>> rows) {
        List<Column> columns = dataset.columns();
        RuleWording wording = new RuleWording(columns, dataset.rules());
        int listColumn = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            sheet.value(0, c, column.alias());
            sheet.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).horizontalAlignment("center")
                    .fontColor(column.isRequired() ? REQUIRED_COLOR
                            : wording.isConditionallyRequired(column) ? CONDITIONAL_COLOR : "000000").set();
            sheet.width(c, Math.max(12, column.alias().length() * 2.6 + 2));
            if (column.type() == ColumnType.DATE) {
                sheet.style(c).format(DATE_FORMAT).set();
            }
            List<String> choices = choicesOf(column);
            if (!choices.isEmpty()) {
                for (int i = 0; i < choices.size(); i++) {
                    lists.value(i, listColumn, choices.get(i));
                }
                sheet.range(1, c, ROWS, c)
                        .validateWithList(lists.range(0, listColumn, choices.size() - 1, listColumn))
                        .allowBlank(true).showDropdown(true)
                        .errorStyle(DataValidationErrorStyle.WARNING).showErrorMessage(true)
                        .errorTitle(text("template.xlsx.listTitle")).error(text("template.xlsx.listError"));
                listColumn++;
            }
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                typedCell(sheet, r + 1, c, columns.get(c), rows.get(r).get(c));
            }
        }
    }

    /** What a drop-down offers: the labels of an enumeration, 是/否 for a yes/no column. */
    private static List<String> choicesOf(Column column) {
        if (column.type() == ColumnType.BOOLEAN) {
            return List.of("是", "否");
        }
        return column.choices().stream().map(choice -> choice.label()).toList();
    }

    /** A cell as Excel stores what a clerk types: dates and numbers typed, the rest as text. */
    private static void typedCell(Worksheet sheet, int r, int c, Column column, String cell) {
        if (cell.isEmpty()) {
            return;
        }
        Object value = CellParser.parse(column, cell);
        if (column.type() == ColumnType.DATE && value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (column.type() == ColumnType.INTEGER && value instanceof Long n) {
            sheet.value(r, c, n);
        } else {
            sheet.value(r, c, cell);
        }
    }

    /** The general instructions, then what the workbook itself shows: red headers, drop-downs. */
    private static List<String> xlsxInstructions() {
        List<String> paragraphs = new java.util.ArrayList<>(FillingInstructions.general());
        paragraphs.add(text("template.xlsx.howTo"));
        return paragraphs;
    }

    /** Printed landscape, every column on one page across, as many pages down as it takes. */
    private static void fitToPageWidth(Worksheet sheet) {
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
    }

    private static void helpSheet(Worksheet sheet, Dataset dataset) {
        int r = 0;
        sheet.value(r, 0, text("template.datasetHeading", dataset.alias(), dataset.fileName()));
        sheet.style(r, 0).bold().fontSize(14).set();
        r += 2;
        for (String paragraph : xlsxInstructions()) {
            sheet.value(r, 0, paragraph);
            sheet.range(r, 0, r, 6).merge();
            sheet.style(r, 0).wrapText(true).verticalAlignment("top").set();
            sheet.rowHeight(r, 36);
            r++;
        }
        r++;
        String[] heads = text("template.columnsHeader").split("\\|");
        for (int c = 0; c < heads.length; c++) {
            sheet.value(r, c, heads[c]);
            sheet.style(r, c).bold().fillColor(HEADER_FILL).set();
        }
        r++;
        RuleWording wording = new RuleWording(dataset.columns(), dataset.rules());
        for (Column column : dataset.columns()) {
            List<String> cells = FillingInstructions.describe(column, wording);
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(r, c, cells.get(c));
                sheet.style(r, c).wrapText(true).verticalAlignment("top").set();
            }
            r++;
        }
        r++;
        sheet.value(r, 0, text("template.exampleRow"));
        sheet.style(r, 0).bold().set();
        r++;
        List<Column> columns = dataset.columns();
        List<String> example = ClerkTemplates.exampleRow(dataset);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(r, c, columns.get(c).alias());
            sheet.style(r, c).bold().fillColor(HEADER_FILL).set();
            typedCell(sheet, r + 1, c, columns.get(c), example.get(c));
        }
        int[] widths = {16, 22, 12, 10, 12, 36, 40};
        for (int c = 0; c < Math.max(widths.length, columns.size()); c++) {
            sheet.width(c, c < widths.length ? widths[c] : 16);
        }
    }
}
