package com.districtbulletin.job;

import com.districtbulletin.edition.Edition;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of a run, as {@code --bulletin.year=2024 --bulletin.input=input --bulletin.output=output}.
 *
 * @param year            the year of the bulletin, or {@code open} for every open year whose submissions changed
 *                        since its last edition; by default the latest year found in the input
 * @param input           the input folder
 * @param output          the output folder; the year's files go to {@code output/<year>/}
 * @param municipality    the municipality's name on the bulletin's cover
 * @param issuer          the issuing office (e.g. 示例市人大常委会办公厅); null when not set
 * @param edition         {@code provisional} (初步, the default) or {@code final} (正式)
 * @param publicationDate the bulletin's date, as {@code 2025-01-20}; by default the latest date found
 *                        in the rows of the submissions in force (never the wall clock)
 * @param version         the product version printed in the bulletin's provenance (set by the build)
 */
@ConfigurationProperties("bulletin")
public record BulletinProperties(String year, Path input, Path output, String municipality, Edition edition,
                                 String publicationDate, String version, String issuer) {

    /** The value of {@code --bulletin.year} that asks for every open year. */
    public static final String OPEN_YEARS = "open";

    public boolean openYears() {
        return year != null && OPEN_YEARS.equalsIgnoreCase(year.trim());
    }
}
