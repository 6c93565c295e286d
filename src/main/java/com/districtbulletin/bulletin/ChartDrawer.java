package com.districtbulletin.bulletin;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a chart into the PDF as vectors, its text in the document's embedded fonts (so that
 * labels are real, searchable text), or as a PNG for {@code charts/}.
 */
final class ChartDrawer {

    /** PNG pixels per point: 2 gives 144 dpi, crisp on screen and in office documents. */
    private static final int PNG_SCALE = 2;

    private ChartDrawer() {
    }

    /** The chart as a PDF form XObject, ready to be placed in the flow. */
    static Image vector(Chart chart, PdfWriter writer, BulletinFonts fonts) {
        PdfTemplate template = writer.getDirectContent().createTemplate(chart.width(), chart.height());
        Graphics2D g2 = template.createGraphics(chart.width(), chart.height(), fonts.mapper());
        try {
            chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g2.dispose();
        }
        return image(template);
    }

    /** An empty box of the chart's size: the first pass only needs to know where things fall. */
    static Image placeholder(Chart chart, PdfWriter writer) {
        return image(writer.getDirectContent().createTemplate(chart.width(), chart.height()));
    }

    static byte[] png(Chart chart) {
        int w = Math.round(chart.width() * PNG_SCALE);
        int h = Math.round(chart.height() * PNG_SCALE);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(PNG_SCALE, PNG_SCALE);
            chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Image image(PdfTemplate template) {
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
