package com.districtbulletin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.ClerkWording;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.Dataset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "did you mean" of BAD_ENUM names a declared choice only, and only when one is clearly meant. */
class ChoiceSuggestionTest {

    private static Column column(Dataset dataset, String name) {
        return dataset.columnNamed(name);
    }

    private static Optional<String> suggested(Dataset dataset, String column, String written) {
        return ChoiceSuggestion.of(column(dataset, column), written).map(Choice::label);
    }

    @Test
    void everySynonymNamesADeclaredChoiceAndIsNotItselfAcceptedInput() {
        for (ClerkWording.Synonym synonym : ClerkWording.SYNONYMS) {
            List<Column> columns = java.util.Arrays.stream(Dataset.values())
                    .flatMap(d -> d.columns().stream())
                    .filter(c -> c.name().equals(synonym.column()) && c.type() == ColumnType.ENUM
                            && c.choiceCoded(synonym.code()).isPresent())
                    .toList();
            assertThat(columns).as("%s → %s is a declared choice", synonym.written(), synonym.code()).isNotEmpty();
            for (Column c : columns) {
                assertThat(CellParser.parseChoice(c, synonym.written())).as(synonym.written())
                        .isSameAs(CellParser.INVALID);
            }
        }
    }

    @Test
    void theIssuesExamplesAndNoGuessOnATieOrFarValue() {
        assertThat(suggested(Dataset.MEETINGS, "meeting_type", "常委会议")).contains("常委会会议");
        assertThat(suggested(Dataset.MEETINGS, "meeting_type", "常委会 会议")).contains("常委会会议");
        assertThat(suggested(Dataset.MEETINGS, "meeting_type", "standing committee")).contains("常委会会议");
        assertThat(suggested(Dataset.SUGGESTIONS, "outcome", "A类")).contains("A");
        assertThat(suggested(Dataset.SUGGESTIONS, "outcome", "Ｂ")).contains("B");
        assertThat(suggested(Dataset.SUGGESTIONS, "status", "办结")).contains("已办结");
        assertThat(suggested(Dataset.SUGGESTIONS, "field", "经济")).contains("经济发展");
        assertThat(suggested(Dataset.SUGGESTIONS, "satisfaction", "比较满意")).contains("基本满意");
        assertThat(suggested(Dataset.PETITIONS, "status", "办结")).as("not a choice of petitions' status").isEmpty();
        assertThat(suggested(Dataset.MEETINGS, "meeting_type", "临时会议")).isEmpty();
        assertThat(suggested(Dataset.SUGGESTIONS, "outcome", "D")).as("one edit from each of A, B, C").isEmpty();
        assertThat(suggested(Dataset.REVIEWS, "form", "民主测评")).isEmpty();
    }
}
