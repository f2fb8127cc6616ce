package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ValidationOptions#getMaxIssues()} through the reader: the capped report lists part of what the
 * full report lists, and its counts are the full report's.
 */
class CappedReportTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final CurriculumJson FULL = CurriculumJson.create();

    private static CurriculumJson capped(int maxIssues) {
        return CurriculumJson.builder()
                .validationOptions(
                        ValidationOptions.builder().maxIssues(maxIssues).build())
                .build();
    }

    /**
     * Binding problems (numbers as authors, an unknown property), validator findings about what was
     * bound (a malformed id, a week out of range) and a duplicate key from the parser, all in one file.
     */
    private static String manyKindsOfIssue(int wrongAuthors) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(FULL.writeString(Fixtures.minimal()));
        ArrayNode authors = root.putArray("authors");
        for (int i = 0; i < wrongAuthors; i++) {
            authors.add(i);
        }
        root.put("id", "Not An Id");
        root.put("colour", "blue");
        ((ObjectNode) root.get("schedule").get("weeks").get(0)).put("number", 6);
        String text = MAPPER.writeValueAsString(root);
        return text.replaceFirst("\\{", "{\"x-note\":1,\"x-note\":2,");
    }

    @Test
    void read_capBelowTheIssues_listsTheCapAndCountsLikeTheFullReport() {
        String text = manyKindsOfIssue(3000);
        ReadResult full = FULL.readString(text, "many.curriculum.json");
        assertThat(full.report().issues())
                .hasSizeGreaterThan(3000)
                .extracting(Issue::getCode)
                .contains(
                        IssueCode.JSON_DUPLICATE_KEY,
                        IssueCode.JSON_UNKNOWN_PROPERTY,
                        IssueCode.JSON_WRONG_TYPE,
                        IssueCode.ID_MALFORMED,
                        IssueCode.SCHEDULE_WEEK_OUT_OF_RANGE);

        ReadResult capped = capped(100).readString(text, "many.curriculum.json");

        assertThat(capped.report().issues())
                .hasSize(100)
                .isSubsetOf(full.report().issues());
        assertThat(capped.report().issues()).allSatisfy(issue -> {
            assertThat(issue.getLine()).isPresent();
            assertThat(issue.getColumn()).isPresent();
        });
        assertThat(capped.report().omitted()).isEqualTo(full.report().issues().size() - 100);
        for (Severity severity : Severity.values()) {
            assertThat(capped.report().count(severity))
                    .as(severity.code())
                    .isEqualTo(full.report().count(severity));
        }
        assertThat(capped.curriculum()).isEmpty();
        assertThat(capped.hasErrors()).isTrue();
    }

    @Test
    void read_onlyBindingIssues_listsTheFirstOnesInReportOrder() {
        String text = manyKindsOfIssue(3000);
        ReadResult full = FULL.readString(text, "many.curriculum.json");

        ReadResult capped = capped(1000).readString(text, "many.curriculum.json");

        assertThat(capped.report().issues())
                .containsExactlyElementsOf(full.report().issues().subList(0, 1000));
    }

    @Test
    void read_capWithIgnoredAndRelevelledCodes_countsAsTheOptionsSay() {
        String text = manyKindsOfIssue(500);
        ValidationOptions options = ValidationOptions.builder()
                .putSeverityOverride(IssueCode.JSON_WRONG_TYPE, Severity.WARNING)
                .addIgnored(IssueCode.ID_MALFORMED)
                .build();
        ReadResult full =
                CurriculumJson.builder().validationOptions(options).build().readString(text, "a.json");

        ReadResult capped = CurriculumJson.builder()
                .validationOptions(
                        ValidationOptions.builder().from(options).maxIssues(7).build())
                .build()
                .readString(text, "a.json");

        assertThat(full.report().count(Severity.WARNING)).isGreaterThanOrEqualTo(500);
        assertThat(full.report().issues(IssueCode.ID_MALFORMED)).isEmpty();
        for (Severity severity : Severity.values()) {
            assertThat(capped.report().count(severity))
                    .as(severity.code())
                    .isEqualTo(full.report().count(severity));
        }
        assertThat(capped.report().issues()).hasSize(7);
    }

    @Test
    void read_manyDuplicateKeysThenASyntaxError_countsEveryDuplicate() {
        StringBuilder text = new StringBuilder("{\"x-a\": 0");
        for (int i = 0; i < 2500; i++) {
            text.append(", \"x-a\": ").append(i);
        }
        String complete = text + "}";
        String cut = text.toString();

        for (String input : new String[] {complete, cut}) {
            ReadResult full = FULL.readString(input, "dup.json");
            ReadResult capped = capped(10).readString(input, "dup.json");

            assertThat(full.report().issues(IssueCode.JSON_DUPLICATE_KEY)).hasSize(2500);
            assertThat(capped.report().issues())
                    .hasSize(10)
                    .isSubsetOf(full.report().issues());
            assertThat(capped.report().count(Severity.ERROR))
                    .isEqualTo(full.report().count(Severity.ERROR));
            assertThat(capped.curriculum()).isEmpty();
        }
    }
}
