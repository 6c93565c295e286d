package com.districtbulletin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * districts.csv (data contract section 4): code, name, deputies, order; any fault names the
 * line and stops the run.
 */
class RegistryReaderTest {

    @TempDir
    Path dir;

    @Test
    void englishHeaders() throws Exception {
        assertThat(RegistryReader.read(registry("""
                code,name,deputies,order
                420115,江夏区,300,2
                420102,江岸区,,
                """))).containsExactly(
                new District("420115", "江夏区", 300, 2),
                new District("420102", "江岸区", null, null));
    }

    @Test
    void chineseHeadersInAnyOrderWithBomCrlfAndTrimmedCells() throws Exception {
        String text = "\uFEFF排序,代表人数,名称,区划代码\r\n\r\n 1 ,２５０,\u3000江岸区\u3000,420102\r\n";
        assertThat(RegistryReader.read(write(text.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(new District("420102", "江岸区", 250, 1));
    }

    @Test
    void gb18030AndOptionalColumnsLeftOut() throws Exception {
        byte[] bytes = "区划代码,名称\r\n420115,江夏区\r\n".getBytes(Charset.forName("GB18030"));
        assertThat(RegistryReader.read(write(bytes))).containsExactly(new District("420115", "江夏区", null, null));
    }

    @Test
    void aMissingRegistryIsNamed() {
        assertThatThrownBy(() -> RegistryReader.read(dir.resolve("districts.csv")))
                .isInstanceOf(RegistryException.class).hasMessageContaining("districts.csv");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "missing name|420115,,300,1|3|名称",
            "code of 5 digits|42011,江夏区,300,1|3|42011",
            "code of 7 digits|4201150,江夏区,300,1|3|4201150",
            "code with a letter|42011A,江夏区,300,1|3|42011A",
            "missing code|,江夏区,300,1|3|区划代码",
            "duplicate code|420102,江夏区,300,1|3|420102",
            "duplicate name|420115,江岸区,300,1|3|名称“江岸区”重复：第 2 行（区划代码 420102）与本行（区划代码 420115）同名",
            "bad deputies|420115,江夏区,三百,1|3|三百",
            "negative deputies|420115,江夏区,-3,1|3|-3",
            "bad order|420115,江夏区,300,1.5|3|1.5",
            "since of 2 digits|420115,江夏区,300,1,,24,|3|24",
            "until of 5 digits|420115,江夏区,300,1,,,20245|3|20245",
            "bad deputies of all levels|420115,江夏区,300,1,许多,,|3|许多",
            "until before since|420115,江夏区,300,1,,2024,2023|3|撤销年份 2023 早于设立年份 2024",
    })
    void anInvalidRowStopsTheRunNamingItsLine(String what, String row, int line, String named) throws Exception {
        Path file = registry("code,name,deputies,order,deputies_all_levels,since,until\n420102,江岸区,250,2,,,\n"
                + (row.split(",", -1).length == 4 ? row + ",,," : row) + "\n420103,汉阳区,,,,,\n");
        assertThatThrownBy(() -> RegistryReader.read(file))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("districts.csv")
                .hasMessageContaining("第 " + line + " 行")
                .hasMessageContaining(named);
    }

    @Test
    void deputiesOfAllLevelsAndTheYearsADistrictExists() throws Exception {
        String text = "区划代码,名称,代表人数,排序,各级代表人数,设立年份,撤销年份\n"
                + "420115,江夏区,300,2,1250,,\n"
                + "420116,新区,,,,2024,\n"
                + "420117,旧区,,,,,2023\n"
                + "420118,短区,,,,2023,2023\n";
        assertThat(RegistryReader.read(registry(text))).containsExactly(
                new District("420115", "江夏区", 300, 2, 1250, null, null),
                new District("420116", "新区", null, null, null, 2024, null),
                new District("420117", "旧区", null, null, null, null, 2023),
                new District("420118", "短区", null, null, null, 2023, 2023));
        District created = new District("420116", "新区", null, null, null, 2024, null);
        District abolished = new District("420117", "旧区", null, null, null, null, 2023);
        District oneYear = new District("420118", "短区", null, null, null, 2023, 2023);
        assertThat(created.existsIn(2023)).isFalse();
        assertThat(created.existsIn(2024)).isTrue();
        assertThat(abolished.existsIn(2023)).isTrue();
        assertThat(abolished.existsIn(2024)).isFalse();
        assertThat(oneYear.existsIn(2022)).isFalse();
        assertThat(oneYear.existsIn(2023)).isTrue();
        assertThat(oneYear.existsIn(2024)).isFalse();
    }

    @Test
    void theLineIsThePhysicalLine() throws Exception {
        Path file = registry("\ncode,name\n420102,\"江岸区\n（旧称）\"\n\n42011,江夏区\n");
        assertThatThrownBy(() -> RegistryReader.read(file)).hasMessageContaining("第 6 行");
    }

    @Test
    void aMissingRequiredColumnOrNoDistrictsStopsTheRun() throws Exception {
        assertThatThrownBy(() -> RegistryReader.read(registry("code,deputies\n420115,300\n")))
                .isInstanceOf(RegistryException.class).hasMessageContaining("第 1 行").hasMessageContaining("name");
        assertThatThrownBy(() -> RegistryReader.read(registry("code,name\n")))
                .isInstanceOf(RegistryException.class);
        assertThatThrownBy(() -> RegistryReader.read(registry("")))
                .isInstanceOf(RegistryException.class);
    }

    @Test
    void anUnreadableEncodingStopsTheRun() throws Exception {
        byte[] bytes = {'c', 'o', 'd', 'e', ',', 'n', 'a', 'm', 'e', '\n', (byte) 0xFF, (byte) 0xFF, '\n'};
        assertThatThrownBy(() -> RegistryReader.read(write(bytes))).isInstanceOf(RegistryException.class);
    }

    private Path registry(String text) throws Exception {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws Exception {
        Path file = dir.resolve("districts.csv");
        Files.write(file, bytes);
        return file;
    }
}
