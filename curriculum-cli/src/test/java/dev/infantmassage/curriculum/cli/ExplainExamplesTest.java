package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ProjectConfig;
import dev.infantmassage.curriculum.json.Suppressions;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every code's {@code explain} example is real: its failing edit of {@link Fixtures#VALID} (or its failing
 * document) makes the reader report exactly that code at the stated pointer, and its fixed edit reports
 * nothing. A code added without an example file fails here.
 */
class ExplainExamplesTest {
    /** Codes no file content raises: the file cannot be opened, or a safety net behind the format's own checks. */
    private static final Set<IssueCode> NOT_FROM_CONTENT = EnumSet.of(
            IssueCode.JSON_UNREADABLE, IssueCode.JSON_REJECTED, IssueCode.CONSTRAINT_OTHER, IssueCode.REPORT_TRUNCATED);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final CurriculumJson JSON = CurriculumJson.create();

    static Stream<IssueCode> codes() {
        return Stream.of(IssueCode.values());
    }

    @ParameterizedTest
    @MethodSource("codes")
    void example_failingRaisesItsCodeAtItsPointer_fixedDoesNot(IssueCode code) {
        ExplainCommand.Example example = ExplainCommand.example(code);
        if (NOT_FROM_CONTENT.contains(code)) {
            assertThat(example.withoutExample()).as(code.code()).isPresent();
            return;
        }
        assertThat(example.withoutExample())
                .as(code.code() + " must have an example")
                .isEmpty();
        if (code.code().startsWith("config.")) {
            assertConfigExample(code, example);
            return;
        }
        assertThat(read(Fixtures.VALID, Optional.empty()))
                .as("the base curriculum")
                .isEmpty();

        List<Issue> failing = read(document(example.failing()), example.failingEncoding());
        List<Issue> fixed = read(document(example.fixed()), Optional.empty());

        assertThat(failing)
                .as(code.code() + ": the failing example reports " + describe(failing))
                .filteredOn(issue -> issue.getCode() == code)
                .extracting(issue -> issue.getLocation().toPointer())
                .contains(example.issueAt());
        if (ExplainCommand.Example.isEdit(example.failing())) {
            Set<String> expected = new TreeSet<>(example.alsoReported());
            expected.add(code.code());
            assertThat(failing)
                    .as(code.code() + ": the failing edit raises only its own code and those it names, but reports "
                            + describe(failing))
                    .extracting(issue -> issue.getCode().code())
                    .containsOnlyElementsOf(expected)
                    .containsAll(expected);
        }
        if (ExplainCommand.Example.isEdit(example.fixed())) {
            assertThat(fixed)
                    .as(code.code() + ": the fixed edit reports " + describe(fixed))
                    .isEmpty();
        } else {
            assertThat(fixed)
                    .as(code.code() + ": the fixed document")
                    .extracting(Issue::getCode)
                    .doesNotContain(code);
        }
    }

    @ParameterizedTest
    @MethodSource("codes")
    void explain_showsTheExampleOrWhyThereIsNone(IssueCode code) {
        CliRun run = CliRun.run("explain", code.code());

        assertThat(run.exitCode()).isZero();
        ExplainCommand.Example example = ExplainCommand.example(code);
        if (example.withoutExample().isPresent()) {
            assertThat(run.out()).contains("No example: ").doesNotContain("Fails");
        } else {
            assertThat(run.out())
                    .contains("Fails")
                    .contains("Fixed:\n")
                    .contains(indented(example.failing()))
                    .contains(indented(example.fixed()));
        }
    }

    @TempDir
    Path configs;

    /**
     * A project config's example is a whole config file, read as {@code curriculum.config.json} in a
     * directory that also holds an empty {@code base.config.json}: the failing one reports the code at
     * its pointer, the fixed one reports nothing.
     */
    private void assertConfigExample(IssueCode code, ExplainCommand.Example example) {
        List<Issue> failing = readConfig(example.failing());
        List<Issue> fixed = readConfig(example.fixed());

        assertThat(failing)
                .as(code.code() + ": the failing config reports " + describe(failing))
                .filteredOn(issue -> issue.getCode() == code)
                .extracting(issue -> issue.getLocation().toPointer())
                .containsExactly(example.issueAt());
        assertThat(failing)
                .as(code.code() + ": the failing config reports only its code")
                .allMatch(issue -> issue.getCode() == code);
        assertThat(fixed)
                .as(code.code() + ": the fixed config reports " + describe(fixed))
                .isEmpty();
    }

