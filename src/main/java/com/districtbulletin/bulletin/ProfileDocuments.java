package com.districtbulletin.bulletin;

import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.registry.District;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Beyond the full layout's limit, each district's profile is a PDF of its own in its folder,
 * {@code districts/<code>/profile-<code>-<year>.pdf}, written one at a time straight to its file,
 * so that memory does not grow with the number of districts.
 */
final class ProfileDocuments {

    private ProfileDocuments() {
    }

    static String fileName(String code, int year) {
        return "profile-" + code + "-" + year + ".pdf";
    }

    static void write(BulletinData data, Figures figures, BulletinFonts fonts, Path yearOutput) throws IOException {
        Typography type = Typography.forProfiles(fonts);
        String title = CoverPage.title(data);
        Completeness completeness = new Completeness(data);
        for (District d : figures.districts()) {
            Path folder = Files.createDirectories(yearOutput.resolve("districts").resolve(d.code()));
            AtomicFile.write(folder.resolve(fileName(d.code(), data.year())), out -> {
                fonts.reseed();
                Contents contents = Contents.ofProfile(d);
                Document document = new Document(PageSize.A4, 62, 62, 78, 84);
                PdfWriter writer = PdfWriter.getInstance(document, out);
                writer.setPageEvent(new PageDecorations(type, contents,
                        Chinese.text("bulletin.runningTitle", data.municipality(), title),
                        Chinese.text("bulletin.runningEdition", data.edition().label()), 0, true));
                document.addTitle(fonts.checked(Chinese.text("bulletin.profiles.documentTitle", d.name(),
                        data.year()), BulletinFonts.Face.BODY));
                document.addCreator("District Bulletin " + data.productVersion());
                document.open();
                BulletinRenderer.identify(writer, data);
                Composition c = new Composition(document, writer, fonts, type, data, figures, contents, List.of(),
                        true, completeness);
                DistrictProfiles.profile(c, d);
                document.close();
            });
        }
    }
}
