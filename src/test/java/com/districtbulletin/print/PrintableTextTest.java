package com.districtbulletin.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.print.BulletinFonts.Face;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void charactersSomeFontLacksAndControlAndInvisibleCharactersBecomeTheStandIn() {
        assertThat(PrintableText.of("江夏区_2024_会议.csv")).isEqualTo("江夏区_2024_会议.csv");
        assertThat(PrintableText.of("😀📁/a\\b\nc\u200Bd\uD840\uDC00e\uD800")).isEqualTo("〓〓/a\\b〓c〓d〓e〓");
        assertThat(PrintableText.of(null)).isNull();
    }

    @Test
    void whatItGivesPassesTheStrictCheckOfEveryFace() {
        String printable = PrintableText.of("东湖😀\uD840\uDC00\u200B\t区《》—");
        for (Face face : Face.values()) {
            assertThat(BulletinFonts.shared().checked(printable, face)).isEqualTo(printable);
            assertThat(BulletinFonts.checkedForCharts(printable, face)).isEqualTo(printable);
        }
    }
}