    private List<Issue> readConfig(String document) {
        try {
            Files.writeString(configs.resolve("base.config.json"), "{}");
            Path file = Files.writeString(configs.resolve(ProjectConfig.FILE_NAME), document);
            return ProjectConfig.read(file).issues();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Issue> issues) {
        return issues.stream()
                .map(issue ->
                        issue.getCode().code() + " at '" + issue.getLocation().toPointer() + "'")
                .toList()
                .toString();
    }

    private static String indented(String section) {
        return section.strip()
                .lines()
                .map(line -> line.isEmpty() ? "" : "    " + line)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static List<Issue> read(String document, Optional<String> encoding) {
        Charset charset = encoding.map(Charset::forName).orElse(StandardCharsets.UTF_8);
        byte[] bytes = document.getBytes(charset);
        List<Issue> issues =
                JSON.read(bytes, "example.curriculum.json").report().issues();
        return Suppressions.of(List.of(), LocalDate.now())
                .apply(issues, bytes, "example.curriculum.json")
                .reported();
    }

    /** The section itself when it is a whole document, else the base curriculum with its edits applied. */
    static String document(String section) {
        if (!ExplainCommand.Example.isEdit(section)) {
            return section;
        }
        JsonNode root = MAPPER.readTree(Fixtures.VALID);
        List<String> lines = section.strip().lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (line.startsWith("remove ")) {
                root = remove(
                        root,
                        JsonPointer.compile(line.substring("remove ".length()).strip()));
                continue;
            }
            if (!line.startsWith("at ") || !line.endsWith(":")) {
                throw new AssertionError("Expected 'at POINTER:' or 'remove POINTER', but was '" + line + "'");
            }
            JsonPointer pointer =
                    JsonPointer.compile(line.substring(3, line.length() - 1).strip());
            List<String> fragment = new ArrayList<>();
            while (i < lines.size()
                    && !lines.get(i).startsWith("at ")
                    && !lines.get(i).startsWith("remove ")) {
                fragment.add(lines.get(i++));
            }
            root = put(root, pointer, String.join("\n", fragment));
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static JsonNode put(JsonNode root, JsonPointer pointer, String fragment) {
        Optional<JsonNode> value = parse(fragment);
        if (value.isEmpty()) {
            JsonNode members = parse("{" + fragment + "}")
                    .orElseThrow(() -> new AssertionError("Neither a JSON value nor members: " + fragment));
            JsonNode target = root.at(pointer);
            assertThat(target.isObject())
                    .as("members go into an object, but %s is not one", pointer)
                    .isTrue();
            ((ObjectNode) target).setAll((ObjectNode) members);
            return root;
        }
        if (pointer.matches()) {
            return value.get();
        }
        JsonNode parent = root.at(pointer.head());
        JsonPointer last = pointer.last();
        if (parent instanceof ObjectNode object) {
            object.set(last.getMatchingProperty(), value.get());
        } else if (parent instanceof ArrayNode array) {
            int index = last.getMatchingProperty().equals("-") ? array.size() : last.getMatchingIndex();
            if (index == array.size()) {
                array.add(value.get());
            } else {
                array.set(index, value.get());
            }
        } else {
            throw new AssertionError("No object or array at " + pointer.head());
        }
        return root;
    }

    private static JsonNode remove(JsonNode root, JsonPointer pointer) {
        JsonNode parent = root.at(pointer.head());
        if (parent instanceof ObjectNode object) {
            assertThat(object.remove(pointer.last().getMatchingProperty()))
                    .as("removed %s", pointer)
                    .isNotNull();
        } else if (parent instanceof ArrayNode array) {
            array.remove(pointer.last().getMatchingIndex());
        } else {
            throw new AssertionError("Nothing to remove at " + pointer);
        }
        return root;
    }

    private static Optional<JsonNode> parse(String fragment) {
        try {
            return Optional.of(MAPPER.readTree(fragment));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
