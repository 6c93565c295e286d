package com.districtbulletin.job;

import com.districtbulletin.bulletin.BulletinData;
import com.districtbulletin.bulletin.BulletinRenderer;
import com.districtbulletin.bulletin.BulletinSource;
import com.districtbulletin.bulletin.RenderedBulletin;
import java.nio.file.Path;
import com.districtbulletin.text.Chinese;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 5: render the comparative bulletin and its charts from the stored statistics, and write
 * them under {@code output/<year>/} (each file through a temporary file and a rename).
 */
class RenderBulletinTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RenderBulletinTasklet.class);

    private final BulletinSource source;
    private final BulletinRenderer renderer;
    private final BulletinProperties properties;
    private final int year;
    private final Path yearOutput;

    RenderBulletinTasklet(BulletinSource source, BulletinRenderer renderer, BulletinProperties properties, int year,
                          Path yearOutput) {
        this.source = source;
        this.renderer = renderer;
        this.properties = properties;
        this.year = year;
        this.yearOutput = yearOutput;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long started = System.nanoTime();
        LocalDate date = publicationDate(properties.publicationDate());
        BulletinData data = source.load(year, properties.municipality(), properties.edition(), date,
                properties.version());
        long loaded = System.nanoTime();
        RenderedBulletin bulletin = renderer.render(data);
        long rendered = System.nanoTime();
        Path pdf = renderer.write(bulletin, yearOutput);
        log.info("Bulletin {}: {} pages, {} KB, {} charts; data {} ms, rendering {} ms, writing {} ms", pdf,
                bulletin.pages(), bulletin.pdf().length / 1024, bulletin.charts().size(),
                (loaded - started) / 1_000_000, (rendered - loaded) / 1_000_000,
                (System.nanoTime() - rendered) / 1_000_000);
        return RepeatStatus.FINISHED;
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
