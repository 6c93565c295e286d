package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of contract section 9.1 on rendered bulletins: each scenario's PDF is read back and its
 * 综述 checked.
 */
class BulletinProseRulesTest {

    @TempDir
    Path dir;

    /** The 综述 as read back from the PDF, lines joined. */
    private String summary(BulletinData data) throws Exception {
        RenderedBulletin bulletin = new BulletinRenderer().render(data);
        Path pdf = dir.resolve("b.pdf");
        Files.write(pdf, bulletin.pdf());
        try (PdfReading read = new PdfReading(pdf)) {
            List<PdfReading.Bookmark> top = read.bookmarks().stream().filter(b -> b.level() == 1).toList();
            int from = 0;
            int to = 0;
            String next = "";
            for (int i = 0; i < top.size(); i++) {
                if (top.get(i).title().equals("一、综述")) {
                    from = top.get(i).page();
                    to = top.get(i + 1).page();
                    next = top.get(i + 1).title();
                }
            }
            StringBuilder text = new StringBuilder();
            for (int p = from; p <= to; p++) {
                text.append(read.page(p).lines().filter(l -> !l.contains("统计公报") && !l.contains("页")
                        && !l.startsWith("* ")).reduce("", String::concat));
            }
            // PDFBox reads wide justified spacing as blanks; Chinese prose has none
            String summary = text.toString().replace(" ", "");
            // the next section may start on the page where the summary ends
            return summary.substring(0, summary.indexOf(next.replace(" ", ""), summary.indexOf("一、综述") + 1));
        }
    }

    @Test
    void countsAreMostRatesHighestAndTiesSayTied() throws Exception {
        BulletinScenario s = new BulletinScenario(6);
        s.counts("meetings.standing_committee_sessions", 9, 12, 12, 3, 5, 7);
        s.rates("suggestions.satisfaction_rate", new long[] {90, 100}, new long[] {80, 100}, new long[] {97, 100},
                new long[] {60, 100}, new long[] {70, 100}, new long[] {75, 100});
        String text = summary(s.data());
        assertThat(text).contains("常委会会议最多的是" + s.name(1) + "、" + s.name(2) + "，并列第一，均为12次");
        assertThat(text).contains("满意率最高的是" + s.name(2) + "，为97.0%").contains("最低的是" + s.name(3) + "，为60.0%");
        assertThat(text).doesNotContain("常委会会议最高").doesNotContain("满意率最多");
    }

    @Test
    void aDistrictWithTenPercentOfItsRowsRejectedIsNamedAsNoLeaderButJustBelowItIs() throws Exception {
        BulletinScenario s = new BulletinScenario(6);
        s.counts("meetings.standing_committee_sessions", 30, 12, 11, 3, 5, 7);
        s.rows(s.code(0), Dataset.MEETINGS, 90, 10);            // exactly 10 %: incomplete
        s.counts("inspections.law_enforcement", 40, 12, 11, 3, 5, 7);
        s.rows(s.code(0), Dataset.INSPECTIONS, 901, 99);         // 9.9 %: partial, still named
        String text = summary(s.data());
        assertThat(text).doesNotContain("常委会会议最多的是" + s.name(0));
        assertThat(text).contains("除数据不完整的区（县）外，常委会会议最多的是" + s.name(1) + "，12次");
        assertThat(text).contains("其中" + s.name(0) + "未通过校验的数据行达一成以上，数据不完整");
        assertThat(text).contains("执法检查最多的是" + s.name(0) + "，40次");
        // one closing sentence per paragraph names the partial districts; no figure carries a mark
        assertThat(text).contains(s.name(0) + "的监督活动数据有部分数据行未通过校验");
        assertThat(text).doesNotContain("*");
    }

    @Test
    void allAndEveryOnlyWhenExactNeverForARounded100() throws Exception {
        BulletinScenario exact = new BulletinScenario(4);
        exact.rates("suggestions.closure_rate", new long[] {10, 10}, new long[] {20, 20}, new long[] {5, 5},
                new long[] {7, 7});
        assertThat(summary(exact.data())).contains("42件建议和议案全部办结").doesNotContain("办结率100.0%");

        BulletinScenario rounded = new BulletinScenario(4);
        rounded.rates("suggestions.closure_rate", new long[] {999, 1000}, new long[] {1000, 1000},
                new long[] {1000, 1000}, new long[] {1000, 1000});
        String text = summary(rounded.data());
        assertThat(text).contains("办结率100.0%").doesNotContain("全部办结");
        // a share with its count
        assertThat(text).containsPattern("已解决或基本解决的（A类）\\d+件，占\\d+\\.\\d%");
    }

