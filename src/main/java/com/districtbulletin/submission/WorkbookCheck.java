package com.districtbulletin.submission;

import com.districtbulletin.text.Chinese;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks a workbook over before any XML of it is parsed (data contract section 2): it must be a
 * zip package whose every part inflates within the limits below (so a zip bomb or an oversized
 * workbook is refused, never inflated into memory), and whose workbook names a worksheet. Finds
 * the first worksheet in the workbook's order (a chart sheet is not one) and the date system.
 *
 * <p>The limits are far above what a district's year of work fills (a million-row sheet is about
 * 500 MB of XML): every part is held to 100 times its compressed size once it passes 1 MB. The
 * shared strings are the one part the reader keeps in memory whole, and the only one that grows
 * with the rows (Excel stores each distinct text once there): they are held to 200 MB of XML and
 * to a third of the heap, estimated at their text plus {@value #HEAP_PER_STRING} bytes a string.
 */
final class WorkbookCheck {

    static final long MAX_TOTAL = 2L << 30;
    static final long MAX_SHARED_STRINGS = 200L << 20;
    static final long MAX_OTHER_PART = 64L << 20;
    static final int MAX_PARTS = 10_000;
    static final long MAX_RATIO = 100;
    private static final long RATIO_FROM = 1L << 20;
    static final long HEAP_PER_STRING = 64;

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private WorkbookCheck() {
    }

    /** What the check found: the reason the workbook is refused, or where to read it. */
    record Result(String refusal, int firstWorksheet, boolean date1904) {

        static Result refused(String reasonKey, Object... args) {
            return new Result(Chinese.text("workbook." + reasonKey, args), -1, false);
        }
    }

    static Result check(Path path) throws IOException {
        if (looksLikeOle2(path)) {
            return Result.refused("ole2");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            return Result.refused("notZip");
        }
        try (zip) {
            String tooBig = sizes(zip);
            if (tooBig != null) {
                return new Result(tooBig, -1, false);
            }
            return structure(zip);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // a part that does not inflate or parse: the workbook is damaged
            return Result.refused("corrupt");
        }
    }

    /** Encrypted workbooks and old .xls files are OLE2 compound files, not zip packages. */
    private static boolean looksLikeOle2(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(8);
        }
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        return java.util.Arrays.equals(head, ole2);
    }

    /** Inflates every part without keeping it, counting: null when all are within the limits. */
    private static String sizes(ZipFile zip) throws IOException {
        if (zip.size() > MAX_PARTS) {
            return Chinese.text("workbook.tooManyParts", MAX_PARTS);
        }
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            long limit = limitOf(entry.getName());
            long ratioLimit = Math.max(RATIO_FROM, MAX_RATIO * Math.max(0, entry.getCompressedSize()));
            long size = 0;
            boolean sharedStrings = limit == MAX_SHARED_STRINGS;
            StringCounter strings = new StringCounter();
            try (InputStream in = zip.getInputStream(entry)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (sharedStrings) {
                        strings.scan(buffer, n);
                    }
                    if (size > ratioLimit) {
                        return Chinese.text("workbook.bomb", MAX_RATIO);
                    }
                    if (size > limit || total > MAX_TOTAL) {
                        return Chinese.text("workbook.tooLarge", Math.min(limit, MAX_TOTAL) >> 20);
                    }
                }
            }
            long heap = Runtime.getRuntime().maxMemory() / 3;
            if (sharedStrings && size + HEAP_PER_STRING * strings.count > heap) {
                return Chinese.text("workbook.tooLarge", heap >> 20);
            }
        }
        return null;
    }

    /** Counts the {@code <si>} elements of the shared strings as their bytes go by. */
    private static final class StringCounter {
        private long count;
        private int matched; // how much of "<si" the last bytes matched; 3 when a following > or space is due

        void scan(byte[] bytes, int n) {
            for (int i = 0; i < n; i++) {
                byte b = bytes[i];
                if (matched == 3) {
                    if (b == '>' || b == ' ' || b == '/') {
                        count++;
                    }
                    matched = 0;
                }
                if (b == '<') {
                    matched = 1;
                } else if (matched == 1 && b == 's') {
                    matched = 2;
                } else if (matched == 2 && b == 'i') {
                    matched = 3;
                } else if (matched != 3) {
                    matched = 0;
                }
            }
        }
    }

    private static long limitOf(String part) {
        String name = part.toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("xl/worksheets/") || name.startsWith("xl/media/")) {
            return MAX_TOTAL;
        }
        if (name.endsWith("sharedstrings.xml")) {
            return MAX_SHARED_STRINGS;
        }
        return MAX_OTHER_PART;
    }

    /** The workbook part, its sheets in order and their relationship types. */
    private static Result structure(ZipFile zip) throws IOException, XMLStreamException {
        String workbookPart = null;
        for (Relationship r : relationships(zip, "_rels/.rels", "")) {
            if (r.type.endsWith("/officeDocument")) {
                workbookPart = r.target;
            }
        }
        if (workbookPart == null || zip.getEntry(workbookPart) == null) {
            return Result.refused("corrupt");
        }
        String folder = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        String rels = folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels";
        Map<String, String> typeById = new HashMap<>();
        for (Relationship r : relationships(zip, rels, folder)) {
            typeById.put(r.id, r.type);
        }
        List<String> sheetTypes = new ArrayList<>();
        boolean date1904 = false;
        try (InputStream in = zip.getInputStream(zip.getEntry(workbookPart))) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if (xml.getLocalName().equals("sheet")) {
                    String id = xml.getAttributeValue(RELATIONSHIPS, "id");
                    if (id == null) {
                        id = xml.getAttributeValue(STRICT_RELATIONSHIPS, "id");
                    }
                    sheetTypes.add(typeById.getOrDefault(id, ""));
                }
            }
            xml.close();
        }
        for (int i = 0; i < sheetTypes.size(); i++) {
            if (sheetTypes.get(i).endsWith("/worksheet")) {
                return new Result(null, i, date1904);
            }
        }
        return Result.refused("noWorksheet");
    }

    private record Relationship(String id, String type, String target) {
    }

    private static List<Relationship> relationships(ZipFile zip, String part, String folder)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return List.of();
        }
        List<Relationship> found = new ArrayList<>();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = xml.getAttributeValue(null, "Target");
                    target = target.startsWith("/") ? target.substring(1) : folder + target;
                    found.add(new Relationship(xml.getAttributeValue(null, "Id"),
                            xml.getAttributeValue(null, "Type"), target));
                }
            }
            xml.close();
        }
        return found;
    }

    /** No DTDs, no external entities: a workbook is untrusted input. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
