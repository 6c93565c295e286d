package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.bench.SyntheticBulletin;
import com.districtbulletin.statistics.Statistic;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering alone, on in-memory statistics of 20 districts: deterministic, small, complete. */
class BulletinRendererTest {

    @TempDir
    Path dir;

    @Test
    void twentyDistrictsRenderTheSameBytesTwiceUnderThreeMegabytes() throws Exception {
        BulletinData data = SyntheticBulletin.create(20, 2024, 7);
        BulletinRenderer renderer = new BulletinRenderer();
        RenderedBulletin first = renderer.render(data);
        RenderedBulletin second = renderer.render(data);
        assertThat(second.pdf()).isEqualTo(first.pdf());
        assertThat(first.pdf().length).isLessThan(3 * 1024 * 1024);
        assertThat(first.charts()).hasSize(25);
        Path pdf = renderer.write(first, dir);
        try (PdfReading read = new PdfReading(pdf)) {
            assertThat(read.pages()).isEqualTo(first.pages());
            assertThat(read.bookmarks().stream().filter(b -> b.level() == 2)).as("no profile pages").isEmpty();
            assertThat(read.all()).contains("东湖新技术开发区");
        }
        assertThat(Files.list(dir.resolve("charts")).count()).isEqualTo(25);
        // each district's profile is a document of its own, whatever the number of districts
        for (var d : data.districts()) {
            assertThat(dir.resolve("districts").resolve(d.code()).resolve("profile-" + d.code() + "-2024.pdf"))
                    .isNotEmptyFile();
        }
    }

    @Test
    void aPercentageOverAHundredIsChartedAsBarsNotOnTheDotPlotsAxis() throws Exception {
        // one district holding a province's stations and its own deputies (the merged benchmark input): 56,965 %
        BulletinData data = SyntheticBulletin.create(3, 2024, 7);
        List<Statistic> scaled = data.statistics().stream()
                .map(s -> !s.metric().id().equals("stations.coverage_rate") || s.value() == null ? s
                        : new Statistic(s.year(), s.districtCode(), s.districtName(), s.metric(), s.numerator(),
                                s.denominator(), s.value().add(BigDecimal.valueOf(56_960)), s.rank(), s.yoyChange(),
                                s.status(), s.fingerprint()))
                .toList();
        BulletinData merged = new BulletinData(data.year(), data.municipality(), data.edition(), data.publicationDate(),
                data.dateFromData(), data.productVersion(), data.districts(), scaled, data.submissions(),
                data.problems(), data.fingerprint());
        RenderedBulletin rendered = new BulletinRenderer().render(merged);
        assertThat(rendered.charts()).hasSize(25);
    }
}
