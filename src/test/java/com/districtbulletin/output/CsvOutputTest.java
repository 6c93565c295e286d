package com.districtbulletin.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV files the product writes (data contract section 9): UTF-8 with BOM, formula-like cells neutralised. */
class CsvOutputTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+2|'=1+2",
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+86 123|'+86 123",
            "-2+3|'-2+3",
            "-|'-",
            "@SUM(A1)|'@SUM(A1)",
            "-x|'-x",
            "+1|'+1",
    })
    void formulaLikeCellsGetALeadingApostrophe(String cell, String shown) {
        assertThat(CsvOutput.neutralise(cell)).isEqualTo(shown);
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralisedToo() {
        assertThat(CsvOutput.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvOutput.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @ParameterizedTest(name = "\"{0}\" stays")
    @ValueSource(strings = {"-40", "-0.3", "-1", "55", "1.4", "0", "68.8", "约30", "a=b", "2024-02-30", "江夏区", "'=x"})
    void plainNumbersAndOrdinaryTextStayAsTheyAre(String cell) {
        assertThat(CsvOutput.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(CsvOutput.neutralise("")).isEmpty();
    }

    @Test
    void writesUtf8WithBomCrlfQuotedWhereNeededAndNeutralised() throws Exception {
        Path file = dir.resolve("sub/out.csv");
        CsvOutput.write(file, List.of("a", "b", "c"), List.of(
                Arrays.asList("江夏区", -40, null),
                Arrays.asList("=1+2", "x,y", "他说\"好\"")));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("a,b,c\r\n江夏区,-40,\r\n'=1+2,\"x,y\",\"他说\"\"好\"\"\"\r\n");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }
}
