package com.districtbulletin.print;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;

/**
 * What a printed document says about itself: its title, author and subject, and dates and an id
 * taken from what it says, never from the clock, so that the same content gives the same bytes.
 * Set before {@link Document#open()} (title, author, subject) and after it (dates, id).
 *
 * @param title   the document's title (Chinese)
 * @param author  the issuing office, or null when none is configured
 * @param subject what the document is, or null
 * @param date    its date, as printed in it (China Standard Time)
 * @param content what its id is a digest of
 */
public record DocumentIdentity(String title, String author, String subject, LocalDateTime date, String content) {

    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    /** Sets the document's title, author and subject; call before the document is opened. */
    public void describe(Document document) {
        document.addTitle(title);
        if (author != null) {
            document.addAuthor(author);
        }
        if (subject != null) {
            document.addSubject(subject);
        }
    }

    /** Sets the fixed dates and the id; call after the document is opened. */
    public void stamp(PdfWriter writer) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(CST));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), date.getHour(),
                date.getMinute(), date.getSecond());
        PdfDate pdfDate = new PdfDate(calendar);
        writer.getInfo().put(PdfName.CREATIONDATE, pdfDate);
        writer.getInfo().put(PdfName.MODDATE, pdfDate);
        byte[] id = id(content);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** The date a document made here carries, read back from its bytes; empty when it has none. */
    public static Optional<LocalDateTime> dateOf(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            String raw = reader.getInfo().get("CreationDate");
            Calendar calendar = raw == null ? null : PdfDate.decode(raw);
            if (calendar == null) {
                return Optional.empty();
            }
            return Optional.of(calendar.toInstant().atOffset(CST).toLocalDateTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] id(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
