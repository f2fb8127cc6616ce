package dev.infantmassage.curriculum.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} lists every {@link IssueCode} with its default severity and description, and
 * nothing else. The checked-in file is what is tested; when the catalogue changes, regenerate it with
 * {@code ./mvnw -o -pl curriculum-core test -Dtest=RulesDocTest -Drules.doc.update=true}.
 */
class RulesDocTest {
    private static final Path DOC = Path.of("..", "docs", "rules.md");

    /**
     * One entry of the doc: {@code ### code}, {@code Severity: level · Fix: kind}, then a one-paragraph
     * description.
     */
    record Entry(String severity, String fix, String description) {}

    @BeforeAll
    static void updateOnRequest() throws IOException {
        if (Boolean.getBoolean("rules.doc.update")) {
            Files.writeString(DOC, RulesDoc.render(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rulesDoc_listsEveryCodeWithSeverityAndDescription() throws IOException {
        Map<String, Entry> documented = parse(Files.readString(DOC, StandardCharsets.UTF_8));

        assertThat(documented)
                .as("docs/rules.md disagrees with IssueCode; regenerate it with "
                        + "./mvnw -o -pl curriculum-core test -Dtest=RulesDocTest -Drules.doc.update=true")
                .containsExactlyInAnyOrderEntriesOf(expected());
    }

    @Test
    void rulesDoc_listsCodesGroupedByPrefixInCatalogueOrder() throws IOException {
        Map<String, Entry> documented = parse(Files.readString(DOC, StandardCharsets.UTF_8));

        assertThat(new ArrayList<>(documented.keySet()))
                .isEqualTo(new ArrayList<>(expected().keySet()));
    }

    @Test
    void parse_readsHeadingSeverityAndParagraph() {
        String doc = """
                # Title

                Intro with a ### not at the start.

                ## json

                ### json.syntax

                Severity: error · Fix: none

                The file is not
                well-formed JSON.

                ### json.truncated
                Severity: warning · Fix: safe-fix
                Cut off.
                """;

        assertThat(parse(doc))
                .containsExactly(
                        Map.entry("json.syntax", new Entry("error", "none", "The file is not well-formed JSON.")),
                        Map.entry("json.truncated", new Entry("warning", "safe-fix", "Cut off.")));
    }

    private static Map<String, Entry> expected() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (IssueCode code : RulesDoc.inDocumentOrder()) {
            entries.put(
                    code.code(),
                    new Entry(code.defaultSeverity().code(), code.fixKind().code(), code.description()));
        }
        return entries;
    }

    /** Reads the entries; a missing or malformed severity line reads as the line itself, so it shows in the diff. */
    static Map<String, Entry> parse(String doc) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> lines = doc.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (!line.startsWith("### ")) {
                continue;
            }
            String code = line.substring(4).strip().replace("`", "");
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            String severityLine = i < lines.size() ? lines.get(i++).strip() : "";
            String severity = severityLine.startsWith("Severity: ")
                    ? severityLine.substring(10).strip()
                    : severityLine;
            String fix = "";
            int fixAt = severity.indexOf(" · Fix: ");
            if (fixAt >= 0) {
                fix = severity.substring(fixAt + 8).strip();
                severity = severity.substring(0, fixAt).strip();
            }
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            List<String> paragraph = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                paragraph.add(lines.get(i++).strip());
            }
            entries.put(code, new Entry(severity, fix, String.join(" ", paragraph)));
        }
        return entries;
    }
}
