package dev.infantmassage.curriculum.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders {@code docs/rules.md} from the catalogue; {@link RulesDocTest} checks the file against it. */
final class RulesDoc {
    private RulesDoc() {}

    private static final Map<String, String> GROUP_TITLES = Map.ofEntries(
            Map.entry("json", "Reading JSON"),
            Map.entry("constraint", "Structural constraints"),
            Map.entry("id", "Identifiers"),
            Map.entry("reference", "References"),
            Map.entry("schedule", "The five-week schedule"),
            Map.entry("order", "Teaching order"),
            Map.entry("direction", "Stroke directions"),
            Map.entry("stroke", "Strokes"),
            Map.entry("oil", "Oil"),
            Map.entry("week", "Weekly sessions"),
            Map.entry("contraindication", "Contraindications"),
            Map.entry("text", "Texts and languages"));

    private static final String INTRO = """
            # Validation rules

            Everything the library reports about a curriculum has a stable **code**, listed below with its default
            severity and what it checks. Codes are API: they are never renamed, so tools and configurations can rely
            on them. This file is checked against `IssueCode` by `RulesDocTest`.

            ## Severities

            - **error**: the content is wrong. A curriculum with errors fails validation, and the CLI exits with 1.
            - **warning**: probably a mistake, or a gap worth filling. Validation still passes (the CLI's `--strict`
              and `--max-warnings` can make warnings fail too).
            - **info**: worth knowing; nothing to fix.

            Structural and safety problems are errors; style, teaching-order and coverage findings are warnings.

            ## Fixes

            Each code also says what a tool that changes files may do about it (`Fix:` after the severity):
            `curriculum fix` ([cli.md](cli.md#fix---dry-run----check-path)) and `CurriculumJson.fix` make the
            safe fixes and nothing else; the language server offers them as quick fixes.

            - **safe-fix**: the file can be changed without changing what it says, when the change is
              unambiguous: a misspelt property name with exactly one candidate, a code of a fixed list spelt in
              another case or with underscores, the order of the weeks. A tool may apply these without asking;
              an ambiguous one (two candidate names) is only shown.
            - **suggestion**: a change can be proposed, but it could change what is taught or how safely:
              another reference, another order of strokes, anything about contraindications, cues, permission,
              age, oil, direction or sites. A tool may show these, and never applies them on its own.
            - **none**: there is no change to propose; the author decides what the file should say.

            ## Locations

            Each issue names where it was found as a JSON Pointer into the curriculum document, for example
            `/schedule/weeks/2/reviewStrokes/1` (the second reviewed stroke of the third week in the file) or
            `/strokes/4/direction`. Reference problems point at the reference itself; problems of the schedule as a
            whole point at `/schedule/weeks`. When the curriculum was read from a file, the CLI also prints the file,
            line and column: `week-plan.json:42:17: error: ... [code] at /schedule/weeks/2/reviewStrokes/1`.

            ## Tuning

            Any code can be silenced or re-levelled. On the command line:

            ```text
            curriculum validate my.curriculum.json --ignore text.translation.missing --severity order.week.regions=error
            ```

            In Java, pass `ValidationOptions` to `CurriculumValidator.create(options)` (or to
            `CurriculumJson.builder().validationOptions(options)`):

            ```java
            ValidationOptions options = ValidationOptions.builder()
                    .addIgnored(IssueCode.TEXT_TRANSLATION_MISSING)
                    .putSeverityOverride(IssueCode.ORDER_WEEK_REGIONS, Severity.ERROR)
                    .build();
            ```

            ## Format of this file

            Each code is a `###` heading, then a line `Severity: <default> · Fix: <kind>`, then one paragraph describing
            the rule.
            Codes are grouped by their first segment. After the paragraph come the failing and the fixed example that
            `curriculum explain CODE` shows, each checked against the validator by `ExplainExamplesTest`; edits apply
            to the small valid curriculum `curriculum-cli/src/test/resources/sample.curriculum.json`, each `at POINTER:`
            followed by the value, or the members, put at that JSON Pointer. `RulesDocExamplesTest` (curriculum-cli)
            keeps them in step; after regenerating this file from `IssueCode`, add them back with its
            `-Drules.examples.update=true`.
            """;

    /** The codes grouped by their first segment, groups in order of first appearance, catalogue order within. */
    static List<IssueCode> inDocumentOrder() {
        List<String> groups = new ArrayList<>();
        for (IssueCode code : IssueCode.values()) {
            if (!groups.contains(group(code))) {
                groups.add(group(code));
            }
        }
        List<IssueCode> codes = new ArrayList<>(Arrays.asList(IssueCode.values()));
        codes.sort(Comparator.comparingInt(code -> groups.indexOf(group(code))));
        return codes;
    }

    static String group(IssueCode code) {
        int dot = code.code().indexOf('.');
        return dot < 0 ? code.code() : code.code().substring(0, dot);
    }

    static String render() {
        StringBuilder doc = new StringBuilder(INTRO);
        Map<String, List<IssueCode>> byGroup = new LinkedHashMap<>();
        for (IssueCode code : inDocumentOrder()) {
            byGroup.computeIfAbsent(group(code), key -> new ArrayList<>()).add(code);
        }
        byGroup.forEach((group, codes) -> {
            doc.append("\n## ")
                    .append(GROUP_TITLES.getOrDefault(group, group))
                    .append(" (`")
                    .append(group)
                    .append(".*`)\n");
            for (IssueCode code : codes) {
                doc.append("\n### ")
                        .append(code.code())
                        .append("\n\n")
                        .append("Severity: ")
                        .append(code.defaultSeverity().code())
                        .append(" · Fix: ")
                        .append(code.fixKind().code())
                        .append("\n\n")
                        .append(code.description())
                        .append('\n');
            }
        });
        return doc.toString();
    }
}
