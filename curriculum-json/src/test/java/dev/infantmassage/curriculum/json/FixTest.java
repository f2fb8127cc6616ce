package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixing starts from a file that reads clean, breaks it the way authors do, and expects the clean file
 * back byte for byte when the change is safe, and the broken file untouched when it is not.
 */
class FixTest {
    private static final CurriculumJson JSON = CurriculumJson.create();
    private static final String CLEAN = JSON.writeString(Fixtures.minimal());

    private static FixResult fix(String text) {
        return JSON.fix(text.getBytes(StandardCharsets.UTF_8), "x.curriculum.json");
    }

    private static String text(FixResult result) {
        return new String(result.fixed(), StandardCharsets.UTF_8);
    }

    /** Fixes {@code broken}, expecting it back unchanged with {@code code} among the issues left. */
    private static FixResult leftAsWritten(String broken, IssueCode code) {
        FixResult result = fix(broken);
        assertThat(result.changed()).isFalse();
        assertThat(result.fixes()).isEmpty();
        assertThat(text(result)).isEqualTo(broken);
        assertThat(codesLeft(result)).contains(code);
        return result;
    }

    private static List<IssueCode> codesLeft(FixResult result) {
        return result.result().report().issues().stream().map(Issue::getCode).toList();
    }

    @Test
    void theCleanFileReadsClean() {
        assertThat(JSON.readString(CLEAN, "clean").report().issues()).isEmpty();
        FixResult result = fix(CLEAN);
        assertThat(result.changed()).isFalse();
        assertThat(result.fixes()).isEmpty();
        assertThat(text(result)).isEqualTo(CLEAN);
    }

    @Test
    void misspeltPropertyName_withOneCandidate_isRenamed_andNothingElseChanges() {
        String broken = CLEAN.replaceFirst("\"title\":", "\"titel\":");

        FixResult result = fix(broken);

        assertThat(text(result)).isEqualTo(CLEAN);
        assertThat(result.fixes()).singleElement().satisfies(fix -> {
            assertThat(fix.issue().getCode()).isEqualTo(IssueCode.JSON_UNKNOWN_PROPERTY);
            assertThat(fix.issue().getLocation().toPointer()).isEqualTo("/titel");
            assertThat(fix.issue().getLine()).contains(4);
            assertThat(fix.issue().getColumn()).contains(3);
            assertThat(fix.description()).isEqualTo("renamed property 'titel' to 'title'");
        });
        assertThat(result.result().report().issues()).isEmpty();
    }

    @Test
    void propertyNameInAnotherCase_isRenamed_deepInTheFile() {
        String broken = CLEAN.replace("\"durationSeconds\":", "\"DurationSeconds\":");

        FixResult result = fix(broken);

        assertThat(text(result)).isEqualTo(CLEAN);
        assertThat(result.fixes())
                .hasSizeGreaterThan(1)
                .allSatisfy(fix ->
                        assertThat(fix.issue().getLocation().toPointer()).matches("/strokes/\\d+/DurationSeconds"));
    }

    @Test
    void twoMisspellingsOfOneName_areBothLeft_becauseRenamingBothWouldRepeatIt() {
        String broken = CLEAN.replaceFirst("\"title\": \\{", "\"titel\": {\"en\": \"A\"},\n  \"tilte\": {");

        leftAsWritten(broken, IssueCode.JSON_UNKNOWN_PROPERTY);
    }

    @Test
    void misspeltName_whoseCandidateIsAlreadyThere_isLeft() {
        String broken = CLEAN.replaceFirst("\"title\": \\{", "\"titel\": {\"en\": \"A\"},\n  \"title\": {");

        leftAsWritten(broken, IssueCode.JSON_UNKNOWN_PROPERTY);
    }

    @Test
    void codeInAnotherCaseOrWithUnderscores_isRespelt() {
        String broken = CLEAN.replaceFirst("\"region\": \"legs-and-feet\"", "\"region\": \"Legs_And_Feet\"")
                .replaceFirst("\"direction\": \"clockwise\"", "\"direction\": \"CLOCKWISE\"");
        assertThat(broken).isNotEqualTo(CLEAN);

        FixResult result = fix(broken);

        assertThat(text(result)).isEqualTo(CLEAN);
        assertThat(result.fixes())
                .extracting(FixResult.Fix::description)
                .containsExactlyInAnyOrder(
                        "replaced 'Legs_And_Feet' with 'legs-and-feet'", "replaced 'CLOCKWISE' with 'clockwise'");
        assertThat(result.result().report().issues()).isEmpty();
    }

