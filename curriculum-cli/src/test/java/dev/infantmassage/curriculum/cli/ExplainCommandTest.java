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
                .startsWith("json.unknown-property (default severity: error, fix: safe-fix)\n\n")
                .contains("The property is not part of the format.")
                .contains("Message: Property '{0}' is not allowed in {1}{2}")
                .contains("under each 'at POINTER:' are the value")
                .contains("Fails, reported at /routines/0/steps/1/repetition:\n"
                        + "    at /routines/0/steps/1:\n    \"stroke\": \"stomach-sun-moon\",\n    \"repetition\": 6,")
                .contains(
                        "Fixed:\n    at /routines/0/steps/1:\n    \"stroke\": \"stomach-sun-moon\",\n    \"repetitions\": 6,");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void explain_safetyCode_saysFixOnlyShowsIt() {
        CliRun run = CliRun.run("explain", "contraindication.site.missing");

        assertThat(run.out())
                .startsWith("contraindication.site.missing (default severity: error, fix: suggestion)\n\n")
                .contains("\nFix: suggestion: 'curriculum fix' shows the change, and never makes it on its own\n");
    }

    @Test
    void explain_codeWithoutChangeToPropose_saysSo() {
        CliRun run = CliRun.run("explain", "json.syntax");

        assertThat(run.out())
                .startsWith("json.syntax (default severity: error, fix: none)\n\n")
                .contains("\nFix: none: there is no change to propose; the author decides\n");
    }

    @Test
    void explain_wholeDocumentExample_hasNoEditNote() {
        CliRun run = CliRun.run("explain", "json.syntax");

        assertThat(run.out())
                .contains("Fails, reported at the top of the file:\n    {\n      \"id\": \"my-class\",")
                .doesNotContain("at POINTER");
    }

    @Test
    void explain_codeNoFileContentRaises_saysWhyThereIsNoExample() {
        CliRun run = CliRun.run("explain", "json.unreadable");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("The file does not exist")
                .contains("No example: the file cannot be opened at all")
                .doesNotContain("Fails");
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
        assertThat(run.err())
                .contains("'json.unknown-propety' is not an issue code; did you mean json.unknown-property")
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
    void examples_areNamedAfterCodes() throws IOException, URISyntaxException {
        Path folder = Path.of(ExplainCommand.class.getResource("explain").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.of(IssueCode.values())
                            .map(code -> code.code() + ".txt")
                            .toList());
        }
    }
}
