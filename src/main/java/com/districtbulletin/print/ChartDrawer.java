package com.districtbulletin.print;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into the PDF as vectors, its text in the document's embedded fonts (so that
 * labels are real, searchable text), or as a PNG for {@code charts/}.
 */
public final class ChartDrawer {

    /** PNG pixels per point: 2 gives 144 dpi, crisp on screen and in office documents. */
    private static final int PNG_SCALE = 2;

    private ChartDrawer() {
    }

    /** The chart as a PDF form XObject, ready to be placed in the flow. */
    public static Image vector(JFreeChart chart, float width, float height, PdfWriter writer, BulletinFonts fonts) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts.mapper());
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image(template);
    }

    /** An empty box of the chart's size: the first pass only needs to know where things fall. */
    public static Image placeholder(float width, float height, PdfWriter writer) {
        return image(writer.getDirectContent().createTemplate(width, height));
    }

    public static byte[] png(JFreeChart chart, float width, float height) {
        int w = Math.round(width * PNG_SCALE);
        int h = Math.round(height * PNG_SCALE);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(PNG_SCALE, PNG_SCALE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return PngEncoding.encode(image);
    }

    private static Image image(PdfTemplate template) {
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