    @Test
    void misspeltCode_isOnlySuggested_neverReplaced() {
        String broken = CLEAN.replaceFirst("\"region\": \"legs-and-feet\"", "\"region\": \"legs-and-fet\"");

        FixResult result = fix(broken);

        assertThat(result.changed()).isFalse();
        assertThat(text(result)).isEqualTo(broken);
        assertThat(result.result().report().issues())
                .anySatisfy(issue -> assertThat(issue.getMessage()).contains("did you mean 'legs-and-feet'"));
    }

    @Test
    void misspeltReference_isOnlySuggested_neverReplaced() {
        String broken = CLEAN.replaceFirst("\"stroke\": \"resting-hands\"", "\"stroke\": \"resting-hand\"");
        assertThat(broken).isNotEqualTo(CLEAN);

        leftAsWritten(broken, IssueCode.REFERENCE_UNRESOLVED);
    }

    @Test
    void weeksOutOfOrder_areListedInOrder_eachWeekKeptAsWritten() {
        Curriculum minimal = Fixtures.minimal();
        List<WeekPlan> weeks = new ArrayList<>(minimal.getSchedule().getWeeks());
        weeks.add(0, weeks.remove(2));
        weeks.add(weeks.remove(1));
        String broken = JSON.writeString(Curriculum.builder()
                .from(minimal)
                .schedule(FiveWeekSchedule.of(weeks))
                .build());
        assertThat(JSON.readString(broken, "x").report().issues())
                .extracting(Issue::getCode)
                .containsExactly(IssueCode.SCHEDULE_WEEK_ORDER);

        FixResult result = fix(broken);

        assertThat(text(result)).isEqualTo(CLEAN);
        assertThat(result.fixes()).singleElement().satisfies(fix -> {
            assertThat(fix.issue().getCode()).isEqualTo(IssueCode.SCHEDULE_WEEK_ORDER);
            assertThat(fix.description()).isEqualTo("listed the weeks in the order of their numbers");
        });
    }

    @Test
    void namesAndOrder_areFixedTogether() {
        Curriculum minimal = Fixtures.minimal();
        List<WeekPlan> weeks = new ArrayList<>(minimal.getSchedule().getWeeks());
        weeks.add(weeks.remove(0));
        String broken = JSON.writeString(Curriculum.builder()
                        .from(minimal)
                        .schedule(FiveWeekSchedule.of(weeks))
                        .build())
                .replace("\"newStrokes\":", "\"newstrokes\":");

        FixResult result = fix(broken);

        assertThat(text(result)).isEqualTo(CLEAN);
        assertThat(result.result().report().issues()).isEmpty();
    }

    @Test
    void lineEndsAndByteOrderMark_areKept() {
        String crlf = CLEAN.replace("\n", "\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = crlf.replaceFirst("\"title\":", "\"titel\":").getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[3 + body.length];
        System.arraycopy(bom, 0, input, 0, 3);
        System.arraycopy(body, 0, input, 3, body.length);

        FixResult result = JSON.fix(input, "x");

        byte[] expectedBody = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[3 + expectedBody.length];
        System.arraycopy(bom, 0, expected, 0, 3);
        System.arraycopy(expectedBody, 0, expected, 3, expectedBody.length);
        assertThat(result.fixed()).isEqualTo(expected);
    }

    @Test
    void fileThatIsNotWellFormed_isLeftAlone() {
        String broken = CLEAN.replaceFirst("\"title\":", "\"titel\":").replaceFirst("\"id\": \"sample\",", "\"id\": ,");

        assertThat(codesLeft(leftAsWritten(broken, IssueCode.JSON_SYNTAX))).containsExactly(IssueCode.JSON_SYNTAX);
    }

    @Test
    void escapedName_isLeft_ratherThanGuessingWhereItsTextEnds() {
        String broken = CLEAN.replaceFirst("\"title\":", "\"tit\\\\u0065l\":");

        leftAsWritten(broken, IssueCode.JSON_UNKNOWN_PROPERTY);
    }

    @Test
    void safetyFindings_areNeverChanged() {
        String broken = CLEAN.replaceFirst("\"direction\": \"clockwise\"", "\"direction\": \"counterclockwise\"");
        assertThat(broken).isNotEqualTo(CLEAN);

        leftAsWritten(broken, IssueCode.DIRECTION_STOMACH_NOT_CLOCKWISE);
    }
}
