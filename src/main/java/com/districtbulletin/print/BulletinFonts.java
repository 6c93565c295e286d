package com.districtbulletin.print;

import com.districtbulletin.text.Chinese;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * The fonts shipped inside the product ({@code src/main/resources/fonts}, SIL OFL 1.1): a sans
 * face in two weights for headings and charts (黑体-style) and a serif face for body text
 * (宋体-style). They are TrueType-outline fonts, embedded in the PDF as subsets; the charts use
 * the same files through AWT, so their labels become the same embedded text.
 *
 * <p>Every string printed goes through {@link #checked}: a character the font lacks fails the run
 * with a message naming it, instead of vanishing from the page.
 */
public final class BulletinFonts {

    /** The three faces the bulletin uses. */
    public enum Face {
        HEADING("NotoSansSC-Bold.ttf", "Noto Sans SC Bold"),
        SANS("NotoSansSC-Regular.ttf", "Noto Sans SC"),
        BODY("NotoSerifSC-Regular.ttf", "Noto Serif SC");

        private final String file;
        private final String displayName;

        Face(String file, String displayName) {
            this.file = file;
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /**
     * How hard the embedded subsets are compressed: OpenPDF keeps a subset's glyph numbers, so every
     * subset carries the face's whole glyph-location and metrics tables (about 250 KB), and
     * compressing them at zlib's default level was two thirds of the CPU time of a receipt or a
     * profile. The fastest level takes a quarter of that time for files about 7 % larger; the
     * pages are the same.
     */
    private static final int FONT_COMPRESSION = Deflater.BEST_SPEED;

    private static final Map<Face, byte[]> FILES = new EnumMap<>(Face.class);
    private static final Map<Face, Font> AWT_FONTS = new EnumMap<>(Face.class);
    private static BulletinFonts shared;

    private final Map<Face, BaseFont> pdfFonts = new EnumMap<>(Face.class);
    /**
     * Per face, one bit per character of the Basic Multilingual Plane that it has a glyph for: every
     * string printed is checked, and looking each character up in the font's own map took a few
     * per cent of a receipt's time.
     */
    private final Map<Face, long[]> bmpGlyphs = new EnumMap<>(Face.class);

    private BulletinFonts() {
    }

    /**
     * The parsed fonts, read once per process (parsing three large fonts takes most of a second).
     * OpenPDF tracks the glyphs used per document, not per font object, so one set of font objects
     * serves every document as long as documents are written one at a time, each pass
     * {@link #reseed() reseeded} first; the bulletin renderer makes sure of both.
     */
    public static synchronized BulletinFonts shared() {
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    /** Reads the fonts ahead of need (the PDF faces and the charts' AWT faces). */
    public static void preload() {
        shared();
        for (Face face : Face.values()) {
            awt(face, 10f);
        }
    }

    /**
     * A set of font objects of its own, for documents written on another thread at the same time
     * (the district profiles and receipts of a province).
     */
    public static BulletinFonts loadPrivateSet() {
        return load();
    }

    private static BulletinFonts load() {
        BulletinFonts fonts = new BulletinFonts();
        for (Face face : Face.values()) {
            try {
                BaseFont font = BaseFont.createFont(face.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        file(face), null);
                font.setSubset(true);
                font.setCompressionLevel(FONT_COMPRESSION);
                // OpenPDF names each subset with a random six-letter prefix; a seeded generator
                // makes it the same on every run, so the same data give the same bytes.
                font.setSecureRandom(seeded(face));
                fonts.pdfFonts.put(face, font);
                fonts.bmpGlyphs.put(face, bmpGlyphs(font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("Cannot read the bundled font " + face.file, e);
            }
        }
        return fonts;
    }

    /** Restarts the subset-name generators, so that every pass names its subsets alike. */
    public void reseed() {
        pdfFonts.forEach((face, font) -> font.setSecureRandom(seeded(face)));
    }

    public BaseFont pdf(Face face) {
        return pdfFonts.get(face);
    }

    /** The text, after checking that the face has a glyph for each of its characters. */
    public String checked(String text, Face face) {
        long[] bmp = bmpGlyphs.get(face);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((bmp[c >>> 6] & (1L << c)) == 0 && !Character.isISOControl(c)) {
                int codePoint = text.codePointAt(i);
                if (!pdfFonts.get(face).charExists(codePoint)) {
                    throw missing(face, codePoint, text);
                }
                i += Character.charCount(codePoint) - 1;
            }
        }
        return text;
    }

    private static long[] bmpGlyphs(BaseFont font) {
        long[] bits = new long[1 << 10];
        for (int c = 0; c < 1 << 16; c++) {
            if (!Character.isSurrogate((char) c) && font.charExists(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /** The same check for the charts' AWT text. */
    public static String checkedForCharts(String text, Face face) {
        Font font = awt(face, 10f);
        text.codePoints().forEach(c -> {
            if (!Character.isISOControl(c) && !font.canDisplay(c)) {
                throw missing(face, c, text);
            }
        });
        return text;
    }

    private static MissingGlyphException missing(Face face, int c, String text) {
        return new MissingGlyphException(Chinese.text("bulletin.error.missingGlyph", face.displayName(),
                new String(Character.toChars(c)), String.format(Locale.ROOT, "U+%04X", c), text));
    }

    /** The face as an AWT font of the given size, for the charts. */
    public static Font awt(Face face, float size) {
        Font base;
        synchronized (AWT_FONTS) {
            base = AWT_FONTS.get(face);
            if (base == null) {
                try {
                    base = createAwtFont(face);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("Cannot read the bundled font " + face.file, e);
                }
                AWT_FONTS.put(face, base);
            }
        }
        return base.deriveFont(size);
    }

    /** From a kept file ({@link FontFiles}); through a temporary file only when none can be kept. */
    private static Font createAwtFont(Face face) throws IOException, FontFormatException {
        byte[] bytes = file(face);
        var kept = FontFiles.of(face.file, bytes);
        if (kept.isPresent()) {
            return Font.createFont(Font.TRUETYPE_FONT, kept.get().toFile());
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    /** Maps the charts' AWT fonts to this document's embedded fonts (never to a standard PDF font). */
    public FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                return pdfFonts.get(faceOf(font));
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                for (Map.Entry<Face, BaseFont> e : pdfFonts.entrySet()) {
                    if (e.getValue() == font) {
                        return awt(e.getKey(), size);
                    }
                }
                return awt(Face.SANS, size);
            }
        };
    }

    public static Face faceOf(Font font) {
        String name = font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT);
        if (name.contains("serif")) {
            return Face.BODY;
        }
        return name.contains("bold") ? Face.HEADING : Face.SANS;
    }

    private static byte[] file(Face face) {
        synchronized (FILES) {
            return FILES.computeIfAbsent(face, f -> {
                try (InputStream in = BulletinFonts.class.getResourceAsStream("/fonts/" + f.file)) {
                    if (in == null) {
                        throw new IllegalStateException("The bundled font fonts/" + f.file + " is missing");
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static SecureRandom seeded(Face face) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(face.file.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
