package com.districtbulletin.job;

import com.districtbulletin.edition.EditionFiles;
import com.districtbulletin.edition.EditionRecord;
import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.edition.KeptFiles;
import com.districtbulletin.fingerprint.Ledger;
import com.districtbulletin.fingerprint.WrittenFiles;
import com.districtbulletin.edition.RevisionsCsv;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.report.ValidationReport;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCsv;
import com.districtbulletin.statistics.StatisticsWorkbook;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.function.SingletonSupplier;

/**
 * Step 5: under {@code output/<year>/}, the {@code validation-report.csv} of every year the run
 * reports on; and for each edition being published, {@code statistics.csv} and
 * {@code statistics.xlsx} — for a final edition also {@code statistics-final[-r<N>].csv} and, for
 * a revision, {@code revisions-final-r<N>.csv}, never overwritten. {@code statistics.csv} and
 * {@code statistics.xlsx} are left as they are when they already hold the edition's figures (the
 * ledger's kind {@value #STATISTICS}): on a province their writing is most of the step.
 */
class WriteReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

    /** The ledger's kind of the statistics files. */
    static final String STATISTICS = "statistics";

    private final ValidationReport validationReport;
    private final StatisticStore statistics;
    private final EditionStore editions;
    private final RunYears years;
    private final RunParameters run;
    private final KeptFiles kept;
    private final WrittenFiles writtenFiles;
    private final DistrictStore districts;

    WriteReportsTasklet(ValidationReport validationReport, StatisticStore statistics, EditionStore editions,
                        KeptFiles kept, WrittenFiles writtenFiles, DistrictStore districts, RunYears years,
                        RunParameters run) {
        this.districts = districts;
        this.kept = kept;
        this.writtenFiles = writtenFiles;
        this.validationReport = validationReport;
        this.statistics = statistics;
        this.editions = editions;
        this.years = years;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Ledger ledger = writtenFiles.open();
        List<EditionRecord> publishing = editions.publishing();
        for (int year : years.reported(publishing)) {
            Path report = run.yearOutput(year).resolve("validation-report.csv");
            int problems = validationReport.write(year, report);
            log.info("Validation report {}: {} problems", report, problems);
        }
        for (EditionRecord edition : publishing) {
            writeStatistics(edition, ledger);
            if (edition.isRevision()) {
                kept.publish(edition, run.yearOutput(edition.year()), EditionFiles.revisions(edition),
                        () -> RevisionsCsv.bytes(editions.revisions(edition.id())));
            }
        }
        ledger.save();
        DocumentCounts.record(contribution.getStepExecution(), ledger);
        return RepeatStatus.FINISHED;
    }

    /**
     * statistics.csv and statistics.xlsx of the edition, unless they hold its figures already. A
     * provisional edition's are known by its figures' digest and the registry's names and order,
     * without reading the figures; a final edition's CSV are its kept bytes.
     */
    private void writeStatistics(EditionRecord edition, Ledger ledger) throws Exception {
        Path yearOutput = run.yearOutput(edition.year());
        Path csvFile = yearOutput.resolve("statistics.csv");
        Ledger.Counts before = ledger.counts(STATISTICS);
        Supplier<List<Statistic>> figures = SingletonSupplier.of(() -> statistics.loadEdition(edition.id(), edition.year()));
        String digest = edition.isFinal() ? null : editions.figuresDigest(edition.id());
        String fingerprint;
        if (digest == null) {
            byte[] csv = edition.isFinal()
                    ? kept.publish(edition, yearOutput, EditionFiles.finalStatistics(edition),
                            () -> StatisticsCsv.bytes(figures.get()))
                    : StatisticsCsv.bytes(figures.get());
            fingerprint = StatisticsCsv.fingerprintOf(csv);
            ledger.writeIfChanged(STATISTICS, csvFile, fingerprint, out -> out.write(csv));
        } else {
            fingerprint = StatisticsCsv.madeFrom(digest, districts.all());
            ledger.writeIfChanged(STATISTICS, csvFile, fingerprint, out -> out.write(StatisticsCsv.bytes(figures.get())));
        }
        // the workbook shows what the CSV holds, laid out by this build
        ledger.writeIfChanged(STATISTICS, yearOutput.resolve("statistics.xlsx"), fingerprint,
                out -> StatisticsWorkbook.write(out, figures.get()));
        Ledger.Counts files = DocumentCounts.since(before, ledger.counts(STATISTICS));
        log.info("Statistics files of edition {}: {} written, {} unchanged", edition.describe(), files.written(),
                files.unchanged());
    }
}
