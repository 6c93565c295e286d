package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.data.Trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.bench.SyntheticBulletin;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.Statistic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trends of a full five-year term, without a database: a table per key figure (five year
 * columns), the sentence from the first and the last year's published values, a line chart per
 * key figure; beyond 30 districts the tables list 全市 only and each district's own profile
 * document carries its lines.
 */
class BulletinTrendsLayoutTest {

    @TempDir
    Path dir;

    private static BulletinData withTrends(int districts) {
        Map<Integer, List<Statistic>> years = new LinkedHashMap<>();
        for (int year = 2020; year <= 2024; year++) {
            years.put(year, SyntheticBulletin.create(districts, year, year).statistics());
        }
        BulletinData d = SyntheticBulletin.create(districts, 2024, 2024);
        return new BulletinData(d.year(), d.municipality(), d.edition(), d.publicationDate(), d.dateFromData(),
                d.productVersion(), d.districts(), d.statistics(), d.submissions(), d.problems(), d.fingerprint(),
                d.details(), new Trends(new ArrayList<>(years.keySet()), years, d.districts()));
    }

    private static String expectedClause(BulletinData data, Metric m) {
        Statistic then = data.trends().of(2020, m, Statistic.ALL);
        Statistic now = data.trends().of(2024, m, Statistic.ALL);
        return TrendSentence.clause(m, then, now);
    }

    @Test
    void fiveYearsOfAHundredDistricts() throws Exception {
        BulletinData data = withTrends(100);
        BulletinRenderer renderer = new BulletinRenderer();
        RenderedBulletin bulletin = renderer.render(data);
        Path pdf = renderer.write(bulletin, dir);
        List<Metric> key = TrendSection.metrics(data);
        assertThat(key).hasSize(ChartPlan.keyFigures().size());
        assertThat(bulletin.charts().keySet().stream().filter(n -> n.startsWith(ChartFactory.TREND_PREFIX)))
                .hasSize(key.size());
        try (PdfReading read = new PdfReading(pdf)) {
            String all = read.all().replaceAll("\\s+", "");
            assertThat(read.bookmarks()).anyMatch(b -> b.title().endsWith("、历年趋势"));
            // beyond 30 districts one table: the key figures down, the five years across
            assertThat(all).contains("2020—2024年全市主要指标").doesNotContain("各区（县）主要指标（一）")
                    .contains("全市共100个区（县），下表只列全市数值");
            assertThat(all).contains(expectedClause(data, key.get(0)))
                    .contains(expectedClause(data, key.get(key.size() - 1)));
            // the registry did not change: no 可比口径 sentence
            assertThat(all).doesNotContain("比较时请注意可比口径");
            for (int p = 1; p <= read.pages(); p++) {
                assertThat(read.page(p)).doesNotContain("ERROR").doesNotContain("Infinite table loop");
            }
        }
        var d = data.districts().get(41);
        try (PdfReading profile = new PdfReading(dir.resolve("districts").resolve(d.code())
                .resolve("profile-" + d.code() + "-2024.pdf"))) {
            assertThat(profile.all().replaceAll("\\s+", "")).contains("历年主要指标（2020—2024年）")
                    .contains(key.get(0).shortName() + "：2020年");
        }
    }

    @Test
    void aDistrictSetUpInTheLastYearIsNamedUnderTheChartsAndTheTables() throws Exception {
        BulletinData data = withTrends(12);
        var registry = new ArrayList<>(data.districts());
        var last = registry.remove(registry.size() - 1);
        registry.add(new com.districtbulletin.registry.District(last.code(), last.name(), last.deputies(),
                last.order(), last.deputiesAllLevels(), 2024, null));
        Map<Integer, List<Statistic>> years = new LinkedHashMap<>();
        for (int year = 2020; year <= 2024; year++) {
            int y = year;
            years.put(year, data.trends().years().contains(year) ? key(data, y) : List.of());
        }
        BulletinData changed = new BulletinData(data.year(), data.municipality(), data.edition(),
                data.publicationDate(), data.dateFromData(), data.productVersion(), data.districts(),
                data.statistics(), data.submissions(), data.problems(), data.fingerprint(), data.details(),
                new Trends(data.trends().years(), years, registry));
        BulletinRenderer renderer = new BulletinRenderer();
        Path pdf = renderer.write(renderer.render(changed), dir);
        try (PdfReading read = new PdfReading(pdf)) {
            String all = read.all().replaceAll("\\s+", "");
            String scope = "2024年新设立" + last.name() + "，2023年及以前全市数据不含" + last.name() + "，比较时请注意可比口径。";
            // five year columns: one key figure to a table
            assertThat(all).contains("2020—2024年各区（县）主要指标（八）").doesNotContain("主要指标（九）");
            // under the tables and under the charts
            assertThat(all.split(java.util.regex.Pattern.quote(scope), -1)).hasSize(3);
        }
        // its profile (a document of its own) has no lines: it existed in one year of the trend only
        try (PdfReading read = new PdfReading(dir.resolve("districts").resolve(last.code())
                .resolve(ProfileDocuments.fileName(last.code(), data.year())))) {
            assertThat(read.all().replaceAll("\\s+", "")).contains(last.name()).doesNotContain("历年主要指标");
        }
    }

    @Test
    void withoutAKeyFigureReportedThereIsNoTrendAndTheMethodologySaysWhy() throws Exception {
        BulletinData data = withTrends(3);
        BulletinData petitionsOnly = new BulletinData(data.year(), data.municipality(), data.edition(),
                data.publicationDate(), data.dateFromData(), data.productVersion(), data.districts(),
                data.statistics(), data.submissions().stream()
                        .filter(s -> s.dataset() == com.districtbulletin.dataset.Dataset.PETITIONS).toList(),
                data.problems(), data.fingerprint(), data.details(), data.trends());
        assertThat(TrendSection.metrics(petitionsOnly)).isEmpty();
        BulletinRenderer renderer = new BulletinRenderer();
        RenderedBulletin bulletin = renderer.render(petitionsOnly);
        assertThat(bulletin.charts().keySet()).noneMatch(n -> n.startsWith(ChartFactory.TREND_PREFIX));
        try (PdfReading read = new PdfReading(renderer.write(bulletin, dir))) {
            assertThat(read.bookmarks()).noneMatch(b -> b.title().contains("历年趋势"));
            assertThat(read.all().replaceAll("\\s+", ""))
                    .contains("没有区（县）报送“主要数据”各项指标所属的数据，本公报不设历年趋势部分")
                    .doesNotContain("历年主要指标");
        }
    }

    /** A year's statistics of every district the registry lets exist then (the last one from 2024 only). */
    private static List<Statistic> key(BulletinData data, int year) {
        String newest = data.districts().get(data.districts().size() - 1).code();
        return SyntheticBulletin.create(data.districts().size(), year, year).statistics().stream()
                .filter(s -> year == 2024 || !s.districtCode().equals(newest)).toList();
    }
}
