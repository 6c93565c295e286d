package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.DocumentIdentity;
import com.districtbulletin.print.Typography;
import com.districtbulletin.registry.District;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the district profiles of one edition with one set of fonts, one document at a time (the
 * fonts' subsets are tracked per document, see {@link BulletinFonts#shared()}).
 */
final class ProfileDocument {

    private final BulletinData data;
    private final Figures figures;
    private final Completeness completeness;
    private final BulletinFonts fonts;
    private final Typography type;
    private final String title;
    private final List<Dataset> datasets;

    ProfileDocument(BulletinData data, Figures figures, Completeness completeness, BulletinFonts fonts) {
        this.data = data;
        this.figures = figures;
        this.completeness = completeness;
        this.fonts = fonts;
        this.type = Typography.forProfiles(fonts);
        this.title = CoverPage.title(data);
        this.datasets = ReportedDatasets.of(data);
    }

    /** Writes the district's profile; {@code fingerprint}, what it is made from, becomes its id. */
    void write(District d, String fingerprint, OutputStream out) {
        fonts.reseed();
        Contents contents = Contents.ofProfile(d);
        Document document = new Document(PageSize.A4, 62, 62, 78, 84);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageDecorations(type, contents,
                Chinese.text("bulletin.runningTitle", data.municipality(), title),
                Chinese.text("bulletin.runningEdition", data.editionLabel()), 0, true));
        // its own id, not the bulletin's: the bulletin's changes with every district's figures
        DocumentIdentity identity = BulletinRenderer.identity(data, fonts.checked(Chinese.text(
                "bulletin.profiles.documentTitle", d.name(), data.year()), BulletinFonts.Face.BODY),
                Chinese.text("bulletin.runningEdition", data.editionLabel()), fingerprint);
        identity.describe(document);
        document.open();
        identity.stamp(writer);
        Composition c = new Composition(document, writer, fonts, type, data, figures, contents, List.of(),
                true, completeness, datasets);
        DistrictProfiles.profile(c, d);
        document.close();
    }
}
