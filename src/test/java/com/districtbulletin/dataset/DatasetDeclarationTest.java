package com.districtbulletin.dataset;

import static com.districtbulletin.dataset.Choice.of;
import static com.districtbulletin.dataset.Column.column;
import static com.districtbulletin.dataset.CrossFieldRule.notBefore;
import static com.districtbulletin.dataset.CrossFieldRule.notMoreThan;
import static com.districtbulletin.dataset.CrossFieldRule.onlyWith;
import static com.districtbulletin.dataset.CrossFieldRule.requiredWhen;
import static com.districtbulletin.dataset.DatasetDeclaration.declare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.districtbulletin.validation.RowRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A declaration that names what it does not declare fails when it loads, naming the fault. */
class DatasetDeclarationTest {

    private static DatasetDeclaration projects() {
        return declare("projects", "项目",
                column("project_id", "项目编号", ColumnType.TEXT).required(),
                column("vote_date", "票决日期", ColumnType.DATE).required().inYear(),
                column("status", "推进状态", ColumnType.ENUM).required().choices(
                        of("completed", "已完成"), of("on_schedule", "按进度推进")),
                column("completed_date", "完成日期", ColumnType.DATE),
                column("planned", "计划数", ColumnType.INTEGER).orElse("0"),
                column("done", "完成数", ColumnType.INTEGER).orElse("0"),
                column("audited", "已审计", ColumnType.BOOLEAN).orElse("否"),
                column("note", "备注", ColumnType.TEXT));
    }

    @Test
    void theDeclaredDatasetsLoad() {
        assertThat(Dataset.values()).allSatisfy(d -> assertThat(d.declaration().checked()).isSameAs(d.declaration()));
        assertThat(Dataset.APPOINTMENTS.references()).containsExactly(
                new Reference("meeting_id", "meetings", "UNKNOWN_MEETING"));
        assertThat(Dataset.APPOINTMENTS.references().get(0).targetDataset()).isEqualTo(Dataset.MEETINGS);
        assertThat(RowRule.BY_DATASET).containsOnlyKeys(Dataset.values());
    }

    @Test
    void aWellFormedDeclarationPasses() {
        DatasetDeclaration ok = projects().rules(
                notMoreThan("done", "planned", "HANDLED_EXCEEDS_COLLECTED"),
                requiredWhen("completed_date", "status", "completed", "COMPLETED_DATE_REQUIRED",
                        "COMPLETED_DATE_NOT_ALLOWED"),
                notBefore("completed_date", "vote_date", "COMPLETED_BEFORE_VOTE"),
                onlyWith("note", "audited", "STATUS_WITHOUT_HANDLING"));
        assertThat(ok.checked()).isSameAs(ok);
    }

    @Test
    void aMisspeltColumnInARuleFails() {
        assertThatThrownBy(() -> projects().rules(notMoreThan("done", "planed", "HANDLED_EXCEEDS_COLLECTED")).checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("projects")
                .hasMessageContaining("no column planed");
        assertThatThrownBy(() -> projects().rules(notBefore("completed_dat", "vote_date", "COMPLETED_BEFORE_VOTE"))
                .checked()).hasMessageContaining("no column completed_dat");
        assertThatThrownBy(() -> projects().references("note_id", "meetings", "UNKNOWN_MEETING").checked())
                .hasMessageContaining("no column note_id");
    }

    @Test
    void aMisspeltChoiceCodeFails() {
        assertThatThrownBy(() -> projects().rules(requiredWhen("completed_date", "status", "complete",
                "COMPLETED_DATE_REQUIRED", "COMPLETED_DATE_NOT_ALLOWED")).checked())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("complete is not a choice code of status");
        DatasetDeclaration badDefault = declare("projects", "项目",
                column("project_id", "项目编号", ColumnType.TEXT).required(),
                column("status", "推进状态", ColumnType.ENUM).orElse("已完工").choices(of("completed", "已完成")));
        assertThatThrownBy(badDefault::checked).hasMessageContaining("default 已完工 is not one of its choices");
    }

    @Test
    void aRuleOnAColumnOfTheWrongTypeFails() {
        assertThatThrownBy(() -> projects().rules(notMoreThan("note", "planned", "HANDLED_EXCEEDS_COLLECTED"))
                .checked()).hasMessageContaining("column note is TEXT, not INTEGER");
        DatasetDeclaration earlierWhenText = declare("projects", "项目",
                column("project_id", "项目编号", ColumnType.TEXT).required(),
                column("note", "备注", ColumnType.TEXT),
                column("received", "受理日期", ColumnType.DATE).inYear().orEarlierWhen("note"));
        assertThatThrownBy(earlierWhenText::checked).hasMessageContaining("column note is TEXT, not BOOLEAN");
        DatasetDeclaration idNotFirst = new DatasetDeclaration("projects", "项目", "note",
                projects().columns(), List.of(), List.of(), false);
        assertThatThrownBy(idNotFirst::checked).hasMessageContaining("must be the first column");
    }

    @Test
    void aReferenceToAnUndeclaredDatasetFails() {
        DatasetDeclaration toNowhere = projects().references("note", "meeting", "UNKNOWN_MEETING").checked();
        assertThatThrownBy(() -> Dataset.checkReferences(List.of(Dataset.MEETINGS.declaration(), toNowhere)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no dataset declared before it: meeting");
        DatasetDeclaration toLater = projects().references("note", "meetings", "UNKNOWN_MEETING").checked();
        assertThatThrownBy(() -> Dataset.checkReferences(List.of(toLater, Dataset.MEETINGS.declaration())))
                .hasMessageContaining("names no dataset declared before it: meetings");
        Dataset.checkReferences(List.of(Dataset.MEETINGS.declaration(),
                projects().references("note", "meetings", "UNKNOWN_MEETING").checked()));
    }

    @Test
    void aMisspeltProblemCodeFails() {
        assertThatThrownBy(() -> projects().rules(notMoreThan("done", "planned", "handled exceeds")).checked())
                .hasMessageContaining("'handled exceeds' is not a problem code");
        assertThatThrownBy(() -> RowRule.of(notMoreThan("done", "planned", "HANDLED_EXCEEDS_COLECTED")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HANDLED_EXCEEDS_COLECTED");
    }
}
