package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ./curriculum} command in a {@code ```sh} block of {@code README.md} and {@code docs/*.md}
 * runs, in process, and exits as documented (0, or the {@code # exits N} its comment states); every
 * {@code ```text} block that starts with {@code $ ./curriculum ...} prints what it shows, a {@code ...}
 * line standing for any lines. Files the snippets name are in a scratch folder: {@code content/} and
 * {@code my-class.curriculum.json} are small valid curricula, {@code week-plan.curriculum.json} is
 * {@link #weekPlan()}, {@code curriculum.baseline.json} an empty baseline.
 *
 * <p>Every {@code ```json} block is marked by an HTML comment on the line before it: {@code <!-- file: NAME -->}
 * for a whole curriculum file, which is written to the scratch folder as {@code NAME} for that page's
 * commands (over a fixture of the same name) and must be validated by one of them, so the output the page
 * shows for it is checked; {@code <!-- fragment: what it is -->} for anything else (settings, part of a
 * report). Blocks inside an {@code <!-- example -->} region are rules.md's failing and fixed examples,
 * checked by {@code RulesDocExamplesTest}.
 */
class DocSnippetsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");
    private static final Pattern EXITS = Pattern.compile("#.*\\bexits? (\\d)");
    private static final String PROMPT = "$ ";

    /** One documented command: where it is, its words, the exit code and, if the doc shows it, the output. */
    record Snippet(String doc, int line, String command, int exitCode, Optional<String> output) {
        @Override
        public String toString() {
            return doc + ":" + line + ": " + command;
        }
    }

    /** A {@code ```json} block of a page: its mark ({@code file}, {@code fragment} or {@code example}, empty if none) and name. */
    record JsonBlock(String doc, int line, String mark, String name, String content) {
        @Override
        public String toString() {
            return doc + ":" + line + ": " + (mark.isEmpty() ? "(unmarked)" : mark + " " + name);
        }
    }

    private static final Pattern JSON_MARK = Pattern.compile("<!-- (file|fragment): ?(.*?) -->$");

    @TempDir
    Path scratch;

    private static List<Path> docs() {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static List<Snippet> snippets() {
        List<Snippet> snippets = new ArrayList<>();
        for (Path doc : docs()) {
            snippets.addAll(snippets(ROOT.relativize(doc).toString(), read(doc)));
        }
        return snippets;
    }

    static List<JsonBlock> jsonBlocks() {
        List<JsonBlock> blocks = new ArrayList<>();
        for (Path doc : docs()) {
            blocks.addAll(jsonBlocks(ROOT.relativize(doc).toString(), read(doc)));
        }
        return blocks;
    }

    static List<JsonBlock> jsonBlocks(String doc, String text) {
        List<JsonBlock> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            if (!fence.group(1).equals("json")) {
                continue;
            }
            String before = text.substring(0, fence.start());
            int line = (int) before.lines().count() + 1;
            String previousLine =
                    before.stripTrailing().lines().reduce("", (a, b) -> b).strip();
            Matcher mark = JSON_MARK.matcher(previousLine);
            boolean inExample = before.split("<!-- example", -1).length > before.split("<!-- /example -->", -1).length;
            if (mark.matches()) {
                blocks.add(new JsonBlock(doc, line, mark.group(1), mark.group(2).strip(), fence.group(2)));
            } else {
                blocks.add(new JsonBlock(doc, line, inExample ? "example" : "", "", fence.group(2)));
            }
        }
        return blocks;
    }

    static List<Snippet> snippets(String doc, String text) {
        List<Snippet> snippets = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            int line = (int) text.substring(0, fence.start(2)).lines().count() + 1;
            String body = fence.group(2);
            if (fence.group(1).equals("sh")) {
                List<String> lines = body.replace("\\\n", " ").lines().toList();
                for (String each : lines) {
                    String command = each.strip();
                    if (command.startsWith("./curriculum ") || command.equals("./curriculum")) {
                        Matcher exits = EXITS.matcher(command);
                        int exitCode = exits.find() ? Integer.parseInt(exits.group(1)) : 0;
                        snippets.add(
                                new Snippet(doc, line, withoutCommentAndRedirect(command), exitCode, Optional.empty()));
                    }
                }
            } else if (fence.group(1).equals("text") && body.startsWith(PROMPT + "./curriculum")) {
                int newline = body.indexOf('\n');
                String command = body.substring(PROMPT.length(), newline);
                Matcher exits = EXITS.matcher(command);
                int exitCode = exits.find() ? Integer.parseInt(exits.group(1)) : 0;
                snippets.add(new Snippet(
                        doc,
                        line,
                        withoutCommentAndRedirect(command),
                        exitCode,
                        Optional.of(body.substring(newline + 1))));
            }
        }
        return snippets;
    }

    private static String withoutCommentAndRedirect(String command) {
        String words = command.replaceAll("\\s+#.*$", "");
        int redirect = words.indexOf(" > ");
        return (redirect < 0 ? words : words.substring(0, redirect))
                .replaceAll("\\s+", " ")
                .strip();
    }

    @Test
    void snippets_areFound() {
        assertThat(snippets()).extracting(Snippet::doc).contains("README.md", "docs/cli.md", "docs/planning.md");
        assertThat(snippets())
                .filteredOn(snippet -> snippet.output().isPresent())
                .isNotEmpty();
    }

    @Test
    void snippets_parseShellAndShownOutput() {
        String doc = """
                ```sh
                ./curriculum validate content/   # all of them
                ./curriculum plan --week 1 \\
                    --at 2026-11-21T09:00 --zone UTC
                ./curriculum validate broken.json   # exits 1
                ./curriculum schema > out.json
                ./mvnw verify
                ```

                ```text
                $ ./curriculum explain json.syntax
                json.syntax (default severity: error)
                ...
                ```
                """;

        assertThat(snippets("d.md", doc))
                .containsExactly(
                        new Snippet("d.md", 2, "./curriculum validate content/", 0, Optional.empty()),
                        new Snippet(
                                "d.md",
                                2,
                                "./curriculum plan --week 1 --at 2026-11-21T09:00 --zone UTC",
                                0,
                                Optional.empty()),
                        new Snippet("d.md", 2, "./curriculum validate broken.json", 1, Optional.empty()),
                        new Snippet("d.md", 2, "./curriculum schema", 0, Optional.empty()),
                        new Snippet(
                                "d.md",
                                11,
                                "./curriculum explain json.syntax",
                                0,
                                Optional.of("json.syntax (default severity: error)\n...\n")));
    }

    @Test
    void jsonBlocks_parseTheirMarks() {
        String doc = """
                <!-- file: first.curriculum.json -->
                ```json
                {"formatVersion": "1.0"}
                ```

                <!-- fragment: VS Code settings -->
                ```json
                {"json.schemas": []}
                ```

                <!-- example: checked by RulesDocExamplesTest -->

                ```json
                {}
                ```

                <!-- /example -->

                ```json
                []
                ```
                """;

        assertThat(jsonBlocks("d.md", doc))
                .containsExactly(
                        new JsonBlock("d.md", 2, "file", "first.curriculum.json", "{\"formatVersion\": \"1.0\"}\n"),
                        new JsonBlock("d.md", 7, "fragment", "VS Code settings", "{\"json.schemas\": []}\n"),
                        new JsonBlock("d.md", 13, "example", "", "{}\n"),
                        new JsonBlock("d.md", 19, "", "", "[]\n"));
    }

    @Test
    void jsonBlocks_areEachAFileAFragmentOrARulesExample() {
        assertThat(jsonBlocks())
                .filteredOn(block -> block.mark().isEmpty())
                .as("json blocks without <!-- file: NAME --> or <!-- fragment: ... --> on the line before")
                .isEmpty();
        assertThat(jsonBlocks())
                .filteredOn(block -> block.mark().equals("file"))
                .as("whole curriculum files in the docs")
                .isNotEmpty();
    }

    @Test
    void fileBlocks_areValidatedByACommandOfTheirPage() {
        List<Snippet> snippets = snippets();
        assertThat(jsonBlocks())
                .filteredOn(block -> block.mark().equals("file"))
                .allSatisfy(file -> assertThat(snippets)
                        .as("a './curriculum validate %s' on %s", file.name(), file.doc())
                        .anyMatch(snippet -> snippet.doc().equals(file.doc())
                                && snippet.command().startsWith("./curriculum validate ")
                                && List.of(snippet.command().split(" ")).contains(file.name())));
    }

    @Test
    void shown_matchesWithElidedLines() {
        assertThat(matches("a\n...\nd\n", "a\nb\nc\nd\n")).isTrue();
        assertThat(matches("a\n...\nd\n", "a\nb\nc\n")).isFalse();
        assertThat(matches("a\nb\n", "a\nc\n")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void snippet_runsAsDocumented(Snippet snippet) {
        if (snippet.command().startsWith("./curriculum plan ")) {
            assertThat(snippet.command())
                    .as("a plan snippet fixes its clock")
                    .contains("--at ")
                    .contains("--zone ");
        }
        Fixtures.write(scratch, "content/first.curriculum.json", Fixtures.VALID);
        Fixtures.write(scratch, "my-class.curriculum.json", Fixtures.VALID);
        Fixtures.write(scratch, "my.curriculum.json", Fixtures.VALID);
        Fixtures.write(scratch, "out/.keep", "");
        Fixtures.write(scratch, "curriculum.baseline.json", "{ \"baselineVersion\": 1, \"findings\": [] }\n");
        jsonBlocks().stream()
                .filter(block ->
                        block.doc().equals(snippet.doc()) && block.mark().equals("file"))
                .forEach(block -> Fixtures.write(scratch, block.name(), block.content()));
        if (snippet.command().contains("week-plan.curriculum.json")) {
            Fixtures.write(scratch, "week-plan.curriculum.json", weekPlan());
        }
        List<String> words = List.of(snippet.command().split(" "));
        String[] args =
                words.subList(1, words.size()).stream().map(this::inScratch).toArray(String[]::new);

        CliRun run = CliRun.run(args);

        assertThat(run.exitCode())
                .as("exit code of %s; stderr: %s", snippet, run.err())
                .isEqualTo(snippet.exitCode());
        assertThat(run.err()).doesNotContain("Exception");
        String printed = run.out().replace(scratch + "/", "");
        snippet.output()
                .ifPresent(shown -> assertThat(matches(shown, printed))
                        .as("%s prints what the doc shows:%n--- shown%n%s--- printed%n%s", snippet, shown, printed)
                        .isTrue());
    }

    /**
     * The reference curriculum with two mistakes, as cli.md's report examples show: a property
     * {@code colour} on line 5 and week 1's first cue misspelt {@code smilling}.
     */
    static String weekPlan() {
        String reference = new String(CurriculumFiles.referenceBytes(), StandardCharsets.UTF_8);
        String withColour = replaceFirst(
                reference,
                "  \"id\": \"iaim-five-week\",\n",
                "  \"id\": \"iaim-five-week\",\n  \"colour\": \"blue\",\n");
        int schedule = withColour.indexOf("\"schedule\"");
        return withColour.substring(0, schedule)
                + replaceFirst(withColour.substring(schedule), "\"smiling\",", "\"smilling\",");
    }

    private static String replaceFirst(String text, String target, String replacement) {
        int at = text.indexOf(target);
        assertThat(at).as("'%s' in the reference curriculum", target).isNotNegative();
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /**
     * A word naming a file of the scratch folder, or any {@code .json} file (one a command is to write),
     * as a path there; any other word as it is.
     */
    private String inScratch(String word) {
        if (word.startsWith("-") || !Files.exists(scratch.resolve(word)) && !word.endsWith(".json")) {
            return word;
        }
        return scratch.resolve(word).toString();
    }

    /** Whether {@code printed} is {@code shown}, a {@code ...} line of {@code shown} standing for any lines. */
    static boolean matches(String shown, String printed) {
        StringBuilder regex = new StringBuilder("(?s)");
        for (String line : shown.strip().split("\n", -1)) {
            regex.append(line.strip().equals("...") ? ".*?" : Pattern.quote(line.stripTrailing()) + "\n");
        }
        String normalised = printed.strip().lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
        return Pattern.compile(regex.toString().replace(".*?\\Q", ".*?\\Q"))
                .matcher(normalised)
                .matches();
    }

    private static String read(Path doc) {
        try {
            return Files.readString(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
