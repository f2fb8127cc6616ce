package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.validation.Issue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden cases for the curriculum rules, read through the real reader: each folder of
 * {@code src/test/resources/cases/} holds an {@code input.json} and the {@code expected.json} list of
 * (severity, code, pointer) it must produce, no more and no less. Messages are not compared, so their
 * wording can improve freely.
 */
class RuleCasesTest {
    private static final CurriculumJson JSON = CurriculumJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<String> data_cases() throws IOException, URISyntaxException {
        Path root = root();
        try (Stream<Path> folders = Files.list(root)) {
            return folders
                    .filter(Files::isDirectory)
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static Path root() throws URISyntaxException {
        return Path.of(RuleCasesTest.class
                        .getResource("/cases/valid-sample/input.json")
                        .toURI())
                .getParent()
                .getParent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_cases")
    void read_case_reportsExactlyTheExpectedIssues(String name) throws Exception {
        Path folder = root().resolve(name);
        List<Map<String, String>> expected = MAPPER.readValue(
                folder.resolve("expected.json").toFile(), new TypeReference<List<Map<String, String>>>() {});

        ReadResult result = JSON.read(folder.resolve("input.json"));

        assertThat(result.curriculum()).isPresent();
        assertThat(result.report().issues())
                .extracting(issue -> issue.getSeverity().code() + " "
                        + issue.getCode().code() + " " + issue.getLocation().toPointer())
                .as(result.report().toString())
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(issue -> issue.get("severity") + " " + issue.get("code") + " " + issue.get("pointer"))
                        .toList());
        assertThat(result.report().issues()).allSatisfy(RuleCasesTest::hasPosition);
    }

    private static void hasPosition(Issue issue) {
        assertThat(issue.getLine()).as("line of %s", issue).isPresent();
        assertThat(issue.getFile()).as("file of %s", issue).isPresent();
    }
}
