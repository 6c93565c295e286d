package com.districtbulletin.bulletin;

import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.Typography;
import com.districtbulletin.print.ChartDrawer;
import com.districtbulletin.print.DocumentIdentity;
import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.concurrent.SideBySide;
import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.fingerprint.Ledger;
import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Component;

/**
 * Renders the comparative bulletin (A4, Chinese) and its charts from the bulletin data. The PDF
 * is composed twice: the first pass learns on which page each section starts, the second prints
 * those pages in the contents. Nothing in it depends on the clock: its dates are the publication
 * date and its document ID is derived from the statistics, so the same data give the same bytes.
 */
@Component
public class BulletinRenderer {

    private static final int MAX_PASSES = 4;
    /** The ledger's kind of the district profiles. */
    public static final String PROFILES = ProfileDocuments.PROFILE;

    /** Starts reading the fonts in the background while the job's earlier steps run. */
    @PostConstruct
    void preloadFonts() {
        Thread loader = new Thread(BulletinFonts::preload, "bulletin-font-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** Renders the bulletin; one at a time, as the fonts are shared (see {@link BulletinFonts#shared()}). */
    public RenderedBulletin render(BulletinData data) {
        synchronized (BulletinFonts.class) {
            return renderAlone(data);
        }
    }

    private RenderedBulletin renderAlone(BulletinData data) {
        Figures figures = new Figures(data.statistics(), data.districts());
        // The PNGs are drawn on another core meanwhile, from charts of their own.
        CompletableFuture<Map<String, byte[]>> pngs = CompletableFuture.supplyAsync(() -> pngs(data, figures));
        BulletinFonts fonts = BulletinFonts.shared();
        Map<String, Integer> pages = Map.of();
        int pageCount = 0;
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            boolean last = pass > 1;
            Pass result = compose(data, figures, fonts, pages, pageCount, last);
            if (last && result.pages.equals(pages) && result.pageCount == pageCount) {
                return new RenderedBulletin(data.year(), result.pdf, SideBySide.join(pngs), pageCount,
                        ProvenanceFile.bytes(data), data);
            }
            pages = result.pages;
            pageCount = result.pageCount;
        }
        throw new IllegalStateException("The bulletin's page numbers did not settle after " + MAX_PASSES + " passes");
    }

    /** Writes the charts, then the PDF, each through a temporary file and a rename; every profile written. */
    public Path write(RenderedBulletin bulletin, Path yearOutput) throws IOException {
        return write(bulletin, yearOutput, Ledger.writingAll());
    }

    /**
     * Writes the charts, then the PDF, each through a temporary file and a rename; of the district
     * profiles, those the ledger does not find unchanged.
     */
    public Path write(RenderedBulletin bulletin, Path yearOutput, Ledger ledger) throws IOException {
        Path charts = yearOutput.resolve("charts");
        Files.createDirectories(charts);
        for (Map.Entry<String, byte[]> e : bulletin.charts().entrySet()) {
            AtomicFile.write(charts.resolve(e.getKey()), out -> out.write(e.getValue()));
        }
        Set<String> current = bulletin.charts().keySet();
        try (Stream<Path> old = Files.list(charts)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".png")
                    && !current.contains(p.getFileName().toString())).toList()) {
                Files.delete(p);
            }
        }
        AtomicFile.write(yearOutput.resolve(ProvenanceFile.fileName(bulletin.year())),
                out -> out.write(bulletin.provenance()));
        Figures figures = new Figures(bulletin.data().statistics(), bulletin.data().districts());
        synchronized (BulletinFonts.class) {
            ProfileDocuments.write(bulletin.data(), figures, yearOutput, ledger);
        }
        Path pdf = yearOutput.resolve(fileName(bulletin.year()));
        AtomicFile.write(pdf, out -> {
            out.write(bulletin.pdf());
            out.flush();
            PausePoint.reach("render"); // crash tests: the whole PDF is in the temporary file, not yet renamed
        });
        return pdf;
    }

    public static String fileName(int year) {
        return "bulletin-" + year + ".pdf";
    }

    private record Pass(byte[] pdf, Map<String, Integer> pages, int pageCount) {
    }

    private Pass compose(BulletinData data, Figures figures, BulletinFonts fonts, Map<String, Integer> knownPages,
                         int knownPageCount, boolean drawCharts) {
        fonts.reseed();
        Typography type = new Typography(fonts);
        Contents contents = Contents.plan(data, figures.districts(), knownPages);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        Document document = new Document(PageSize.A4, 62, 62, 66, 74);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setStrictImageSequence(true);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        String title = CoverPage.title(data);
        PageDecorations decorations = new PageDecorations(type, contents,
                Chinese.text("bulletin.runningTitle", data.municipality(), title),
                Chinese.text("bulletin.runningEdition", data.editionLabel()), knownPageCount);
        writer.setPageEvent(decorations);
        DocumentIdentity identity = identity(data, fonts.checked(data.municipality() + title, BulletinFonts.Face.BODY),
                Chinese.text("bulletin.runningEdition", data.editionLabel()));
        identity.describe(document);
        document.open();
        identity.stamp(writer);
        List<Chart> charts = new ChartFactory(data, figures, document.right() - document.left()).all();
        Composition c = new Composition(document, writer, fonts, type, data, figures, contents, charts, drawCharts);
        for (BulletinSection section : sections(data)) {
            section.write(c);
        }
        document.close();
        return new Pass(out.toByteArray(), Map.copyOf(decorations.sectionPages()), decorations.pageCount());
    }

    private static List<BulletinSection> sections(BulletinData data) {
        List<BulletinSection> sections = new ArrayList<>();
        sections.add(new CoverPage());
        sections.add(new KeyFiguresPage());
        sections.add(new ContentsPage());
        if (data.revision().revised()) {
            sections.add(new RevisionNotesSection());
        }
        sections.add(new SummarySection());
        for (SectionPlans.Plan plan : ReportedDatasets.sections(data)) {
            sections.add(new GroupSection(plan));
        }
        if (TrendSection.shown(data)) {
            sections.add(new TrendSection());
        }
        sections.add(new DataQualitySection());
        sections.add(new MethodologySection());
        sections.add(new ProvenanceSection());
        return sections;
    }

    /** The PDF's dates are the publication date, its document ID a digest of the data: no clock, no chance. */
    static DocumentIdentity identity(BulletinData data, String title, String subject) {
        return identity(data, title, subject, data.identity());
    }

    /** As {@link #identity(BulletinData, String, String)}, with an id digested from {@code content}. */
    static DocumentIdentity identity(BulletinData data, String title, String subject, String content) {
        return new DocumentIdentity(title, data.issuer(), subject, data.publicationDate().atStartOfDay(), content);
    }

    private static Map<String, byte[]> pngs(BulletinData data, Figures figures) {
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        float width = PageSize.A4.getWidth() - 124;
        for (Chart chart : new ChartFactory(data, figures, width).all()) {
            pngs.put(chart.fileName(), Objects.requireNonNull(ChartDrawer.png(chart.chart(), chart.width(), chart.height())));
        }
        return pngs;
    }
}
