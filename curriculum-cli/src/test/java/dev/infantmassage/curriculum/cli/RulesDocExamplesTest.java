package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} shows, under each code's paragraph, the failing and the fixed example that
 * {@code curriculum explain} shows and {@link ExplainExamplesTest} checks. When the examples change,
 * regenerate them with {@code ./mvnw -pl curriculum-cli -am verify -Dtest=RulesDocExamplesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drules.examples.update=true}.
 */
class RulesDocExamplesTest {
    private static final Path DOC = Path.of("..", "docs", "rules.md");
    static final String START = "<!-- example: checked by RulesDocExamplesTest -->";
    static final String END = "<!-- /example -->";

    @Test
    void rulesDoc_showsEveryCodesExample() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String expected = withExamples(withoutExamples(doc));
        if (Boolean.getBoolean("rules.examples.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }

        assertThat(doc)
                .as("docs/rules.md's examples disagree with the explain examples; regenerate them with "
                        + "-Drules.examples.update=true (see RulesDocExamplesTest)")
                .isEqualTo(expected);
    }

    @Test
    void withExamples_putsTheBlockAfterTheParagraph() {
        String doc = "### json.syntax\n\nSeverity: error\n\nThe file is\nnot JSON.\n\n### not.a-code\n";

        String shown = withExamples(doc);

        assertThat(shown)
                .startsWith("### json.syntax\n\nSeverity: error\n\nThe file is\nnot JSON.\n\n" + START + "\n\n"
                        + "Fails, reported at the top of the file:\n\n```json\n{\n  \"id\": \"my-class\",")
                .endsWith("\n" + END + "\n\n### not.a-code\n");
        assertThat(withoutExamples(shown)).isEqualTo(doc);
    }

    static String withoutExamples(String doc) {
        return doc.replaceAll(
                "(?s)" + java.util.regex.Pattern.quote(START) + ".*?" + java.util.regex.Pattern.quote(END) + "\n\n",
                "");
    }

    static String withExamples(String doc) {
        List<String> lines = doc.lines().toList();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++);
            text.append(line).append('\n');
            if (!line.startsWith("### ")) {
                continue;
            }
            IssueCode code = IssueCode.fromCode(line.substring(4).strip()).orElse(null);
            int blanks = 0;
            while (code != null && i < lines.size() && blanks < 2) {
                String next = lines.get(i++);
                text.append(next).append('\n');
                if (next.isBlank()) {
                    blanks++;
                }
            }
            if (code != null) {
                while (i < lines.size()
                        && !lines.get(i).isBlank()
                        && !lines.get(i).startsWith("#")) {
                    text.append(lines.get(i++)).append('\n');
                }
                text.append('\n').append(block(code)).append('\n');
                if (i < lines.size() && lines.get(i).isBlank()) {
                    i++;
                }
            }
        }
        return text.toString();
    }

    private static String block(IssueCode code) {
        ExplainCommand.Example example = ExplainCommand.example(code);
        StringBuilder text = new StringBuilder(START).append("\n\n");
        if (example.withoutExample().isPresent()) {
            text.append("No example: ").append(example.withoutExample().get()).append("\n\n");
        } else {
            String language = example.isEdit() ? "text" : "json";
            text.append("Fails")
                    .append(example.failingEncoding()
                            .map(charset -> " (saved as " + charset + ")")
                            .orElse(""))
                    .append(", reported at ")
                    .append(example.issueAt().isEmpty() ? "the top of the file" : "`" + example.issueAt() + "`")
                    .append(
                            example.alsoReported().isEmpty()
                                    ? ""
                                    : "; also reported: `" + String.join("`, `", example.alsoReported()) + "`")
                    .append(":\n\n```")
                    .append(language)
                    .append('\n')
                    .append(example.failing().strip())
                    .append("\n```\n\n")
                    .append("Fixed:\n\n```")
                    .append(language)
                    .append('\n')
                    .append(example.fixed().strip())
                    .append("\n```\n\n");
        }
        return text.append(END).append('\n').toString();
    }
}
