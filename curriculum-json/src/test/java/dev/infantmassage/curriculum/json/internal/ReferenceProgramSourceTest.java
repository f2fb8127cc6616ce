package dev.infantmassage.curriculum.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled reference program is the shipped file, read in full: the generated source is what the
 * file generates now. After changing the file, regenerate with {@code -Dreference.program.update=true}.
 */
class ReferenceProgramSourceTest {
    static final Path SOURCE = Path.of(
            "src/main/java/dev/infantmassage/curriculum/json/internal/" + ReferenceProgramSource.CLASS_NAME + ".java");

    private static Curriculum readInFull() {
        return CurriculumJson.create()
                .read(ReferenceCurricula.fiveWeekProgramJson(), ReferenceCurricula.RESOURCE)
                .orElseThrow();
    }

    @BeforeAll
    static void updateWhenAsked() throws IOException {
        if (Boolean.getBoolean("reference.program.update")) {
            Files.writeString(SOURCE, ReferenceProgramSource.of(readInFull()), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void source_isWhatTheShippedFileGenerates() throws IOException {
        assertThat(Files.readString(SOURCE, StandardCharsets.US_ASCII))
                .as("regenerate with -Dreference.program.update=true")
                .isEqualTo(ReferenceProgramSource.of(readInFull()));
    }

    @Test
    void literal_escapesWhatJavaSourceCannotHoldAsIs() {
        assertThat(ReferenceProgramSource.literal("a\"b\\c\nd\u00e1\u2014"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\u00e1\\u2014\"");
    }
}
