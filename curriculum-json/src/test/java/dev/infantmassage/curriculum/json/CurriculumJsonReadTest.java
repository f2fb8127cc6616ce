package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.validation.InvalidCurriculumException;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CurriculumJsonReadTest {
    private final CurriculumJson json = CurriculumJson.create();
    private final String minimal = json.writeString(Fixtures.minimal());

    private static Issue only(ReadResult result) {
        assertThat(result.report().issues()).hasSize(1);
        return result.report().issues().get(0);
    }

    @Test
    void read_objectsMissingAProperty_stillGetTheValidatorsFindingsAboutWhatIsThere() {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(minimal);
        ObjectNode stroke = (ObjectNode) root.get("strokes").get(1);
        stroke.put("id", "Bad Id");
        stroke.remove("region");
        ObjectNode week = (ObjectNode) root.get("schedule").get("weeks").get(0);
        week.put("number", 6);
        week.remove("title");

        ReadResult result = json.readString(mapper.writeValueAsString(root), "missing.json");

        assertThat(result.report().issues())
                .extracting(issue -> issue.getCode().code() + " " + issue.getLocation())
                .contains(
                        "json.missing-property /strokes/1",
                        "id.malformed /strokes/1/id",
                        "json.missing-property /schedule/weeks/0",
                        "schedule.week.out-of-range /schedule/weeks/0/number")
                .noneMatch(line -> line.endsWith("/strokes/1/region") || line.endsWith("/schedule/weeks/0/title"));
    }

    @Test
    void read_withByteOrderMark_readsLikeWithout() {
        byte[] text = minimal.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(json.read(withBom, "bom.json").curriculum()).contains(Fixtures.minimal());
    }

    @Test
    void read_textLongerThanDefaultLimit_isReportedNotThrown() {
        String huge = minimal.replace(
                "\"id\": \"sample\",",
                "\"id\": \"sample\",\n  \"x-huge\": \"" + "a".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1) + "\",");

        Issue issue = only(json.readString(huge, "huge.json"));

        assertThat(issue.getCode()).isEqualTo(IssueCode.JSON_LIMIT_EXCEEDED);
        assertThat(issue.getLocation().toPointer()).isEqualTo("/x-huge");
        assertThat(issue.getMessage()).isEqualTo("The length of a text exceeds the limit of 1048576 characters");
    }

    @Test
    void read_hundredThousandNestedLists_isReportedNotThrown() {
        String deep = "{\"x-deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        Issue issue = only(CurriculumJson.builder()
                .limits(ReadLimits.builder()
                        .maxDepth(ReadLimits.MAX_DEPTH_CEILING)
                        .build())
                .build()
                .readString(deep, "deep.json"));

        assertThat(issue.getCode()).isEqualTo(IssueCode.JSON_LIMIT_EXCEEDED);
        assertThat(issue.getMessage()).isEqualTo("The nesting depth exceeds the limit of 1000 levels");
        assertThat(issue.getColumn()).contains(12 + 999);
    }

    @Test
    void read_streamLongerThanLimit_stopsReadingAtLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        Issue issue = only(CurriculumJson.builder()
                .limits(ReadLimits.builder().maxFileBytes(1000).build())
                .build()
                .read(endless, "endless.json"));

        assertThat(issue.getMessage())
                .isEqualTo("The file size of more than 1000 bytes exceeds the limit of 1000 bytes");
        assertThat(issue.getFile()).contains("endless.json");
    }

    @Test
    void read_missingFile_isReportedNotThrown(@TempDir Path directory) {
        Path missing = directory.resolve("missing.curriculum.json");

        Issue issue = only(json.read(missing));

        assertThat(issue.getCode()).isEqualTo(IssueCode.JSON_UNREADABLE);
        assertThat(issue.getMessage()).isEqualTo("The file cannot be read: there is no such file");
        assertThat(issue.getFile()).contains(missing.toString());
    }

    @Test
    void read_directory_isReportedNotThrown(@TempDir Path directory) {
        assertThat(only(json.read(directory)).getMessage())
                .isEqualTo("The file cannot be read: it is not a regular file");
    }

    @Test
    void read_failingStream_isReportedNotThrown() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        assertThat(only(json.read(failing, "failing.json")).getMessage())
                .isEqualTo("The file cannot be read: disk on fire");
    }

    @Test
    void read_pathAndStreamAndString_giveSameResult(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("sample.curriculum.json");
        Files.writeString(file, minimal);

        ReadResult fromPath = json.read(file);
        ReadResult fromStream =
                json.read(new ByteArrayInputStream(minimal.getBytes(StandardCharsets.UTF_8)), file.toString());
        ReadResult fromString = json.readString(minimal, file.toString());

        assertThat(fromPath.source()).isEqualTo(file.toString());
        assertThat(fromStream.report()).isEqualTo(fromPath.report());
        assertThat(fromString.report()).isEqualTo(fromPath.report());
        assertThat(fromPath.curriculum()).contains(Fixtures.minimal());
    }

    @Test
    void orElseThrow_withErrors_throwsWithReport() {
        ReadResult result =
                json.readString(minimal.replace("\"durationSeconds\": 30", "\"durationSeconds\": \"30\""), "bad.json");

        assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(InvalidCurriculumException.class)
                .hasMessageContaining("bad.json")
                .satisfies(problem -> assertThat(((InvalidCurriculumException) problem).report())
                        .isEqualTo(result.report()));
    }

    @Test
    void read_ignoredReadingCode_keepsCurriculum() {
        String misspelt = minimal.replace("\"license\":", "\"licence\": \"CC0\", \"license\":");
        CurriculumJson lenient = CurriculumJson.builder()
                .validationOptions(ValidationOptions.builder()
                        .addIgnored(IssueCode.JSON_UNKNOWN_PROPERTY)
                        .build())
                .build();
        CurriculumJson warning = CurriculumJson.builder()
                .validationOptions(ValidationOptions.builder()
                        .putSeverityOverride(IssueCode.JSON_UNKNOWN_PROPERTY, Severity.WARNING)
                        .build())
                .build();

        assertThat(json.readString(misspelt, "m.json").curriculum()).isEmpty();
        assertThat(lenient.readString(misspelt, "m.json").curriculum()).contains(Fixtures.minimal());
        assertThat(lenient.readString(misspelt, "m.json").report().first(IssueCode.JSON_UNKNOWN_PROPERTY))
                .isEmpty();
        assertThat(warning.readString(misspelt, "m.json").report().first(IssueCode.JSON_UNKNOWN_PROPERTY))
                .hasValueSatisfying(issue -> assertThat(issue.getSeverity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void theFacade_saysWhichLimitsAndOptionsItApplies() {
        ValidationOptions options = ValidationOptions.builder()
                .addIgnored(IssueCode.SCHEDULE_TOPIC_MISSING)
                .build();
        ReadLimits limits = ReadLimits.builder().maxFileBytes(4096).build();
        CurriculumJson configured = CurriculumJson.builder()
                .validationOptions(options)
                .limits(limits)
                .build();

        assertThat(configured.validationOptions()).isEqualTo(options);
        assertThat(configured.limits()).isEqualTo(limits);
        assertThat(CurriculumJson.create().limits()).isEqualTo(ReadLimits.defaults());
        assertThat(CurriculumJson.create().validationOptions()).isEqualTo(ValidationOptions.defaults());
    }

    @Test
    void read_manyMistakes_reportsEachOnceAndKeepsGoing() {
        String broken = minimal.replaceFirst("\"durationSeconds\": 30", "\"durationSeconds\": \"thirty\"")
                .replaceFirst("\"region\": \"legs-and-feet\"", "\"region\": \"legs\"")
                .replaceFirst("\"sessionMinutes\": 60,", "");

        ReadResult result = json.readString(broken, "many.json");

        assertThat(result.report().issues())
                .extracting(
                        issue -> issue.getCode().code(),
                        issue -> issue.getLocation().toPointer())
                .contains(
                        org.assertj.core.api.Assertions.tuple("json.wrong-type", "/strokes/0/durationSeconds"),
                        org.assertj.core.api.Assertions.tuple("json.unknown-value", "/strokes/1/region"),
                        org.assertj.core.api.Assertions.tuple("json.missing-property", "/schedule/weeks/0"));
        assertThat(result.report().issues())
                .noneMatch(issue -> issue.getLocation().toPointer().equals("/strokes/0/durationSeconds")
                        && !issue.getCode().code().startsWith("json."));
        assertThat(result.report().issues())
                .noneMatch(issue -> issue.getLocation().toPointer().equals("/schedule/weeks/0/sessionMinutes"));
    }

    @Test
    void readLimits_outOfRange_areRejected() {
        assertThatThrownBy(() -> ReadLimits.builder().maxDepth(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be between 1 and 1000, but was 0");
        assertThatThrownBy(() -> ReadLimits.builder().maxDepth(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxFileBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxNumberLength(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void read_severalDuplicateKeys_reportsEachAndKeepsFirstValue() {
        String duplicated = minimal.replaceFirst(
                        "\"license\": \"CC-BY-4.0\",", "\"license\": \"CC-BY-4.0\",\n  \"license\": \"CC0-1.0\",")
                .replaceFirst("\"durationSeconds\": 30,", "\"durationSeconds\": 30, \"durationSeconds\": 31,");

        ReadResult result = json.readString(duplicated, "dup.json");

        assertThat(result.report().issues(IssueCode.JSON_DUPLICATE_KEY))
                .extracting(issue -> issue.getLocation().toPointer())
                .containsExactly("/license", "/strokes/0/durationSeconds");
        assertThat(result.curriculum()).isEmpty();
    }

    @Test
    void writeString_nonFiniteExtensionNumber_staysValidJson() {
        dev.infantmassage.curriculum.Curriculum withNaN = dev.infantmassage.curriculum.Curriculum.builder()
                .from(Fixtures.minimal())
                .putExtension("x-ratio", Double.NaN)
                .build();

        ReadResult result = json.readString(json.writeString(withNaN), "nan.json");

        assertThat(result.curriculum())
                .hasValueSatisfying(
                        read -> assertThat(read.getExtensions().get("x-ratio")).hasToString("\"NaN\""));
    }
}
