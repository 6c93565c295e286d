package com.districtbulletin.job;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.edition.Editions;
import com.districtbulletin.edition.Editions.Settled;
import com.districtbulletin.storage.SubmissionStore.Version;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 4: settle each year's edition — a provisional edition, the final one, or a revision that
 * puts the pending versions in force — or say why there is none: the year is closed, nothing is
 * pending, nothing changed.
 */
class SettleEditionsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SettleEditionsTasklet.class);

    /** The sentences saying what the run did with each year it settled, for the run summary. */
    static final String NOTES = "editions.notes";

    private final Editions editions;
    private final Integer year;
    private final Edition edition;
    private final Long jobExecutionId;
    private final RunYears runYears;

    SettleEditionsTasklet(Editions editions, Integer year, Edition edition, Long jobExecutionId, RunYears runYears) {
        this.editions = editions;
        this.year = year;
        this.edition = edition;
        this.jobExecutionId = jobExecutionId;
        this.runYears = runYears;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Integer> years = year != null ? List.of(year) : editions.openYears();
        // the closed years the run read files for are only reported: their pending versions wait
        java.util.Set<Integer> closedRead = runYears.reported(List.of());
        closedRead.retainAll(editions.closedYears());
        closedRead.removeAll(years);
        java.util.Set<Integer> all = new java.util.TreeSet<>(years);
        all.addAll(closedRead);
        List<String> notes = new ArrayList<>();
        for (int y : all) {
            Settled settled = editions.settle(y, closedRead.contains(y) ? Edition.PROVISIONAL : edition, year == null,
                    jobExecutionId);
            String note = switch (settled.outcome()) {
                case PUBLISHING -> Chinese.text(settled.edition().isRevision() ? "edition.note.revision"
                        : "edition.note." + settled.edition().kind().name().toLowerCase(java.util.Locale.ROOT),
                        y, settled.edition().finalRevision());
                case UNCHANGED -> Chinese.text("edition.note.unchanged", y);
                case CLOSED -> (settled.pending().isEmpty() ? Chinese.text("edition.note.closed", y)
                        : Chinese.text("edition.note.closedPending", y, settled.pending().size(), paths(settled.pending())))
                        + (settled.registryChanged() ? Chinese.text("edition.note.registryChanged", y) : "");
                case NOTHING_TO_REVISE -> Chinese.text("edition.note.nothingToRevise", y);
                case NOTHING_ACCEPTED -> Chinese.text("edition.note.nothingAccepted", y);
            };
            notes.add(note);
            log.info(note);
        }
        if (years.isEmpty()) {
            notes.add(Chinese.text("edition.note.noOpenYear"));
            log.info(notes.get(0));
        }
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(NOTES, String.join("\n", notes));
        return RepeatStatus.FINISHED;
    }

    private static String paths(List<Version> versions) {
        return String.join("、", versions.stream().map(Version::filePath).toList());
    }
}
