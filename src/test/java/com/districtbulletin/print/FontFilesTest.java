package com.districtbulletin.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fonts the charts need as files: one kept copy each, whatever runs die on the way. */
class FontFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFontIsWrittenOnceReusedAndRewrittenWhenItsFileIsNotTheBundledOne() throws Exception {
        byte[] font = "not really a font, but bytes".getBytes(StandardCharsets.UTF_8);
        Path file = FontFiles.of(dir, "A.ttf", font).orElseThrow();
        assertThat(Files.readAllBytes(file)).isEqualTo(font);
        assertThat(FontFiles.of(dir, "A.ttf", font)).contains(file);

        Files.writeString(file, "tampered with, same length as it was");
        assertThat(FontFiles.of(dir, "A.ttf", font)).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(font);
        assertThat(files(dir)).containsExactly(file.getFileName().toString());
    }

    @Test
    void whatADeadRunLeftHalfWrittenIsDeletedAndWhatALiveOneWritesIsNot() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path abandoned = Files.writeString(dir.resolve("x-A.ttf." + dead.pid() + ".part"), "half");
        Path live = Files.writeString(dir.resolve("x-A.ttf." + ProcessHandle.current().pid() + ".part"), "half");

        FontFiles.of(dir, "A.ttf", new byte[] {1, 2, 3});

        assertThat(abandoned).doesNotExist();
        assertThat(live).exists();
    }

    /** The issue: 129 copies of the fonts, 1.5 GB, in /tmp after a day of runs killed with kill -9. */
    @Test
    void runsKilledAfterLoadingTheFontsLeaveOneCopyOfEachAndNoTemporaryFile() throws Exception {
        for (int run = 0; run < 3; run++) {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + dir, "-Djava.awt.headless=true", "-cp", classPath,
                    FontLoadingProcess.class.getName())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("process-" + run + ".log").toFile()).start();
            awaitLog(dir.resolve("process-" + run + ".log"), process);
            process.destroyForcibly();
            process.waitFor();
        }
        assertThat(files(dir)).as("no +~JF….tmp font copies").allMatch(n -> n.startsWith("process-")
                || n.equals(FontFiles.FOLDER));
        assertThat(files(dir.resolve(FontFiles.FOLDER))).hasSize(BulletinFonts.Face.values().length)
                .allMatch(n -> n.endsWith(".ttf"));
    }

    /** Waits, however slow the machine, until the process says it loaded the fonts; fails if it ends first. */
    private static void awaitLog(Path log, Process process) throws Exception {
        while (!(Files.exists(log) && Files.readString(log).contains(FontLoadingProcess.LOADED))) {
            assertThat(process.isAlive()).as("process alive; log: %s", Files.exists(log) ? Files.readString(log) : "")
                    .isTrue();
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
    }

    private static List<String> files(Path folder) throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }
}