    @Test
    void aRejectedFileIsNotSubmittedAndNobodyIsCountedAsZero() throws Exception {
        BulletinScenario s = new BulletinScenario(5);
        s.rejectedFile(s.code(3), Dataset.APPOINTMENTS);
        s.withDistrictWithoutFigures("新设区");
        String text = summary(s.data());
        assertThat(text).contains(s.name(3) + "报送的任免数据未通过审核");
        assertThat(text).doesNotContain(s.name(3) + "未报送任免");
        assertThat(text).contains(s.name(1) + "未报送监督活动数据");
        assertThat(text).doesNotContain("新设区").doesNotContain("0个区");
        assertThat(text).contains("全市共有5个区（县）");
    }

    @Test
    void whenNoDistrictSubmittedEverythingNoneIsSaidToHave() throws Exception {
        BulletinScenario s = new BulletinScenario(3);
        for (int i = 0; i < 3; i++) {
            s.rejectedFile(s.code(i), Dataset.SUGGESTIONS);
        }
        String text = summary(s.data());
        assertThat(text).doesNotContain("其中0个").doesNotContain("0个区（县）");
        assertThat(text).contains("本年度没有区（县）的代表建议数据可用").contains("报送的代表建议数据未通过审核")
                .doesNotContain("均未报送代表建议");
    }

    @Test
    void aDatasetNoDistrictHasThisYearOrLastHasNoSectionAndTheNotesSaySo() throws Exception {
        BulletinScenario s = new BulletinScenario(4);
        s.noneAtAll(Dataset.APPOINTMENTS);
        RenderedBulletin bulletin = new BulletinRenderer().render(s.data());
        Path pdf = dir.resolve("none.pdf");
        Files.write(pdf, bulletin.pdf());
        try (PdfReading read = new PdfReading(pdf)) {
            List<String> top = read.bookmarks().stream().filter(b -> b.level() == 1).map(PdfReading.Bookmark::title)
                    .toList();
            assertThat(top).contains("四、代表建议办理情况").doesNotContain("四、人事任免情况")
                    .noneMatch(t -> t.contains("任免"));
            String all = read.all().replace(" ", "").replace("\n", "");
            assertThat(all).contains("本年度和上年均没有区（县）报送任免数据，本公报不设相应部分");
            assertThat(all).doesNotContain("（三）人事任免情况");
        }
        assertThat(bulletin.charts().keySet()).noneMatch(name -> name.contains("appointments"));
    }

