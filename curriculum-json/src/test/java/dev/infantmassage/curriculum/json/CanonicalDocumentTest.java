package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code canonical/full.curriculum.json} pins the written form byte for byte: every property of every
 * type, in canonical order, with extensions after the known properties.
 */
class CanonicalDocumentTest {
    private final CurriculumJson json = CurriculumJson.create();

    static byte[] canonical() throws IOException {
        try (InputStream in = CanonicalDocumentTest.class.getResourceAsStream("/canonical/full.curriculum.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void writeBytes_fullCurriculum_equalsCanonicalFile() throws IOException {
        assertThat(new String(json.writeBytes(Fixtures.full()), StandardCharsets.UTF_8))
                .isEqualTo(new String(canonical(), StandardCharsets.UTF_8));
    }

    @Test
    void read_canonicalFile_equalsFullCurriculum() throws IOException {
        ReadResult result = json.read(canonical(), "full.curriculum.json");

        assertThat(result.curriculum()).contains(Fixtures.full());
        assertThat(result.report().issues())
                .noneMatch(issue -> issue.getCode().code().startsWith("json."));
    }

    @Test
    void write_ofReadCanonicalFile_isByteIdentical() throws IOException {
        Curriculum read =
                json.read(canonical(), "full.curriculum.json").curriculum().orElseThrow();

        assertThat(json.writeBytes(read)).isEqualTo(canonical());
    }

    @Test
    void writeString_hasTwoSpaceIndentLineFeedsAndTrailingNewline() {
        String text = json.writeString(Fixtures.minimal());

        assertThat(text)
                .startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"sample\",\n")
                .endsWith("}\n")
                .doesNotContain("\r")
                .doesNotContain("\t");
    }

    @Test
    void writeString_leavesOutDefaultsAndEmptyLists() {
        String text = json.writeString(Fixtures.minimal());

        assertThat(text)
                .doesNotContain("\"repetitions\": 1,")
                .doesNotContain("\"role\": \"stroke\"")
                .doesNotContain("\"minAgeWeeks\"")
                .doesNotContain("\"askProfessional\"")
                .doesNotContain("[]");
    }

    @Test
    void read_nonCanonicalSpelling_writesCanonicalForm() throws IOException {
        String canonical = new String(canonical(), StandardCharsets.UTF_8);
        String loose = "\uFEFF"
                + canonical
                        .replace("\n", "\r\n")
                        .replace("  ", "\t")
                        .replace(
                                "\"direction\": \"static\",",
                                "\"direction\": \"static\", \"repetitions\": 1, \"oil\": \"recommended\", \"minAgeWeeks\": 0,");

        Curriculum read =
                json.readString(loose, "loose.curriculum.json").curriculum().orElseThrow();

        assertThat(json.writeString(read)).isEqualTo(canonical);
    }

    @Test
    void write_toStreamAndFile_writesCanonicalBytes(@TempDir Path directory) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path file = directory.resolve("out.curriculum.json");

        json.write(Fixtures.full(), out);
        json.write(Fixtures.full(), file);

        assertThat(out.toByteArray()).isEqualTo(canonical());
        assertThat(Files.readAllBytes(file)).isEqualTo(canonical());
        assertThat(json.read(file).curriculum()).contains(Fixtures.full());
    }
}
