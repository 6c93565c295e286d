package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's signature changes with any change to the file, even one that keeps its size and modification time. */
class FileSignatureTest {

    @TempDir
    Path folder;

    private final Instant later = Instant.now().plusSeconds(60);

    @Test
    void aFileChangedJustNowHasNone() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"), "a,b\n1,2\n");
        assertThat(FileSignature.of(file, Instant.now())).isNull();
        assertThat(FileSignature.of(file, later)).isNotNull().isEqualTo(FileSignature.of(file, later));
    }

    @Test
    void aRewriteInPlaceKeepingSizeAndModificationTimeChangesIt() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"), "a,b\n1,2\n");
        FileTime modified = Files.getLastModifiedTime(file);
        String before = FileSignature.of(file, later);
        Thread.sleep(20);
        Files.writeString(file, "a,b\n1,3\n");
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(FileSignature.of(file, later)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aFileRenamedOverItChangesIt() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"), "a,b\n1,2\n");
        String before = FileSignature.of(file, later);
        Path other = Files.writeString(folder.resolve("b.csv"), "a,b\n1,3\n");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(FileSignature.of(file, later)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aLinkOrFolderHasNone() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"), "a,b\n");
        Path link = Files.createSymbolicLink(folder.resolve("l.csv"), file);
        assertThat(FileSignature.of(link, later)).isNull();
        assertThat(FileSignature.of(Files.createDirectory(folder.resolve("d.csv")), later)).isNull();
        assertThat(FileSignature.of(folder.resolve("gone.csv"), later)).isNull();
    }
}
