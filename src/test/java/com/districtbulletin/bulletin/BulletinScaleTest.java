package com.districtbulletin.bulletin;

import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.Typography;
import com.districtbulletin.bulletin.data.BulletinData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.districtbulletin.bench.SyntheticBulletin;
import com.districtbulletin.dataset.Dataset;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletin at the size of a large municipality (30 districts, every district shown) and of a
 * province (100: municipal figure, quartiles and the ends of each ranking; profiles in the
 * districts' folders): every chart is in the PDF, no page is an OpenPDF error page.
 */
class BulletinScaleTest {

    @TempDir
    Path dir;

    @Test
    void thirtyDistrictsKeepEveryChartAndEveryDistrict() throws Exception {
        BulletinData data = SyntheticBulletin.create(30, 2024, 5);
        try (PdfReading read = render(data, "30")) {
            String all = read.all();
            assertThat(read.bookmarks().stream().filter(b -> b.level() == 2)).as("profiles are documents of their own")
                    .isEmpty();
            for (var d : data.districts()) {
                assertThat(all).as(d.name()).contains(d.name());
            }
            assertThat(all).doesNotContain("上四分位数").doesNotContain("（中位数）");
            // no warnings in the data: no table of them, and its title does not stray onto another table
            assertThat(all).doesNotContain("导入提示").contains("指标定义及计算方法");
        }
        try (Stream<Path> profiles = Files.walk(dir.resolve("30/districts"))) {
            assertThat(profiles.filter(p -> p.getFileName().toString().startsWith("profile-")))
                    .as("each district's profile is a document of its own").hasSize(30);
        }
    }

    @Test
    void aHundredDistrictsShowTheDistributionAndWriteTheProfilesApart() throws Exception {
        BulletinData data = SyntheticBulletin.create(100, 2024, 5);
        try (PdfReading read = render(data, "100")) {
            String all = read.all();
            assertThat(all).contains("中位数").contains("上四分位数").contains("statistics.xlsx");
            assertThat(read.bookmarks().stream().filter(b -> b.level() == 2)).isEmpty();
            assertThat(read.pages()).isLessThan(40);
        }
        Path districts = dir.resolve("100/districts");
        try (Stream<Path> profiles = Files.walk(districts)) {
            assertThat(profiles.filter(p -> p.getFileName().toString().startsWith("profile-"))).hasSize(100);
        }
        var d = data.districts().get(41);
        try (PdfReading profile = new PdfReading(districts.resolve(d.code()).resolve("profile-" + d.code()
                + "-2024.pdf"))) {
            assertThat(profile.all()).contains(d.name()).contains("常委会会议（次）").contains("/100");
        }
    }

    /** Renders and writes; asserts every chart's title is in the text and no page reads ERROR. */
    private PdfReading render(BulletinData data, String folder) throws Exception {
        BulletinRenderer renderer = new BulletinRenderer();
        RenderedBulletin bulletin = renderer.render(data);
        Path pdf = renderer.write(bulletin, Files.createDirectories(dir.resolve(folder)));
        PdfReading read = new PdfReading(pdf);
        String all = read.all().replace(" ", "");
        assertThat(bulletin.charts()).hasSize(25);
        for (int n = 1; n <= bulletin.charts().size(); n++) {
            assertThat(all).as("图" + n).contains("图" + n);
        }
        for (int p = 1; p <= read.pages(); p++) {
            assertThat(read.page(p)).as("page " + p).doesNotContain("ERROR").doesNotContain("Infinite table loop");
        }
        assertThat(Files.readString(dir.resolve(folder).resolve("provenance-2024.csv")))
                .contains(data.submissions().get(0).sha256());
        return read;
    }

    @Test
    void aChartTallerThanAPageFailsTheRenderingInsteadOfLeavingAnErrorPage() throws Exception {
        BulletinData data = SyntheticBulletin.create(3, 2024, 5);
        Figures figures = new Figures(data.statistics(), data.districts());
        BulletinFonts fonts = BulletinFonts.shared();
        Document document = new Document(PageSize.A4, 62, 62, 78, 84);
        PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        Composition c = new Composition(document, writer, fonts, new Typography(fonts), data, figures,
                Contents.plan(data, figures.districts(), Map.of()), List.of(), false);
        Chart tall = new Chart("tall.png", Dataset.MEETINGS, new JFreeChart(new PiePlot<String>()), 400, 900,
                List.of(), false);
        assertThatThrownBy(() -> c.chart(tall)).isInstanceOf(ChartDoesNotFitException.class)
                .hasMessageContaining("tall.png");
    }
}
