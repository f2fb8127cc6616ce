package dev.infantmassage.curriculum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFilesTest {
    @TempDir
    Path work;

    @Test
    void write_threeCopies_writesDistinctValidFilesAndTheReference() throws IOException {
        BatchFiles.write(work, 3);

        List<Path> files;
        try (Stream<Path> listing = Files.list(work.resolve("files"))) {
            files = listing.sorted().toList();
        }
        assertThat(files)
                .extracting(file -> file.getFileName().toString())
                .containsExactly(
                        "program-0001.curriculum.json", "program-0002.curriculum.json", "program-0003.curriculum.json");
        CurriculumJson json = CurriculumJson.create();
        String referenceId = ReferenceCurricula.fiveWeekProgram().getId();
        for (int i = 0; i < files.size(); i++) {
            ReadResult read = json.read(files.get(i));
            assertThat(read.hasErrors()).as(read.report().toString()).isFalse();
            assertThat(read.orElseThrow().getId()).isEqualTo(referenceId + "-copy-" + (i + 1));
        }
        assertThat(work.resolve("one").resolve(BatchFiles.REFERENCE_FILE))
                .hasBinaryContent(ReferenceCurricula.fiveWeekProgramJson());
    }
}