    /**
     * The paragraphs of the contract-v2 sections keep the rules: a share with its count, and its count
     * said once (in the share); 全部 only when every project is completed; leaders only on ranked
     * metrics (a petition count is stated, never praised); a section of two datasets is one
     * paragraph, its partial districts named in one closing sentence.
     */
    @Test
    void theNewSectionsKeepTheProseRules() throws Exception {
        BulletinScenario s = new BulletinScenario(4);
        s.counts("livelihood_projects.voted", 10, 12, 8, 9);
        s.counts("livelihood_projects.completed", 9, 12, 5, 9);
        s.rates("livelihood_projects.completion_rate", new long[] {9, 10}, new long[] {12, 12}, new long[] {5, 8},
                new long[] {9, 9});
        s.counts("petitions.cases", 80, 40, 60, 20);
        s.rates("petitions.referral_rate", new long[] {70, 80}, new long[] {40, 40}, new long[] {45, 60},
                new long[] {19, 20});
        s.rows(s.code(1), Dataset.DEPUTY_ACTIVITIES, 95, 5);
        s.rows(s.code(2), Dataset.STATIONS, 98, 2);
        String text = summary(s.data());
        assertThat(text).contains("全市共票决民生实事项目39件").contains("已完成35件，完成率89.7%")
                .doesNotContain("完成民生实事项目35件").doesNotContain("全部完成");
        assertThat(text).contains("项目完成率最高的是" + s.name(1) + "、" + s.name(3) + "，并列第一，均为100.0%")
                .contains("最低的是" + s.name(2) + "，为62.5%");
        assertThat(text).contains("全市共受理群众来信来访200件").contains("明确办理方式的200件中，转交办或直接办理174件，转交办率87.0%")
                .doesNotContain("受理来信来访最多").doesNotContain("来信来访最少");
        assertThat(text).contains("转交办率最高的是" + s.name(1) + "，为100.0%");
        String deputyWork = text.substring(text.indexOf("代表工作情况。"), text.indexOf("民生实事项目票决情况。"));
        assertThat(deputyWork).contains("全市共组织代表活动").contains("全市共建有代表联络站点")
                .contains(s.name(1) + "的代表活动数据，" + s.name(2) + "的联络站点数据有部分数据行未通过校验");
        assertThat(deputyWork.indexOf("有部分数据行未通过校验")).isEqualTo(deputyWork.lastIndexOf("有部分数据行未通过校验"));

        BulletinScenario exact = new BulletinScenario(3);
        exact.rates("livelihood_projects.completion_rate", new long[] {10, 10}, new long[] {12, 12},
                new long[] {8, 8});
        assertThat(summary(exact.data())).contains("票决的30件项目全部完成").doesNotContain("完成率100.0%");

        BulletinScenario rounded = new BulletinScenario(3);
        rounded.rates("livelihood_projects.completion_rate", new long[] {999, 1000}, new long[] {1000, 1000},
                new long[] {1000, 1000});
        assertThat(summary(rounded.data())).contains("完成率100.0%").doesNotContain("全部完成");

        BulletinScenario tied = new BulletinScenario(3);
        tied.rates("reviews.satisfaction_rate", new long[] {10, 10}, new long[] {6, 6}, new long[] {8, 8});
        assertThat(summary(tied.data())).contains("24人次评议结果均为满意或基本满意")
                .contains("参加排名的3个区（县）评议满意率均为100.0%").doesNotContain("评议满意率最高");
    }

    /**
     * A section whose datasets no district has this year or last (contract 9.1) has no section, no
     * chart and no 综述 paragraph, and 说明 says so in one sentence; when one of its two datasets is
     * left, the section shows that one, without subheadings.
     */
    @Test
    void aSectionWithNoDataThisYearOrLastHasNoSectionAndTheNotesSaySo() throws Exception {
        BulletinScenario s = new BulletinScenario(4);
        s.noneAtAll(Dataset.DEPUTY_ACTIVITIES).noneAtAll(Dataset.STATIONS);
        RenderedBulletin bulletin = new BulletinRenderer().render(s.data());
        Path pdf = dir.resolve("none.pdf");
        Files.write(pdf, bulletin.pdf());
        try (PdfReading read = new PdfReading(pdf)) {
            List<String> top = read.bookmarks().stream().filter(b -> b.level() == 1).map(PdfReading.Bookmark::title)
                    .toList();
            assertThat(top).contains("五、代表建议办理情况", "六、民生实事项目票决情况").noneMatch(t -> t.contains("代表工作"));
            String all = read.all().replace(" ", "").replace("\n", "");
            assertThat(all).contains("本年度和上年均没有区（县）报送代表活动、联络站点数据，本公报不设相应部分。")
                    .doesNotContain("代表工作情况").doesNotContain("代表联络站点建设情况").doesNotContain("代表活动情况");
        }
        assertThat(bulletin.charts().keySet()).noneMatch(n -> n.contains("deputy_activities") || n.contains("stations"));

        BulletinScenario one = new BulletinScenario(4);
        one.noneAtAll(Dataset.STATIONS);
        RenderedBulletin half = new BulletinRenderer().render(one.data());
        Path halfPdf = dir.resolve("half.pdf");
        Files.write(halfPdf, half.pdf());
        try (PdfReading read = new PdfReading(halfPdf)) {
            assertThat(read.bookmarks().stream().map(PdfReading.Bookmark::title)).contains("六、代表工作情况");
            String all = read.all().replace(" ", "").replace("\n", "");
            assertThat(all).contains("本年度和上年均没有区（县）报送联络站点数据，本公报不设相应部分。")
                    .doesNotContain("（一）代表活动情况").doesNotContain("代表联络站点建设情况");
        }
    }
}
