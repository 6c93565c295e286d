package com.districtbulletin.job;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.BulletinRenderer;
import com.districtbulletin.bulletin.data.BulletinSource;
import com.districtbulletin.bulletin.data.RowDetails;
import com.districtbulletin.bulletin.RenderedBulletin;
import com.districtbulletin.concurrent.SideBySide;
import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.print.DocumentIdentity;
import com.districtbulletin.edition.EditionFiles;
import com.districtbulletin.edition.EditionRecord;
import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.edition.KeptFiles;
import com.districtbulletin.edition.Revision;
import com.districtbulletin.fingerprint.Ledger;
import com.districtbulletin.fingerprint.WrittenFiles;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCsv;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.text.Sha256;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 8: render each edition being published — the comparative bulletin and its charts — and
 * write it under {@code output/<year>/} as {@code bulletin-<year>.pdf}, each file through a
 * temporary file and a rename. A final edition is also written as
 * {@code bulletin-<year>-final[-r<N>].pdf}, never overwritten, its bytes kept in the database
 * before any file is written; then the edition is published. An edition a crashed run left
 * half-written is finished here by the next run, whatever its command: from the figures stored
 * with it, and for a final edition from its kept bytes.
 */
class RenderBulletinTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RenderBulletinTasklet.class);

    private final BulletinSource source;
    private final BulletinRenderer renderer;
    private final EditionStore editions;
    private final StatisticStore statistics;
    private final BulletinProperties properties;
    private final RunParameters run;
    private final KeptFiles kept;
    private final WrittenFiles writtenFiles;
    private final DistrictStore districts;

    RenderBulletinTasklet(BulletinSource source, BulletinRenderer renderer, EditionStore editions, KeptFiles kept,
                          StatisticStore statistics, BulletinProperties properties, WrittenFiles writtenFiles,
                          DistrictStore districts, RunParameters run) {
        this.districts = districts;
        this.kept = kept;
        this.writtenFiles = writtenFiles;
        this.source = source;
        this.renderer = renderer;
        this.editions = editions;
        this.statistics = statistics;
        this.properties = properties;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Ledger ledger = writtenFiles.open();
        for (EditionRecord edition : editions.publishing()) {
            publish(edition, ledger);
        }
        ledger.save();
        DocumentCounts.record(contribution.getStepExecution(), ledger);
        return RepeatStatus.FINISHED;
    }

    private void publish(EditionRecord edition, Ledger ledger) throws Exception {
        long started = System.nanoTime();
        int year = edition.year();
        Path yearOutput = run.yearOutput(year);
        LocalDate date = publicationDate(properties.publicationDate());
        Revision revision = edition.isRevision()
                ? new Revision(edition.finalRevision(), editions.revisions(edition.id())) : Revision.NONE;
        BulletinData data = load(edition, date, revision);
        long loaded = System.nanoTime();
        RenderedBulletin bulletin = renderer.render(data);
        String finalName = EditionFiles.finalBulletin(edition);
        if (edition.isFinal()) {
            // the final bulletin as first rendered: a run finishing this edition writes the same bytes
            RenderedBulletin rendered = bulletin;
            byte[] pdf = kept.once(edition, finalName, rendered::pdf);
            bulletin = new RenderedBulletin(year, pdf, rendered.charts(), rendered.pages(), rendered.provenance(),
                    rendered.data());
        }
        long madeAt = System.nanoTime();
        Ledger.Counts before = ledger.counts(BulletinRenderer.PROFILES);
        Path pdf = renderer.write(bulletin, yearOutput, ledger);
        Ledger.Counts profiles = DocumentCounts.since(before, ledger.counts(BulletinRenderer.PROFILES));
        if (edition.isFinal()) {
            EditionFiles.publish(yearOutput.resolve(finalName), bulletin.pdf());
            PausePoint.reach("publish");
        }
        editions.markPublished(edition.id());
        log.info("Bulletin {} (edition {}): {} pages, {} KB, {} charts; data {} ms, rendering {} ms, writing {} ms"
                        + " (profiles {} written, {} unchanged)",
                pdf, edition.describe(), bulletin.pages(), bulletin.pdf().length / 1024, bulletin.charts().size(),
                (loaded - started) / 1_000_000, (madeAt - loaded) / 1_000_000,
                (System.nanoTime() - madeAt) / 1_000_000, profiles.written(), profiles.unchanged());
    }

    /**
     * The edition's bulletin data, its figures loaded once for it and for a provisional edition's kept
     * statistics.csv (kept in this step's transaction, as before publishing; the figures of an edition never change).
     */
    private BulletinData load(EditionRecord edition, LocalDate date, Revision revision) {
        // the row details are the server's longest work of the step: read on a connection of their own
        // while this one reads the figures and the rest of the data (both read what the ingest committed)
        CompletableFuture<RowDetails> details = SideBySide.start("row-details", () -> source.rowDetails(edition.year()));
        List<Statistic> figures = statistics.loadEdition(edition.id(), edition.year());
        return source.loadEdition(edition, properties.municipality(), date, properties.version(), revision, figures,
                statisticsCsv(edition, figures), () -> SideBySide.join(details))
                .withImprint(properties.issuer(), edition.isRevision() ? originalDate(edition) : null);
    }

    /**
     * The SHA-256 of the edition's statistics.csv. A provisional edition keeps the file's bytes, as
     * its statistics.csv published them — or, when an earlier edition of the year keeps the same
     * bytes (the same figures, registry and build: a night that moved no figure), a reference to them.
     */
    private String statisticsCsv(EditionRecord edition, List<Statistic> figures) {
        String digest = edition.isFinal() ? null : editions.figuresDigest(edition.id());
        String madeFrom = digest == null ? null : StatisticsCsv.madeFrom(digest, districts.all());
        if (madeFrom != null) {
            Optional<String> same = editions.keepSameFile(edition.id(), edition.year(), "statistics.csv", madeFrom);
            if (same.isPresent()) {
                return same.get();
            }
        }
        byte[] csv = StatisticsCsv.bytes(figures);
        if (!edition.isFinal()) {
            editions.keepFile(edition.id(), "statistics.csv", csv, madeFrom);
        }
        return Sha256.of(csv);
    }

    /**
     * The date of the final edition a revision revises, as its kept file carries it: the same on
     * every run, whatever the data became since.
     */
    private LocalDate originalDate(EditionRecord revision) {
        EditionRecord original = editions.finalRevision(revision.year(), 0).orElseThrow();
        return editions.file(original.id(), EditionFiles.finalBulletin(original))
                .flatMap(DocumentIdentity::dateOf).map(java.time.LocalDateTime::toLocalDate).orElse(null);
    }

    /** The configured publication date, or null to take it from the data. */
    static LocalDate publicationDate(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(configured.trim());
        } catch (DateTimeParseException e) {
            // No cause attached: the run's failure message is the root cause's, and this one says it all.
            throw new IllegalArgumentException(Chinese.text("bulletin.error.publicationDate", configured));
        }
    }
}
