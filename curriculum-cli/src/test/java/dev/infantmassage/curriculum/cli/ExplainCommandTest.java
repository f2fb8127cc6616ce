package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    @Test
    void explain_codeWithExample_showsDescriptionSeverityAndBothSnippets() {
        CliRun run = CliRun.run("explain", "json.unknown-property");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("json.unknown-property (default severity: error)\n\n")
                .contains("The property is not part of the format.")
                .contains("Message: Property '{0}' is not allowed in {1}{2}")
                .contains("Fails:\n    {\n      \"id\": \"legs-toe-roll\",\n      \"repetition\": 5,")
                .contains("Fixed:\n    {\n      \"id\": \"legs-toe-roll\",\n      \"repetitions\": 5,");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void explain_codeWithoutExample_saysSo() {
        IssueCode withoutExample = Stream.of(IssueCode.values())
                .filter(code -> ExplainCommand.example(code).isEmpty())
                .findFirst()
                .orElseThrow();

        CliRun run = CliRun.run("explain", withoutExample.code());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(withoutExample.description().substring(0, 20))
                .contains("No example is available for this code yet.")
                .doesNotContain("Fails:");
    }

    @Test
    void explain_wrapsTheDescription() {
        assertThat(CliRun.run("explain", "reference.unresolved").out().lines()).allMatch(line -> line.length() <= 100);
    }

    @Test
    void explain_unknownCode_isAUsageErrorWithSuggestion() {
        CliRun run = CliRun.run("explain", "json.unknown-propety");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("'json.unknown-propety' is not an issue code; did you mean json.unknown-property")
                .doesNotContain("Exception");
    }

    @Test
    void explain_withoutCode_listsEveryCode() {
        CliRun run = CliRun.run("explain");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(IssueCode.values().length);
        for (IssueCode code : IssueCode.values()) {
            assertThat(run.out()).contains(code.code());
        }
    }

    @Test
    void examples_areNamedAfterCodesAndHaveBothParts() throws IOException, URISyntaxException {
        Path folder = Path.of(ExplainCommand.class.getResource("explain").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                assertThat(name).endsWith(".txt");
                IssueCode code = IssueCode.fromCode(name.substring(0, name.length() - 4)).orElseThrow(
                        () -> new AssertionError(name + " names no issue code"));
                String[] example = ExplainCommand.example(code).orElseThrow();
                assertThat(example[0]).as(name).isNotBlank();
                assertThat(example[1]).as(name).isNotBlank().isNotEqualTo(example[0]);
            }
        }
    }
}
