package com.districtbulletin.submission;

import com.districtbulletin.text.Chinese;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An {@code .xlsx} submission (data contract section 2): fingerprinted over its bytes, looked
 * over as a package, then read through once in full, so that a workbook that cannot be read to
 * its end is refused before any of its rows is stored, and one over a {@link ReadLimits limit}
 * ({@code overLimit} then names it) is rejected whole.
 */
public record XlsxFile(Path path, String sha256, Optional<Unreadable> unreadable, int sheet, boolean date1904,
                       String overLimit) implements SubmissionFile {

    public static XlsxFile inspect(Path path) throws IOException {
        String sha = DecodedFile.fingerprint(path);
        WorkbookCheck.Result check = WorkbookCheck.check(path);
        if (check.refusal() != null) {
            return refused(path, sha, check.refusal());
        }
        XlsxFile file = new XlsxFile(path, sha, Optional.empty(), check.firstWorksheet(), check.date1904(), null);
        try (SubmissionRecords records = file.records()) {
            while (records.hasNext()) {
                records.next();
            }
        } catch (SubmissionReadException e) {
            if (e.kind() != SubmissionReadException.Kind.OVER_LIMIT) {
                throw e;
            }
            return new XlsxFile(path, sha, Optional.empty(), -1, false, e.detail());
        } catch (IOException | RuntimeException e) {
            // the reader's parse errors (ExcelReaderException, and the NumberFormatException or
            // NullPointerException of a well-formed part with impossible values): damaged
            return refused(path, sha, Chinese.text("workbook.corrupt"));
        }
        return file;
    }

    private static XlsxFile refused(Path path, String sha, String reason) {
        return new XlsxFile(path, sha, Optional.of(new Unreadable(Unreadable.Kind.WORKBOOK, reason)), -1, false, null);
    }

    @Override
    public String encodingName() {
        return "xlsx";
    }

    @Override
    public SubmissionRecords records() throws IOException {
        return new XlsxRecords(path, sheet, date1904);
    }
}
