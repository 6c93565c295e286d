package com.districtbulletin.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of a run, as {@code --bulletin.year=2024 --bulletin.input=input --bulletin.output=output}.
 *
 * @param year         the year of the bulletin; by default the latest year found in the input
 * @param input        the input folder
 * @param output       the output folder; the year's files go to {@code output/<year>/}
 * @param municipality the municipality's name on the bulletin's cover
 */
@ConfigurationProperties("bulletin")
public record BulletinProperties(Integer year, Path input, Path output, String municipality) {
}
