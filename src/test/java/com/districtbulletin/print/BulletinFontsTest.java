package com.districtbulletin.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.districtbulletin.print.BulletinFonts.Face;
import org.junit.jupiter.api.Test;

class BulletinFontsTest {

    @Test
    void textTheFontsHavePasses() {
        String text = "《2024年度各区（县）人大常委会工作统计公报》东湖新技术开发区 — 68.8% ÷ × 未报送 *\n第二行";
        for (Face face : Face.values()) {
            assertThat(BulletinFonts.shared().checked(text, face)).isEqualTo(text);
            assertThat(BulletinFonts.checkedForCharts(text, face)).isEqualTo(text);
        }
    }

    @Test
    void aMissingGlyphFailsWithTheCharacterNamed() {
        assertThatThrownBy(() -> BulletinFonts.shared().checked("ꀀ林区", Face.BODY))
                .isInstanceOf(MissingGlyphException.class)
                .hasMessageContaining("“ꀀ”").hasMessageContaining("U+A000").hasMessageContaining("Noto Serif SC")
                .hasMessageContaining("ꀀ林区");
        assertThatThrownBy(() -> BulletinFonts.shared().checked("东湖😀", Face.SANS))
                .isInstanceOf(MissingGlyphException.class).hasMessageContaining("U+1F600");
        assertThatThrownBy(() -> BulletinFonts.checkedForCharts("东湖😀", Face.SANS))
                .isInstanceOf(MissingGlyphException.class).hasMessageContaining("U+1F600");
    }
}
