package com.districtbulletin.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README stays short enough to be read to the end, and every relative link in it and in
 * {@code docs/} leads to a file that exists and, for a {@code #fragment}, to a heading of that
 * file (GitHub's anchors).
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*$", Pattern.MULTILINE);

    @Test
    void readmeIsUnderTwoHundredLines() throws IOException {
        assertThat(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)).hasSizeLessThan(200);
    }

    @Test
    void everyLinkOfTheReadmeAndTheDocsResolves() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path document : documents) {
            Matcher link = LINK.matcher(Files.readString(document, StandardCharsets.UTF_8));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto: — not ours to check offline
                }
                checked++;
                String problem = problem(document, target);
                if (problem != null) {
                    broken.add(document + ": " + target + " — " + problem);
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
        assertThat(checked).as("links checked").isGreaterThan(10);
    }

    @Test
    void theInstallTestFollowsTheInstallGuideItNames() throws IOException {
        assertThat(Files.readString(Path.of(".ci/install-test.sh"))).contains("docs/install.md");
        assertThat(Files.readString(Path.of("docs/install.md"))).contains(".ci/install-test.sh");
    }

    private static String problem(Path document, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? document : document.resolveSibling(file).normalize();
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (hash < 0) {
            return null;
        }
        if (Files.isDirectory(resolved)) {
            return "a fragment on a folder";
        }
        String anchor = target.substring(hash + 1);
        return anchors(resolved).contains(anchor) ? null : "no heading with the anchor #" + anchor;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces turned into hyphens. */
    static Set<String> anchors(Path markdown) throws IOException {
        Matcher heading = HEADING.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        return heading.results()
                .map(match -> match.group(1).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]", "")
                        .replace(' ', '-'))
                .collect(Collectors.toSet());
    }
}
