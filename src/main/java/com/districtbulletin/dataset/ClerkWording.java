package com.districtbulletin.dataset;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How clerks commonly write what the declarations name otherwise, declared as data beside them:
 * known synonyms of choices (a "did you mean" only ever names a declared choice), and the words
 * that mark a totals row. Nothing here is accepted as input: it only makes a message name the
 * real cause.
 */
public final class ClerkWording {

    /** A value a clerk writes for a column, and the code of the choice meant. */
    public record Synonym(String column, String written, String code) {
    }

    public static final List<Synonym> SYNONYMS = List.of(
            new Synonym("meeting_type", "常委会议", "standing_committee"),
            new Synonym("meeting_type", "常委会", "standing_committee"),
            new Synonym("meeting_type", "常务委员会会议", "standing_committee"),
            new Synonym("meeting_type", "主任会", "chairpersons"),
            new Synonym("meeting_type", "主任办公会", "chairpersons"),
            new Synonym("kind", "代表建议", "suggestion"),
            new Synonym("kind", "代表议案", "motion"),
            new Synonym("status", "办结", "closed"),
            new Synonym("status", "已办", "closed"),
            new Synonym("status", "办理中", "in_progress"),
            new Synonym("status", "在办", "in_progress"),
            new Synonym("status", "未办结", "in_progress"),
            new Synonym("status", "完成", "completed"),
            new Synonym("status", "推进中", "on_schedule"),
            new Synonym("status", "化解", "resolved"),
            new Synonym("outcome", "A类", "A"),
            new Synonym("outcome", "B类", "B"),
            new Synonym("outcome", "C类", "C"),
            new Synonym("satisfaction", "比较满意", "basically_satisfied"),
            new Synonym("satisfaction", "较满意", "basically_satisfied"),
            new Synonym("satisfaction", "基本满意度", "basically_satisfied"),
            new Synonym("satisfaction", "非常满意", "satisfied"),
            new Synonym("satisfaction", "很满意", "satisfied"),
            new Synonym("field", "经济", "economy"),
            new Synonym("field", "城建", "urban_environment"),
            new Synonym("field", "城市建设", "urban_environment"),
            new Synonym("field", "城乡建设", "urban_environment"),
            new Synonym("field", "环保", "urban_environment"),
            new Synonym("field", "教育", "education_culture_health"),
            new Synonym("field", "农业", "agriculture_rural"),
            new Synonym("field", "社会", "social"),
            new Synonym("field", "司法", "supervision_judicial"),
            new Synonym("station_type", "社区观察点", "observation_point"),
            new Synonym("station_type", "民意观察点", "observation_point"),
            new Synonym("station_type", "基层立法联络站", "legislative_contact_point"),
            new Synonym("station_type", "基层立法联络室", "legislative_contact_point"),
            new Synonym("activity_type", "列席代表座谈会", "forum"),
            new Synonym("activity_type", "政情通报会", "forum"),
            new Synonym("activity_type", "领导进站", "officials_at_station"),
            new Synonym("activity_type", "国家机关负责人进站", "officials_at_station"));

    /** A row holding one of these words (spaces removed) in any cell is a totals row, not a record. */
    public static final Set<String> TOTALS_WORDS = Set.of("合计", "总计", "小计", "累计", "共计", "合计：", "总计：");

    private ClerkWording() {
    }

    /** The declared choice of {@code column} that {@code written} is a known synonym of. */
    public static Optional<Choice> synonymOf(Column column, String written) {
        return SYNONYMS.stream()
                .filter(s -> s.column().equals(column.name()) && s.written().equals(written))
                .map(s -> column.choiceCoded(s.code()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
