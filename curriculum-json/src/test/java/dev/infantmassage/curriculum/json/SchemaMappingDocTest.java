package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/format.md}'s editor setup maps the {@code $schema} address to a schema file of the
 * checkout, for VS Code and IntelliJ IDEA; each file it names must exist and be the bundled schema.
 */
class SchemaMappingDocTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern SCHEMA_FILE = Pattern.compile("[`\"](?:\\./)?([\\w./-]+\\.schema\\.json)[`\"]");

    @Test
    void editorSupport_mapsTheSchemaAddressToTheBundledSchema() throws IOException {
        String section = editorSupport(Files.readString(ROOT.resolve("docs/format.md"), StandardCharsets.UTF_8));

        assertThat(section)
                .contains("\"json.schemas\"")
                .contains("IntelliJ IDEA")
                .contains("JSON Schema Mappings");
        List<String> mapped = SCHEMA_FILE
                .matcher(section)
                .results()
                .map(match -> match.group(1))
                .filter(path -> path.contains("/"))
                .distinct()
                .toList();
        assertThat(mapped).as("schema files mapped in docs/format.md").isNotEmpty();
        for (String path : mapped) {
            Path file = ROOT.resolve(path);
            assertThat(file).as(path).isRegularFile();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(path).isEqualTo(CurriculumJson.schema());
        }
    }

    @Test
    void vsCodeMapping_pointsAtAFileNotTheAddress() throws IOException {
        String section = editorSupport(Files.readString(ROOT.resolve("docs/format.md"), StandardCharsets.UTF_8));
        Matcher url = Pattern.compile("\"url\":\\s*\"([^\"]+)\"").matcher(section);

        assertThat(url.find()).isTrue();
        assertThat(url.group(1)).doesNotStartWith("http");
        assertThat(ROOT.resolve(url.group(1))).isRegularFile();
    }

    private static String editorSupport(String doc) {
        int start = doc.indexOf("## Editor support");
        assertThat(start).as("docs/format.md has an 'Editor support' section").isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }
}
