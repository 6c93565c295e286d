package com.districtbulletin.statistics;

import static com.districtbulletin.statistics.Condition.given;
import static com.districtbulletin.statistics.Condition.is;
import static com.districtbulletin.statistics.Condition.yes;
import static com.districtbulletin.statistics.Measure.rows;
import static com.districtbulletin.statistics.Measure.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A metric that names a column or choice code its dataset does not declare fails when the catalogue loads. */
class MetricDeclarationTest {

    @Test
    void theCatalogueLoadsAndGeneratesItsSqlFromTheDeclarations() {
        assertThat(MetricCatalogue.METRICS).isNotEmpty();
        Metric reports = MetricCatalogue.byId("meetings.reports_heard");
        assertThat(reports.numerator().sql(2024)).isEqualTo(
                "COALESCE(SUM(t.reports_heard) FILTER (WHERE t.meeting_type IN ('standing_committee')), 0)");
        assertThat(reports.numerator().description()).isEqualTo("「会议类型」为常委会会议的记录「听取审议报告数」之和");
        assertThat(reports.shortName()).isEqualTo("听取审议专项工作报告");
        assertThat(reports.unit()).isEqualTo("项");
        assertThat(reports.phrase().clause("30")).isEqualTo("听取和审议专项工作报告30项");
        assertThat(MetricCatalogue.byId("suggestions.resolved_rate").unit()).isEqualTo("%");
        assertThat(MetricCatalogue.byId("suggestions.resolved_rate").shortName()).isEqualTo("解决率");
        assertThat(MetricCatalogue.HEADLINE).allSatisfy(m -> assertThat(m.phrase()).isNotNull())
                .doesNotHaveDuplicates().startsWith(MetricCatalogue.byId("meetings.standing_committee_sessions"));
        assertThat(MetricCatalogue.HEADLINE.stream().map(m -> m.phrase().clause("7")).toList()).contains(
                "召开常委会会议7次", "依法任免国家机关工作人员7人次", "受理群众来信来访7件");
        assertThat(MetricCatalogue.METRICS).filteredOn(m -> m.kind() == MetricKind.COUNT)
                .allSatisfy(m -> assertThat(m.phrase()).as(m.id()).isNotNull());
    }

    @Test
    void aMisspeltColumnFails() {
        assertThatThrownBy(() -> Metric.declare("meetings.x", "X（项）", MetricKind.COUNT, sum("report_heard"), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("meetings has no column report_heard");
        assertThatThrownBy(() -> Metric.declare("meetings.x", "X（次）", MetricKind.COUNT,
                rows(is("meetingtype", "standing_committee")), null))
                .hasMessageContaining("meetings has no column meetingtype");
    }

    @Test
    void aMisspeltChoiceCodeFails() {
        assertThatThrownBy(() -> Metric.declare("meetings.x", "X（次）", MetricKind.COUNT,
                rows(is("meeting_type", "standing-committee")), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("standing-committee is not a choice code of meeting_type");
        // a Chinese label is not a code either
        assertThatThrownBy(() -> Metric.declare("meetings.x", "X（次）", MetricKind.COUNT,
                rows(is("meeting_type", "常委会会议")), null)).hasMessageContaining("is not a choice code");
    }

    @Test
    void aTestThatDoesNotSuitTheColumnFails() {
        assertThatThrownBy(() -> Metric.declare("appointments.x", "X（人次）", MetricKind.COUNT,
                rows(yes("action")), null)).hasMessageContaining("column action is ENUM, not BOOLEAN");
        assertThatThrownBy(() -> Metric.declare("appointments.x", "X（人次）", MetricKind.COUNT,
                sum("position"), null)).hasMessageContaining("only an integer column is summed");
        assertThatThrownBy(() -> Metric.declare("suggestions.x", "X（%）", MetricKind.RATE,
                rows(given("satisfaction")), null)).hasMessageContaining("a count has no denominator");
        assertThatThrownBy(() -> Metric.declare("meeting.x", "X（次）", MetricKind.COUNT, rows(), null))
                .hasMessageContaining("no dataset meeting");
    }

    @Test
    void aMetricDeclaredTwiceFails() {
        Metric m = MetricCatalogue.byId("meetings.resolutions");
        assertThatThrownBy(() -> MetricCatalogue.checked(List.of(m, m))).hasMessageContaining("declared twice");
    }
}
