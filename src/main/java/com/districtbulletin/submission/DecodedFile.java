package com.districtbulletin.submission;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public record DecodedFile(Path path, String sha256, Charset charset, boolean bom) implements SubmissionFile {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 1 << 16;

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

    /** Fingerprints the file and finds its encoding; {@code charset} is null when it is neither. */
    public static DecodedFile inspect(Path path) throws IOException {
        MessageDigest digest = newDigest();
        boolean utf8;
        boolean bom;
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            utf8 = decodes(StandardCharsets.UTF_8, bom ? new byte[0] : head, in);
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        if (utf8) {
            return new DecodedFile(path, sha, StandardCharsets.UTF_8, bom);
        }
        try (InputStream in = Files.newInputStream(path)) {
            boolean gb = decodes(GB18030, new byte[0], in);
            return new DecodedFile(path, sha, gb ? GB18030 : null, false);
        }
    }

    /** The file's text, after any BOM. */
    public Reader open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
        if (bom) {
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
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

    /** Reads the rest of the stream through a strict decoder: true when every byte decodes. */
    private static boolean decodes(Charset charset, byte[] head, InputStream rest) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER + head.length);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        bytes.put(head);
        boolean ok = true;
        byte[] buffer = new byte[BUFFER];
        while (true) {
            int n = rest.read(buffer, 0, Math.min(buffer.length, bytes.remaining()));
            boolean end = n < 0;
            if (n > 0) {
                bytes.put(buffer, 0, n);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError() || containsNul(chars)) {
                ok = false;
                break;
            }
            chars.clear();
            bytes.compact();
            if (end) {
                if (decoder.flush(chars).isError()) {
                    ok = false;
                }
                break;
            }
        }
        if (!ok) {
            rest.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return ok;
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

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
