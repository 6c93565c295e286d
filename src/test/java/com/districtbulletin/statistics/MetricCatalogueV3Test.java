package com.districtbulletin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract v3's metrics as the catalogue declares them: which are v3-dependent (v3 section 10.1
 * lists them), which are ranked (6.2 and 9.1), the Chinese names of 6.2, and how distinct values
 * are compared (10.8).
 */
class MetricCatalogueV3Test {

    /** v3 section 10.1: metrics over v2 columns and v2 values only; every other one of 82–129 but service_tasks' depends on v3. */
    private static final List<String> ORDINARY = List.of("inspections.inquiry_deputies",
            "deputy_activities.report_back_deputies", "deputy_activities.constituent_contacts",
            "deputy_activities.opinions_pending", "stations.deputies_homes", "stations.liaison_stations",
            "stations.online_stations", "stations.legislative_points", "stations.township_level",
            "stations.village_level", "stations.sector_level", "stations.model_liaison_stations",
            "stations.model_liaison_rooms", "livelihood_projects.supervision_groups",
            "suggestions.key_satisfaction_rate", "legislation.laws_covered");

    /** 6.2: not ranked. */
    private static final List<String> NOT_RANKED = List.of("meetings.responses_received",
            "deputy_activities.opinions_pending", "livelihood_projects.supervision_groups");

    @Test
    void v3DependenceAndRanksFollowTheContract() {
        List<Metric> v3 = MetricCatalogue.METRICS.subList(81, 129);
        assertThat(v3).allMatch(Metric::isAddedInV3);
        assertThat(MetricCatalogue.METRICS.subList(0, 81)).noneMatch(Metric::v3Dependent);
        for (Metric m : v3) {
            boolean serviceTask = m.id().startsWith("service_tasks.");
            assertThat(m.v3Dependent()).as(m.id()).isEqualTo(!serviceTask && !ORDINARY.contains(m.id()));
            assertThat(m.ranked()).as(m.id()).isEqualTo(!serviceTask && !NOT_RANKED.contains(m.id()));
        }
        assertThat(MetricCatalogue.byId("deputy_activities.forums").sourceColumns()).isEmpty();
        assertThat(MetricCatalogue.byId("deputy_activities.officials_at_stations").sourceColumns())
                .containsExactly("officials_attending");
        assertThat(MetricCatalogue.byId("stations.township_coverage_rate").sourceColumns()).containsExactly("township");
    }

    @Test
    void namesAndUnitsAreThoseOfTheContract() {
        assertThat(MetricCatalogue.byId("stations.township_coverage_rate").name()).isEqualTo("站点覆盖乡镇（街道）率（%）");
        assertThat(MetricCatalogue.byId("stations.township_coverage_rate").unit()).isEqualTo("%");
        assertThat(MetricCatalogue.byId("deputy_activities.township_trainings").unit()).isEqualTo("场");
        assertThat(MetricCatalogue.byId("deputy_activities.township_trainings").shortName())
                .isEqualTo("乡镇（街道）举办代表培训");
        assertThat(MetricCatalogue.byId("service_tasks.investment_days").unit()).isEqualTo("天");
        assertThat(MetricCatalogue.byId("meetings.agenda_items").phrase().clause("40")).isEqualTo("常委会会议审议议题40项");
        assertThat(MetricCatalogue.byId("inspections.laws_inspected").phrase().clause("6"))
                .isEqualTo("检查6部法律法规实施情况");
        assertThat(MetricCatalogue.byId("stations.township_coverage_rate").phrase().clause("100.0"))
                .isEqualTo("站点覆盖100.0%的乡镇（街道）");
    }

    @Test
    void distinctValuesIgnoreSpacesWidthsCaseAndForLawsBracketsAndTitleMarks() {
        assertThat(DistinctValues.PLAIN.key(" 纸坊\u3000街道 ")).isEqualTo("纸坊街道");
        assertThat(DistinctValues.PLAIN.key("ＡＢ园区")).isEqualTo(DistinctValues.PLAIN.key("ab园区"));
        assertThat(DistinctValues.LAW_TITLE.key("《网格化服务管理条例（草案）》")).isEqualTo("网格化服务管理条例");
        assertThat(DistinctValues.LAW_TITLE.key("〈城市（社区(村)）治理条例〉")).isEqualTo("城市治理条例");
        assertThat(DistinctValues.LAW_TITLE.key("湖北省物业条例（修订草案)(征求意见稿）")).isEqualTo("湖北省物业条例");
        assertThat(DistinctValues.LAW_TITLE.key("（草案）")).isEmpty();
        // an unmatched bracket stays
        assertThat(DistinctValues.LAW_TITLE.key("某条例（草案")).isEqualTo("某条例(草案");
    }
}
