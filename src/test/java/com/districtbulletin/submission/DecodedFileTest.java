package com.districtbulletin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encodings of data contract section 2: valid UTF-8 (with or without BOM) is UTF-8, otherwise
 * GB18030, otherwise neither; and the content fingerprint that section 7 relies on.
 */
class DecodedFileTest {

    private static final String TEXT = "会议编号,会议类型\r\nHY-01,常委会会议\r\n";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBom() throws Exception {
        DecodedFile f = DecodedFile.inspect(file(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(f.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(f.bom()).isFalse();
        assertThat(f.encodingName()).isEqualTo("UTF-8");
        assertThat(text(f)).isEqualTo(TEXT);
    }

    @Test
    void utf8WithBomReadsWithoutTheBom() throws Exception {
        DecodedFile f = DecodedFile.inspect(file(concat(BOM, TEXT.getBytes(StandardCharsets.UTF_8))));
        assertThat(f.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(f.bom()).isTrue();
        assertThat(f.encodingName()).isEqualTo("UTF-8 BOM");
        assertThat(text(f)).isEqualTo(TEXT);
    }

    @Test
    void gb18030() throws Exception {
        byte[] bytes = TEXT.getBytes(Charset.forName("GB18030"));
        DecodedFile f = DecodedFile.inspect(file(bytes));
        assertThat(f.charset()).isEqualTo(Charset.forName("GB18030"));
        assertThat(f.encodingName()).isEqualTo("GB18030");
        assertThat(text(f)).isEqualTo(TEXT);
    }

    @Test
    void gb18030BeyondGbk() throws Exception {
        String rare = "姓名\r\n𠀀䶮\r\n"; // four-byte GB18030 sequences
        DecodedFile f = DecodedFile.inspect(file(rare.getBytes(Charset.forName("GB18030"))));
        assertThat(f.encodingName()).isEqualTo("GB18030");
        assertThat(text(f)).isEqualTo(rare);
    }

    @Test
    void asciiOnlyIsUtf8() throws Exception {
        assertThat(DecodedFile.inspect(file("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII))).encodingName())
                .isEqualTo("UTF-8");
    }

    @Test
    void bytesValidInNeitherAreNeither() throws Exception {
        byte[] bytes = concat("a,b\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFF},
                "\n".getBytes(StandardCharsets.UTF_8));
        DecodedFile f = DecodedFile.inspect(file(bytes));
        assertThat(f.charset()).isNull();
        assertThat(f.encodingName()).isEqualTo("unknown");
        assertThat(f.sha256()).isEqualTo(sha256(bytes));
    }

    @Test
    void textWithNulCharactersIsNeither() throws Exception {
        // what "Unicode text" (UTF-16) looks like: valid UTF-8 byte by byte, but full of U+0000
        assertThat(DecodedFile.inspect(file("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE))).charset()).isNull();
        assertThat(DecodedFile.inspect(file("会议编号\nHY\u00000\n".getBytes(StandardCharsets.UTF_8))).charset())
                .isNull();
        assertThat(DecodedFile.inspect(file("会议编号\nHY\u00000\n".getBytes(Charset.forName("GB18030"))))
                .charset()).isNull();
    }

    @Test
    void anInvalidByteFarIntoALargeFileIsFound() throws Exception {
        byte[] big = "HY-0001,常委会会议\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        assertThat(DecodedFile.inspect(file(big)).encodingName()).isEqualTo("UTF-8");
        byte[] bad = concat(big, new byte[] {(byte) 0xFF, (byte) 0xFF});
        assertThat(DecodedFile.inspect(file(bad)).charset()).isNull();
        byte[] truncated = concat(big, new byte[] {(byte) 0xE4, (byte) 0xBC}); // half of 会 in UTF-8
        assertThat(DecodedFile.inspect(file(truncated)).charset()).isNotEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void theFingerprintIsTheSha256OfTheBytes() throws Exception {
        byte[] bytes = concat(BOM, TEXT.getBytes(StandardCharsets.UTF_8));
        Path p = file(bytes);
        assertThat(DecodedFile.inspect(p).sha256()).isEqualTo(sha256(bytes));
        assertThat(DecodedFile.sha256Of(p)).isEqualTo(sha256(bytes));
        Path gb = dir.resolve("gb.csv");
        Files.write(gb, TEXT.getBytes(Charset.forName("GB18030")));
        assertThat(DecodedFile.inspect(gb).sha256()).isNotEqualTo(DecodedFile.inspect(p).sha256());
    }

    private Path file(byte[] bytes) throws IOException {
        Path p = Files.createTempFile(dir, "f", ".csv");
        Files.write(p, bytes);
        return p;
    }

    private static String text(DecodedFile f) throws IOException {
        try (Reader r = f.open()) {
            StringBuilder sb = new StringBuilder();
            r.transferTo(new java.io.Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) {
                    sb.append(cbuf, off, len);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
            return sb.toString();
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
