package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.infantmassage.curriculum.validation.Issue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The corpus of broken files in {@code src/test/resources/broken/}: each yields the code, pointer, line
 * and column that {@code expected.csv} names, and reading never throws.
 */
class BrokenFilesTest {
    static Path corpus() throws URISyntaxException {
        return Path.of(BrokenFilesTest.class.getResource("/broken/expected.csv").toURI())
                .getParent();
    }

    static ReadLimits limits(String spec) {
        ReadLimits.Builder limits = ReadLimits.builder();
        if (spec != null) {
            for (String setting : spec.split(";")) {
                String[] pair = setting.split("=", 2);
                long value = Long.parseLong(pair[1]);
                switch (pair[0]) {
                    case "maxFileBytes" -> limits.maxFileBytes(value);
                    case "maxDepth" -> limits.maxDepth((int) value);
                    case "maxStringLength" -> limits.maxStringLength((int) value);
                    case "maxNumberLength" -> limits.maxNumberLength((int) value);
                    default -> throw new IllegalArgumentException("Unknown limit " + pair[0]);
                }
            }
        }
        return limits.build();
    }

    @ParameterizedTest(name = "{0}: {2} at {3}")
    @CsvFileSource(resources = "/broken/expected.csv")
    void read_brokenFile_reportsExpectedIssue(
            String file, String limits, String code, String pointer, int line, int column) throws URISyntaxException {
        Path path = corpus().resolve(file);

        ReadResult result =
                CurriculumJson.builder().limits(limits(limits)).build().read(path);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.report().issues())
                .extracting(
                        issue -> issue.getCode().code(),
                        issue -> issue.getLocation().toPointer(),
                        issue -> issue.getLine().orElse(0),
                        issue -> issue.getColumn().orElse(0))
                .contains(tuple(code, pointer == null ? "" : pointer, line, column));
        assertThat(result.report().issues()).allSatisfy(issue -> {
            assertThat(issue.getFile()).contains(path.toString());
            assertThat(issue.getLine()).isPresent();
            assertThat(issue.getColumn()).isPresent();
        });
        if (code.startsWith("json.")) {
            assertThat(result.curriculum()).isEmpty();
        }
    }

    @Test
    void corpus_everyFileHasAnExpectation() throws IOException, URISyntaxException {
        List<String> expected = Files.readAllLines(corpus().resolve("expected.csv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(',')))
                .toList();
        try (Stream<Path> files = Files.list(corpus())) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(
                            expected.stream().distinct().toList());
        }
    }

    @Test
    void read_unknownProperty_suggestsNearestNameOnce() throws URISyntaxException {
        ReadResult result = CurriculumJson.create().read(corpus().resolve("unknown-property.json"));

        assertThat(result.report().issues())
                .filteredOn(issue -> issue.getCode().code().startsWith("json."))
                .extracting(Issue::getMessage)
                .containsExactly("Property 'duration' is not allowed in a stroke; did you mean 'durationSeconds'?");
    }

    @Test
    void read_wrongType_namesFoundAndExpected() throws URISyntaxException {
        ReadResult result = CurriculumJson.create().read(corpus().resolve("wrong-type-text-for-number.json"));

        assertThat(result.report().issues())
                .filteredOn(issue -> issue.getCode().code().startsWith("json."))
                .extracting(Issue::getMessage)
                .containsExactly("'repetitions' must be a whole number, but was text 'six'");
    }
}
