package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.bench.SyntheticBulletin;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.Statistic;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SummaryWriterTest {

    @Test
    void theWordingOfAChangeFollowsItsSign() {
        var sessions = MetricCatalogue.byId("meetings.standing_committee_sessions");
        var rate = MetricCatalogue.byId("inspections.rectification_rate");
        assertThat(SummaryWriter.change(sessions, new BigDecimal("3"))).isEqualTo("，同比增加3次");
        assertThat(SummaryWriter.change(sessions, new BigDecimal("-2"))).isEqualTo("，同比减少2次");
        assertThat(SummaryWriter.change(sessions, BigDecimal.ZERO)).isEqualTo("，与上年持平");
        assertThat(SummaryWriter.change(rate, new BigDecimal("0.6"))).isEqualTo("，同比提高0.6个百分点");
        assertThat(SummaryWriter.change(rate, new BigDecimal("-1.4"))).isEqualTo("，同比下降1.4个百分点");
        assertThat(SummaryWriter.change(rate, null)).isEmpty();
    }

    @Test
    void theSummaryNamesTheTotalsAndTheLeadersFromTheFigures() {
        BulletinData data = SyntheticBulletin.create(6, 2024, 3);
        Figures figures = new Figures(data.statistics(), data.districts());
        String text = new SummaryWriter(data, figures).paragraphs().stream()
                .map(p -> p.stream().map(Span::toString).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
        var sessions = MetricCatalogue.byId("meetings.standing_committee_sessions");
        Statistic total = figures.municipal(sessions);
        assertThat(text).contains("全市共召开常委会会议" + total.value() + "次");
        List<Statistic> first = figures.districtsOf(sessions).stream().filter(s -> Integer.valueOf(1).equals(s.rank()))
                .toList();
        String leader = data.districts().stream().filter(d -> d.code().equals(first.get(0).districtCode()))
                .findFirst().orElseThrow().name();
        // contract 9.1: counts are 最多 (ties: 并列)
        assertThat(text).contains("常委会会议最多的是").contains(leader);
        if (first.size() > 1) {
            assertThat(text).contains("并列第一");
        }
        // the district that did not submit its inspections is named, not counted as zero
        assertThat(text).contains(data.districts().get(1).name() + "未报送监督活动数据");
    }
}
