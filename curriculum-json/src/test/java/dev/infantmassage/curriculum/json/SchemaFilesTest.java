package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.internal.SchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema and its copy in {@code docs/} are what the format table generates. After changing
 * the format, regenerate both with {@code -Dcurriculum.schema.update=true}.
 */
class SchemaFilesTest {
    static final Path RESOURCE = Path.of("src/main/resources/dev/infantmassage/curriculum/json/curriculum.schema.json");
    static final Path DOCS = Path.of("../docs/curriculum.schema.json");

    @BeforeAll
    static void updateWhenAsked() throws IOException {
        if (Boolean.getBoolean("curriculum.schema.update")) {
            String generated = SchemaGenerator.generate();
            Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
            Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
        }
    }

    @Test
    void schemaResource_equalsGenerated() throws IOException {
        assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8))
                .as("regenerate with -Dcurriculum.schema.update=true")
                .isEqualTo(SchemaGenerator.generate());
    }

    @Test
    void docsCopy_equalsResource() throws IOException {
        assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
                .as("regenerate with -Dcurriculum.schema.update=true")
                .isEqualTo(Files.readString(RESOURCE, StandardCharsets.UTF_8));
    }

    @Test
    void schema_returnsShippedResource() {
        assertThat(CurriculumJson.schema()).isEqualTo(SchemaGenerator.generate());
    }
}
