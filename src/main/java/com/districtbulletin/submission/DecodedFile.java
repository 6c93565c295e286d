package com.districtbulletin.submission;

import com.districtbulletin.text.Chinese;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A submission file's fingerprint and text encoding, found in one streaming pass (data
 * contract section 2): valid UTF-8 (with or without BOM) is UTF-8, otherwise valid GB18030,
 * otherwise neither. Text containing U+0000 counts as neither. The file is only read, never
 * held in memory whole.
 *
 * <p>The same pass checks the text against the {@link ReadLimits}: {@code overLimit} then says
 * which limit the file passes (and {@code charset} is null). A file that is no regular file,
 * cannot be opened, or changes while it is read throws a {@link SubmissionReadException}, and so
 * does {@link #open()} when the file is no longer the one inspected.
 */
public record DecodedFile(Path path, String sha256, Charset charset, boolean bom, long size, FileTime modified,
                          String overLimit) implements SubmissionFile {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 1 << 16;
    /** How much of a file over {@link ReadLimits#FILE_BYTES} its fingerprint covers (with its size). */
    private static final int OVERSIZED_FINGERPRINT_BYTES = 1 << 20;

    /** Fingerprint only: enough to know whether the file changed. */
    public static String sha256Of(Path path) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint {@link #inspect} gives the file, without looking at its text: enough to know
     * whether it changed. Throws a {@link SubmissionReadException} as {@link #inspect} does.
     */
    public static String fingerprint(Path path) {
        BasicFileAttributes attributes = attributes(path);
        if (attributes.size() > ReadLimits.FILE_BYTES) {
            return oversizedFingerprint(path, attributes.size());
        }
        MessageDigest digest = newDigest();
        try (InputStream in = new ExactLength(Files.newInputStream(path), attributes.size())) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw cannotRead(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Checks, without reading it, that the file is a regular file that can be opened; throws a
     * {@link SubmissionReadException} as {@link #fingerprint} does.
     */
    public static void checkOpenable(Path path) {
        attributes(path);
        try {
            Files.newInputStream(path).close();
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /** Fingerprints the file and finds its encoding; {@code charset} is null when it is neither. */
    public static DecodedFile inspect(Path path) {
        BasicFileAttributes before = attributes(path);
        if (before.size() > ReadLimits.FILE_BYTES) {
            return new DecodedFile(path, oversizedFingerprint(path, before.size()), null, false, before.size(),
                    before.lastModifiedTime(), Chinese.text("limit.fileSize", ReadLimits.FILE_BYTES >> 20));
        }
        try {
            MessageDigest digest = newDigest();
            boolean bom;
            Scan found;
            Charset charset = StandardCharsets.UTF_8;
            try (InputStream in = new DigestInputStream(new ExactLength(Files.newInputStream(path), before.size()),
                    digest)) {
                Head head = head(in);
                bom = head.bom();
                found = decodes(StandardCharsets.UTF_8, head.text(), in, false);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            if (!found.decodes) {
                // not UTF-8 throughout: as far as it is, a limit passed comes first; then GB18030
                try (InputStream in = new ExactLength(Files.newInputStream(path), before.size())) {
                    found = decodes(StandardCharsets.UTF_8, head(in).text(), in, true);
                }
            }
            if (!found.decodes && found.overLimit == null) {
                bom = false;
                charset = GB18030;
                try (InputStream in = new ExactLength(Files.newInputStream(path), before.size())) {
                    found = decodes(GB18030, new byte[0], in, true);
                }
            }
            unchangedSince(path, before.size(), before.lastModifiedTime());
            return new DecodedFile(path, sha, found.decodes ? charset : null, found.decodes && bom, before.size(),
                    before.lastModifiedTime(), found.overLimit);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /** Whether a text begins with a BOM, and its first bytes to decode: none after a BOM, else the first three. */
    private record Head(boolean bom, byte[] text) {
    }

    private static Head head(InputStream in) throws IOException {
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        return new Head(bom, bom ? new byte[0] : head);
    }

    /**
     * The file taken as UTF-8 (with a BOM if it begins with one) before it is inspected: its
     * records can be read, and fail as for a changed file where it is not UTF-8. No fingerprint.
     */
    public static DecodedFile assumingUtf8(Path path) throws IOException {
        BasicFileAttributes attributes = attributes(path);
        boolean bom;
        try (InputStream in = Files.newInputStream(path)) {
            bom = head(in).bom();
        }
        return new DecodedFile(path, null, StandardCharsets.UTF_8, bom, attributes.size(),
                attributes.lastModifiedTime(), null);
    }

    /**
     * The file as found over a limit by the records' splitter: the inspection of a text that is UTF-8
     * throughout leaves the limits to it. Recorded as the inspection records such a file (no encoding).
     */
    public DecodedFile overLimitFound(String limit) {
        return new DecodedFile(path, sha256, null, false, size, modified, limit);
    }

    /**
     * The file with the limits of its text counted now, where the inspection left them to the
     * records' splitter: for a reader that must know a limit passed before it reads any record.
     */
    public DecodedFile withLimitsCounted() {
        if (overLimit != null || charset == null) {
            return this;
        }
        try (Reader text = open()) {
            CsvRecords.countLimits(text, new RecordLimits());
            return this;
        } catch (SubmissionReadException e) {
            if (e.kind() != SubmissionReadException.Kind.OVER_LIMIT) {
                throw e;
            }
            return overLimitFound(e.detail());
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /** Whether {@code inspected} reads the file as {@code assumed} did: same bytes, same encoding, within the limits. */
    public static boolean sameReading(SubmissionFile assumed, SubmissionFile inspected) {
        return assumed instanceof DecodedFile a && inspected instanceof DecodedFile b && b.overLimit() == null
                && a.charset().equals(b.charset()) && a.bom() == b.bom() && a.size() == b.size()
                && a.modified().equals(b.modified());
    }

    /**
     * The file's text, after any BOM. Throws a {@link SubmissionReadException} when the file is no
     * longer the one inspected: another size or time now, or more or fewer bytes while it is read.
     */
    public Reader open() {
        unchangedSince(path, size, modified);
        try {
            InputStream in = new BufferedInputStream(new ExactLength(Files.newInputStream(path), size), BUFFER);
            if (bom) {
                in.skipNBytes(3);
            }
            return new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    @Override
    public Optional<Unreadable> unreadable() {
        return charset == null ? Optional.of(new Unreadable(Unreadable.Kind.ENCODING, "")) : Optional.empty();
    }

    @Override
    public SubmissionRecords records() throws IOException {
        return new CsvRecords(open());
    }

    @Override
    public String encodingName() {
        if (charset == null) {
            return "unknown";
        }
        return charset == StandardCharsets.UTF_8 ? (bom ? "UTF-8 BOM" : "UTF-8") : "GB18030";
    }

    /** The reading problem an I/O error stands for. */
    static SubmissionReadException cannotRead(IOException e) {
        if (e instanceof Changed) {
            return SubmissionReadException.unreadable("changed", e);
        }
        if (e instanceof NoSuchFileException) {
            return SubmissionReadException.unreadable("vanished", e);
        }
        if (e instanceof AccessDeniedException) {
            return SubmissionReadException.unreadable("denied", e);
        }
        return SubmissionReadException.unreadable("io", e, com.districtbulletin.text.KnownCauses.of(e));
    }

    private static BasicFileAttributes attributes(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw cannotRead(e);
        }
        // a FIFO would block the run on open; a folder cannot be read as text
        if (!attributes.isRegularFile()) {
            throw SubmissionReadException.unreadable(attributes.isDirectory() ? "folder" : "notRegular", null);
        }
        return attributes;
    }

    private static void unchangedSince(Path path, long size, FileTime modified) {
        BasicFileAttributes now = attributes(path);
        if (now.size() != size || !now.lastModifiedTime().equals(modified)) {
            throw SubmissionReadException.unreadable("changed", null);
        }
    }

    /** A file over the size limit is not read through: its first megabyte and its size stand for it. */
    private static String oversizedFingerprint(Path path, long size) {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(path)) {
            digest.update(in.readNBytes(OVERSIZED_FINGERPRINT_BYTES));
        } catch (IOException e) {
            throw cannotRead(e);
        }
        digest.update(Long.toString(size).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What one decoding pass found: whether every byte decodes, and any limit the text passes. */
    private record Scan(boolean decodes, String overLimit) {
    }

    /**
     * Reads the rest of the stream through a strict decoder; {@code decodes} is true when every byte
     * decodes. With {@code limits}, the text is followed by the records' splitter, which counts the
     * limits ({@link CsvRecords#countLimits}) as far as the text decodes. The stream is always read
     * to its end (a digest needs every byte).
     */
    private static Scan decodes(Charset charset, byte[] head, InputStream rest, boolean limits) throws IOException {
        StrictText text = new StrictText(charset, head, rest);
        String overLimit = null;
        if (limits) {
            try {
                CsvRecords.countLimits(text, new RecordLimits());
            } catch (SubmissionReadException e) {
                if (e.kind() != SubmissionReadException.Kind.OVER_LIMIT) {
                    throw e;
                }
                overLimit = e.detail();
            }
        } else {
            text.readToEnd();
        }
        boolean ok = overLimit == null && !text.failed;
        if (!ok) {
            rest.transferTo(OutputStream.nullOutputStream());
        }
        return new Scan(ok, overLimit);
    }

    /**
     * The text of a stream decoded strictly, a block of bytes at a time: a block that does not
     * decode, or holds U+0000, ends the text before any of its characters, and {@code failed} is set.
     */
    private static final class StrictText extends Reader {

        private final CharsetDecoder decoder;
        private final InputStream rest;
        private final ByteBuffer bytes;
        private final CharBuffer chars = CharBuffer.allocate(BUFFER);
        private final byte[] buffer = new byte[BUFFER];
        private boolean ended;
        boolean failed;

        StrictText(Charset charset, byte[] head, InputStream rest) {
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.rest = rest;
            this.bytes = ByteBuffer.allocate(BUFFER + head.length);
            bytes.put(head);
            chars.flip();
        }

        @Override
        public int read(char[] into, int offset, int length) throws IOException {
            while (!chars.hasRemaining()) {
                if (ended) {
                    return -1;
                }
                nextBlock();
            }
            int n = Math.min(length, chars.remaining());
            chars.get(into, offset, n);
            return n;
        }

        void readToEnd() throws IOException {
            while (!ended) {
                nextBlock();
            }
        }

        private void nextBlock() throws IOException {
            chars.clear();
            int n = rest.read(buffer, 0, Math.min(buffer.length, bytes.remaining()));
            boolean end = n < 0;
            if (n > 0) {
                bytes.put(buffer, 0, n);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError() || containsNul(chars)) {
                failed = true;
                ended = true;
                chars.clear().flip();
                return;
            }
            bytes.compact();
            if (end) {
                ended = true;
                failed = decoder.flush(chars).isError();
            }
            chars.flip();
        }

        @Override
        public void close() {
            // the stream is the caller's: it is read to its end for the digest
        }
    }

    /**
     * U+0000 is no character of a CSV text (a file saved as UTF-16 "Unicode text" is full of
     * them) and PostgreSQL cannot store it: such a file is taken as neither encoding.
     */
    private static boolean containsNul(CharBuffer decoded) {
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    /** Thrown while reading when the file is not the one inspected: it changed in between. */
    static final class Changed extends IOException {
        Changed() {
            super("the file changed while it was read");
        }
    }

    /** The bytes of the file inspected, exactly: fewer or more mean that it changed in between. */
    private static final class ExactLength extends FilterInputStream {

        private final long expected;
        private long read;

        ExactLength(InputStream in, long expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            read += skipped;
            return skipped;
        }

        private void count(int n) throws IOException {
            if (n < 0 ? read != expected : (read += n) > expected) {
                throw new Changed();
            }
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
