package com.districtbulletin.fingerprint;

import com.districtbulletin.text.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the documents are made with besides their data: the product's classes (layout, wording in
 * code), its Chinese text and its fonts, as a SHA-256 of their bytes — of the fonts' lengths and
 * CRC-32C: a font changes only whole, with a new build, and a SHA-256 of their 35 MB cost every
 * process about a second of CPU (JFR). A document written by
 * another build is rewritten even when its data did not change; the product version alone would
 * not tell two builds of one version apart.
 */
public final class BuildIdentity {

    /** Each folder of the class path that counts, and the files in it. */
    private static final String FONTS = "fonts/";
    private static final List<String> ROOTS = List.of("com/districtbulletin/", "text/", FONTS);
    private static final List<String> FILES = List.of("**/*.class", "**/*.properties", "**/*.*");

    private static byte[] digest;

    private BuildIdentity() {
    }

    /** Computed once per process: the build does not change while it runs. */
    public static synchronized byte[] digest() {
        if (digest == null) {
            digest = compute();
        }
        return digest.clone();
    }

    private static byte[] compute() {
        MessageDigest sha = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        try {
            for (Map.Entry<String, Resource> e : files().entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                boolean font = e.getKey().startsWith(FONTS);
                CRC32C crc = new CRC32C();
                long length = 0;
                try (InputStream in = e.getValue().getInputStream()) {
                    for (int n; (n = in.read(buffer)) > 0; length += n) {
                        if (font) {
                            crc.update(buffer, 0, n);
                        } else {
                            sha.update(buffer, 0, n);
                        }
                    }
                }
                if (font) {
                    sha.update((length + ":" + crc.getValue()).getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha.digest();
    }

    /** The names of the files the identity is computed from ({@code com/districtbulletin/…}, {@code text/…}, {@code fonts/…}). */
    static List<String> resources() {
        try {
            return List.copyOf(files().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files by name, in order; a name found twice on the class path (classes and test classes) counts each. */
    private static Map<String, Resource> files() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
                BuildIdentity.class.getClassLoader());
        Map<String, Resource> files = new TreeMap<>();
        for (int i = 0; i < ROOTS.size(); i++) {
            String root = ROOTS.get(i);
            for (Resource r : resolver.getResources("classpath*:" + root + FILES.get(i))) {
                if (r.isReadable()) {
                    String name = name(r, root);
                    while (files.containsKey(name)) {
                        name += "'";
                    }
                    files.put(name, r);
                }
            }
        }
        return files;
    }

    /** The resource's name from its root on: the same wherever the jar or the classes folder lies. */
    private static String name(Resource r, String root) {
        try {
            String url = r.getURL().toString();
            return url.substring(Math.max(0, url.lastIndexOf(root)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
