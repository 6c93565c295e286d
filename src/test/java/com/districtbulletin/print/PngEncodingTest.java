package com.districtbulletin.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts' PNG files, read back by ImageIO: every pixel as drawn, the same bytes every time. */
class PngEncodingTest {

    @Test
    void everyPixelReadsBackAsDrawn() throws Exception {
        BufferedImage chart = chartLike(311, 97);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoding.encode(chart)));

        assertThat(back.getWidth()).isEqualTo(311);
        assertThat(back.getHeight()).isEqualTo(97);
        for (int y = 0; y < chart.getHeight(); y++) {
            for (int x = 0; x < chart.getWidth(); x++) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo(chart.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void noisePixelsReadBackToo() throws Exception {
        BufferedImage noise = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoding.encode(noise)));

        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).isEqualTo(noise.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void theSamePixelsGiveTheSameBytes() {
        assertThat(PngEncoding.encode(chartLike(200, 120))).isEqualTo(PngEncoding.encode(chartLike(200, 120)));
    }

    @Test
    void onlyOpaqueRgbImagesAreTaken() {
        assertThatThrownBy(() -> PngEncoding.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage chartLike(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(0, 0, new Color(30, 80, 160), width, height, new Color(220, 120, 40)));
        for (int i = 0; i < 8; i++) {
            g.fillRect(10 + i * width / 9, height - 10 - i * height / 10, width / 12, i * height / 10);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(5, height / 2, width - 5, height / 3);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("12.5 %", 8, 14);
        g.dispose();
        return image;
    }
}
