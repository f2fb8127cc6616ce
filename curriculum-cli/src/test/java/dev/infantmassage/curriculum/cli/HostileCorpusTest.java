package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.validation.Issue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of hostile inputs, generated with fixed seeds from the reference file (issue #11): its
 * truncations, byte and token mutants, and hand-made files (deep nesting, huge texts and numbers,
 * broken encodings, NUL bytes, duplicate keys, control characters in names).
 *
 * <p>Every corrupted file fails: the library reports at least one error with a line, a column and a
 * JSON Pointer, and never throws; {@code validate} exits 1 or 2 with such an issue, never 3. The
 * mutants are chosen so that each one is corrupt whatever it hits (a deleted bracket, a control
 * character, a renamed property), so a pass is a bug, not luck.
 */
class HostileCorpusTest {
    private static final byte[] REFERENCE = ReferenceCurricula.fiveWeekProgramJson();
    private static final CurriculumJson LIBRARY = CurriculumJson.create();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One mutant in this many also goes through the whole command line. */
    private static final int CLI_SAMPLE = 40;

    /** The library's answer: errors, each located; and when one in {@link #CLI_SAMPLE}, the CLI's too. */
    private static void assertRejected(String name, byte[] input, boolean throughCli) {
        ReadResult result = LIBRARY.read(input, "hostile.curriculum.json");
        assertThat(result.hasErrors()).as("%s: has errors", name).isTrue();
        List<Issue> errors =
                result.report().issues().stream().filter(Issue::isError).toList();
        assertThat(errors).as("%s: errors", name).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.getFile()).contains("hostile.curriculum.json");
            assertThat(issue.getLine())
                    .hasValueSatisfying(line -> assertThat(line).isPositive());
            assertThat(issue.getColumn())
                    .hasValueSatisfying(column -> assertThat(column).isPositive());
            assertThat(issue.getLocation().toPointer())
                    .satisfiesAnyOf(
                            pointer -> assertThat(pointer).isEmpty(),
                            pointer -> assertThat(pointer).startsWith("/"));
        });
        if (throughCli) {
            assertCliRejects(name, input);
        }
    }

    /** {@code validate --format json -}: exit 1 or 2, a parseable report with a located error, no trace. */
    private static void assertCliRejects(String name, byte[] input) {
        CliRun run = CliRun.withStdin(input, "validate", "--format", "json", "-");
        assertThat(run.exitCode())
                .as("%s: exit code, stderr %s", name, run.err())
                .isIn(1, 2);
        assertThat(run.err()).as(name).doesNotContain("Exception", "\tat ");
        JsonNode issues = JSON.readTree(run.out());
        assertThat(issues.isArray()).as(name).isTrue();
        assertThat(issues.valueStream()
                        .filter(issue -> issue.get("severity").stringValue().equals("error")))
                .as("%s: located errors in %s", name, run.out())
                .isNotEmpty()
                .allSatisfy(issue -> {
                    assertThat(issue.get("line").intValue()).isPositive();
                    assertThat(issue.get("column").intValue()).isPositive();
                    assertThat(issue.has("pointer")).isTrue();
                });
    }

    @Test
    void reference_asIs_passesThroughTheLibraryAndTheCli() {
        assertThat(LIBRARY.read(REFERENCE, "reference.curriculum.json").hasErrors())
                .isFalse();
        assertThat(CliRun.withStdin(REFERENCE, "validate", "-").exitCode()).isZero();
    }

    /** Every prefix that ends before the last closing brace is cut mid-document. */
    @Test
    @Timeout(60)
    void truncations_atManyOffsets_areRejected() {
        int end = lastIndexOf(REFERENCE, (byte) '}');
        Random random = new Random(11);
        List<Integer> offsets = new ArrayList<>();
        for (int offset = 0; offset < 300; offset++) {
            offsets.add(offset);
        }
        for (int offset = end - 200; offset < end; offset++) {
            offsets.add(offset);
        }
        for (int i = 0; i < 500; i++) {
            offsets.add(random.nextInt(end));
        }
        for (int i = 0; i < offsets.size(); i++) {
            int offset = offsets.get(i);
            assertRejected("truncated at " + offset, Arrays.copyOf(REFERENCE, offset), i % CLI_SAMPLE == 0);
        }
    }

    /** Seeded mutants of the reference file; each operator corrupts the file wherever it strikes. */
    @Test
    @Timeout(120)
    void mutants_ofTheReferenceFile_areRejected() {
        Random random = new Random(20261202);
        List<int[]> structural = structuralBytes();
        List<int[]> names = propertyNames();
        List<int[]> strings = stringValues();
        List<int[]> members = members();
        for (int i = 0; i < 2100; i++) {
            int operator = i % 7;
            byte[] mutant;
            String name;
            switch (operator) {
                case 0 -> {
                    int at = pick(random, structural)[0];
                    mutant = splice(REFERENCE, at, 1, new byte[0]);
                    name = "deleted '" + (char) REFERENCE[at] + "' at " + at;
                }
                case 1 -> {
                    int at = random.nextInt(REFERENCE.length);
                    byte control = CONTROLS[random.nextInt(CONTROLS.length)];
                    mutant = splice(REFERENCE, at, 0, new byte[] {control});
                    name = "control byte " + control + " at " + at;
                }
                case 2 -> {
                    int at = random.nextInt(REFERENCE.length);
                    byte[] broken = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
                    mutant = splice(REFERENCE, at, 0, broken);
                    name = "invalid UTF-8 " + Arrays.toString(broken) + " at " + at;
                }
                case 3 -> {
                    int[] member = pick(random, members);
                    byte[] copy = Arrays.copyOfRange(REFERENCE, member[0], member[1]);
                    mutant = splice(REFERENCE, member[1], 0, concat(",".getBytes(StandardCharsets.UTF_8), copy));
                    name = "duplicated member at " + member[0];
                }
                case 4 -> {
                    int[] property = pick(random, names);
                    mutant = splice(REFERENCE, property[1] - 1, 0, " ?".getBytes(StandardCharsets.UTF_8));
                    name = "renamed property at " + property[0];
                }
                case 5 -> {
                    int[] value = pick(random, strings);
                    mutant = splice(REFERENCE, value[0], value[1] - value[0], "0".getBytes(StandardCharsets.UTF_8));
                    name = "text replaced by a number at " + value[0];
                }
                default -> {
                    int[] value = pick(random, strings);
                    byte[] number = ("1" + "0".repeat(60 + random.nextInt(2000))).getBytes(StandardCharsets.UTF_8);
                    mutant = splice(REFERENCE, value[0], value[1] - value[0], number);
                    name = "text replaced by a huge number at " + value[0];
                }
            }
            assertRejected(name, mutant, i % CLI_SAMPLE == 0);
        }
    }

    static Stream<Arguments> handMade() {
        String reference = new String(REFERENCE, StandardCharsets.UTF_8);
        String body = reference.substring(reference.indexOf('{') + 1);
        return Stream.of(
                Arguments.of("empty file", new byte[0]),
                Arguments.of("only white space", bytes(" \n\t\r\n ")),
                Arguments.of("null", bytes("null")),
                Arguments.of("a list", bytes("[]")),
                Arguments.of("a text", bytes("\"curriculum\"")),
                Arguments.of("an empty object", bytes("{}")),
                Arguments.of("another format version", bytes("{\"formatVersion\": \"2.0\"}")),
                Arguments.of("100,000 open lists", bytes("[".repeat(100_000))),
                Arguments.of("deeply nested, closed", bytes("[".repeat(5000) + "]".repeat(5000))),
                Arguments.of(
                        "deep objects in a property",
                        bytes("{\"x-deep\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001))),
                Arguments.of(
                        "a text of 2 Mi characters",
                        bytes("{\"title\": {\"en\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}}")),
                Arguments.of("a name of 100,000 characters", bytes("{\"" + "n".repeat(100_000) + "\": 1}")),
                Arguments.of(
                        "a number of 1,000,000 digits", bytes("{\"formatVersion\": " + "9".repeat(1_000_000) + "}")),
                Arguments.of(
                        "a huge exponent",
                        bytes(reference.replaceFirst("\"sessionMinutes\": \\d+", "\"sessionMinutes\": 1e999999999"))),
                Arguments.of(
                        "a huge negative integer",
                        bytes(reference.replaceFirst(
                                "\"sessionMinutes\": \\d+", "\"sessionMinutes\": -99999999999999999999"))),
                Arguments.of("17 MiB of spaces", concat(REFERENCE, bytes(" ".repeat(17 * 1024 * 1024)))),
                Arguments.of("invalid UTF-8 at the start", concat(new byte[] {(byte) 0xFF}, REFERENCE)),
                Arguments.of("invalid UTF-8 at the end", concat(REFERENCE, new byte[] {(byte) 0xE2, (byte) 0x82})),
                Arguments.of(
                        "an overlong slash in a text",
                        concat(bytes("{\"id\": \""), new byte[] {(byte) 0xC0, (byte) 0xAF}, bytes("\"}"))),
                Arguments.of(
                        "a CESU-8 surrogate",
                        concat(
                                bytes("{\"title\": {\"en\": \""),
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                bytes("\"}}"))),
                Arguments.of(
                        "UTF-16 LE with a BOM",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, reference.getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of(
                        "UTF-16 BE with a BOM",
                        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, reference.getBytes(StandardCharsets.UTF_16BE))),
                Arguments.of("UTF-16 LE without a BOM", reference.getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16 BE without a BOM", reference.getBytes(StandardCharsets.UTF_16BE)),
                Arguments.of(
                        "UTF-32 BE with a BOM",
                        concat(
                                new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                                reference.getBytes(Charset.forName("UTF-32BE")))),
                Arguments.of(
                        "two UTF-8 BOMs",
                        concat(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
                                },
                                REFERENCE)),
                Arguments.of("a NUL byte first", concat(new byte[] {0}, REFERENCE)),
                Arguments.of("a NUL byte last", concat(REFERENCE, new byte[] {0})),
                Arguments.of("only NUL bytes", new byte[64]),
                Arguments.of(
                        "a NUL byte in a text",
                        bytes(reference.replaceFirst("\"title\": \\{\n    \"en\": \"", "$0\u0000"))),
                Arguments.of("a second document after the first", concat(REFERENCE, REFERENCE)),
                Arguments.of("a duplicate key at the top", bytes("{\"id\": \"copy\", " + body)),
                Arguments.of(
                        "a duplicate key in a stroke",
                        bytes(reference.replaceFirst("\"strokes\": \\[\n    \\{", "$0\"id\": \"copy\", "))),
                Arguments.of("a raw control character in a name", bytes("{\"i\u0001d\": \"x\", " + body)),
                Arguments.of("an escaped ESC in a name", bytes("{\"\\u001b[31mspoof\": 1, " + body)),
                Arguments.of(
                        "a newline and a forged line in a name",
                        bytes("{\"x\\nspoof.curriculum.json:9:9: error: forged\": 1, " + body)),
                Arguments.of("a lone surrogate escape in a name", bytes("{\"\\ud800\": 1, " + body)),
                Arguments.of("a bad escape", bytes("{\"title\": {\"en\": \"\\q\"}, " + body)),
                Arguments.of("a comment", bytes("// note\n" + reference)),
                Arguments.of("a trailing comma", bytes(reference.replaceFirst("\\}\\s*$", ",}"))),
                Arguments.of("single quotes", bytes(reference.replaceFirst("\"formatVersion\"", "'formatVersion'"))),
                Arguments.of(
                        "NaN", bytes(reference.replaceFirst("\"sessionMinutes\": \\d+", "\"sessionMinutes\": NaN"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handMade")
    @Timeout(30)
    void handMade_hostileFiles_areRejected(String name, byte[] input) {
        assertRejected(name, input, true);
    }

    @Test
    void handMade_bomOnAValidFile_isRead() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, REFERENCE);

        assertThat(LIBRARY.read(withBom, "bom.curriculum.json").hasErrors()).isFalse();
        assertThat(CliRun.withStdin(withBom, "validate", "-").exitCode()).isZero();
    }

    /** Control characters that are never white space: invalid inside a text and between tokens alike. */
    private static final byte[] CONTROLS = {0, 1, 7, 8, 11, 12, 14, 27, 31};

    /** Byte sequences that are never UTF-8, whatever surrounds them. */
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xFF},
        {(byte) 0xFE},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xC1, (byte) 0xBF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    };

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] splice(byte[] text, int at, int remove, byte[] insert) {
        return concat(Arrays.copyOfRange(text, 0, at), insert, Arrays.copyOfRange(text, at + remove, text.length));
    }

    private static int[] pick(Random random, List<int[]> spans) {
        return spans.get(random.nextInt(spans.size()));
    }

    private static int lastIndexOf(byte[] text, byte wanted) {
        for (int i = text.length - 1; i >= 0; i--) {
            if (text[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + (char) wanted);
    }

    /** The offsets of the brackets, braces, colons, commas and quotes that are syntax, not text. */
    private static List<int[]> structuralBytes() {
        List<int[]> found = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < REFERENCE.length; i++) {
            byte b = REFERENCE[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                    found.add(new int[] {i});
                }
            } else if (b == '"') {
                inString = true;
                found.add(new int[] {i});
            } else if ("{}[]:,".indexOf(b) >= 0) {
                found.add(new int[] {i});
            }
        }
        return found;
    }

    /** Spans of the tokens the reference's parser reads, outside {@code x-} extensions. */
    private static List<int[]> spans(JsonToken wanted, boolean wholeMember) {
        List<int[]> found = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(REFERENCE)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                boolean inExtension =
                        parser.streamReadContext().pathAsPointer().toString().matches(".*/x-[^/]*(/.*)?");
                if (token != wanted || inExtension) {
                    continue;
                }
                int start = (int) parser.currentTokenLocation().getByteOffset();
                int end = endOfScalar(start);
                if (wholeMember) {
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                        end = (int) parser.currentLocation().getByteOffset();
                    } else {
                        end = endOfScalar((int) parser.currentTokenLocation().getByteOffset());
                    }
                }
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    /** Where the text, number or literal starting at {@code start} ends (exclusive), found in the bytes. */
    private static int endOfScalar(int start) {
        int i = start;
        if (REFERENCE[i] == '"') {
            for (i++; REFERENCE[i] != '"'; i++) {
                if (REFERENCE[i] == '\\') {
                    i++;
                }
            }
            return i + 1;
        }
        while (i < REFERENCE.length && ",}] \n\r\t".indexOf(REFERENCE[i]) < 0) {
            i++;
        }
        return i;
    }

    /** Every property name, as the span of its quoted text. */
    private static List<int[]> propertyNames() {
        return spans(JsonToken.PROPERTY_NAME, false);
    }

    /** Every text value, quotes included. */
    private static List<int[]> stringValues() {
        return spans(JsonToken.VALUE_STRING, false);
    }

    /** Every member, from its name's opening quote to the end of its value. */
    private static List<int[]> members() {
        return spans(JsonToken.PROPERTY_NAME, true);
    }
}
