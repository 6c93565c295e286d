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
import org.springframework.batch.infrastructure.item.ExecutionContext;
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

    /** The closed years met whose registry changed since their final edition, comma-separated, for the run summary. */
    static final String CLOSED_REGISTRY_CHANGED = "editions.closedRegistryChanged";

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
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        List<Integer> years = year != null ? List.of(year) : editions.openYears();
        // the closed years the run read files for, or whose registry changed, are only reported: what is pending waits
        java.util.Set<Integer> registryChanged = editions.closedYearsWithRegistryChange();
        java.util.Set<Integer> closedRead = runYears.reported(List.of());
        closedRead.retainAll(editions.closedYears());
        closedRead.addAll(registryChanged);
        closedRead.removeAll(years);
        java.util.Set<Integer> all = new java.util.TreeSet<>(years);
        all.addAll(closedRead);
        List<String> notes = new ArrayList<>(registryNotes(job));
        for (int y : all) {
            Settled settled = editions.settle(y, closedRead.contains(y) ? Edition.PROVISIONAL : edition, year == null,
                    jobExecutionId);
            String note = switch (settled.outcome()) {
                case PUBLISHING -> Chinese.text(settled.edition().isRevision() ? "edition.note.revision"
                        : "edition.note." + settled.edition().kind().name().toLowerCase(java.util.Locale.ROOT),
                        y, settled.edition().finalRevision())
                        + (settled.registryChanged() ? Chinese.text("edition.note.registryMoved") : "");
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
            log.info(notes.get(notes.size() - 1));
        }
        job.putString(NOTES, String.join("\n", notes));
        registryChanged.retainAll(closedRead);
        job.putString(CLOSED_REGISTRY_CHANGED, String.join(",", registryChanged.stream().map(String::valueOf).toList()));
        return RepeatStatus.FINISHED;
    }

    /**
     * How the registry changed since the run before, and for each district it added without a
     * first year the years it now appears in as 未报送 — once the ingest stored the district's own files.
     */
    private List<String> registryNotes(ExecutionContext job) {
        List<String> notes = new ArrayList<>();
        if (job.containsKey(LoadRegistryTasklet.CHANGE)) {
            notes.add(job.getString(LoadRegistryTasklet.CHANGE));
        }
        for (String district : job.getString(LoadRegistryTasklet.ADDED_WITHOUT_SINCE, "").split("\n")) {
            List<Integer> notSubmitted = district.isEmpty() ? List.of()
                    : editions.yearsNotSubmitted(district.substring(0, district.indexOf(' ')));
            if (!notSubmitted.isEmpty()) {
                String warning = Chinese.text("registry.addedWithoutSince", district,
                        String.join("、", notSubmitted.stream().map(String::valueOf).toList()));
                log.warn(warning);
                notes.add(warning);
            }
        }
        return notes;
    }

    private static String paths(List<Version> versions) {
        return String.join("、", versions.stream().map(Version::filePath).toList());
    }
}
