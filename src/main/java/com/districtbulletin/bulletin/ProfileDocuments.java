package com.districtbulletin.bulletin;

import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.DocumentIdentity;
import com.districtbulletin.print.Typography;
import com.districtbulletin.bulletin.data.BulletinData;

import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.registry.District;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Each district's profile is a PDF of its own in its folder, whatever the number of districts,
 * {@code districts/<code>/profile-<code>-<year>.pdf}, written straight to its file so that memory
 * does not grow with the number of districts. Embedding the fonts' subsets is most of a small
 * document's cost, so many profiles are written on two threads, the second with font objects of
 * its own; each document is the same whichever thread writes it.
 */
final class ProfileDocuments {

    /** Below this many districts the second font set is not worth its loading. */
    static final int TWO_THREADS_FROM = 300;

    private ProfileDocuments() {
    }

    static String fileName(String code, int year) {
        return "profile-" + code + "-" + year + ".pdf";
    }

    static void write(BulletinData data, Figures figures, BulletinFonts fonts, Path yearOutput) throws IOException {
        Completeness completeness = new Completeness(data);
        List<District> districts = figures.districts();
        if (districts.size() < TWO_THREADS_FROM || Runtime.getRuntime().availableProcessors() < 2) {
            write(data, figures, completeness, fonts, districts, yearOutput);
            return;
        }
        int half = districts.size() / 2;
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try {
                write(data, figures, completeness, BulletinFonts.loadPrivateSet(),
                        districts.subList(half, districts.size()), yearOutput);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        write(data, figures, completeness, fonts, districts.subList(0, half), yearOutput);
        try {
            second.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void write(BulletinData data, Figures figures, Completeness completeness, BulletinFonts fonts,
                              List<District> districts, Path yearOutput) throws IOException {
        Typography type = Typography.forProfiles(fonts);
        String title = CoverPage.title(data);
        for (District d : districts) {
            Path folder = Files.createDirectories(yearOutput.resolve("districts").resolve(d.code()));
            AtomicFile.write(folder.resolve(fileName(d.code(), data.year())), out -> {
                fonts.reseed();
                Contents contents = Contents.ofProfile(d);
                Document document = new Document(PageSize.A4, 62, 62, 78, 84);
                PdfWriter writer = PdfWriter.getInstance(document, out);
                writer.setPageEvent(new PageDecorations(type, contents,
                        Chinese.text("bulletin.runningTitle", data.municipality(), title),
                        Chinese.text("bulletin.runningEdition", data.editionLabel()), 0, true));
                DocumentIdentity identity = BulletinRenderer.identity(data, fonts.checked(Chinese.text(
                        "bulletin.profiles.documentTitle", d.name(), data.year()), BulletinFonts.Face.BODY),
                        Chinese.text("bulletin.runningEdition", data.editionLabel()));
                identity.describe(document);
                document.open();
                identity.stamp(writer);
                Composition c = new Composition(document, writer, fonts, type, data, figures, contents, List.of(),
                        true, completeness);
                DistrictProfiles.profile(c, d);
                document.close();
            });
        }
    }
}
