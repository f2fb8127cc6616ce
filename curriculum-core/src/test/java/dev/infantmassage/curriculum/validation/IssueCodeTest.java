package dev.infantmassage.curriculum.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue's own conventions: stable dotted codes, one-sentence templates, one-paragraph descriptions. */
class IssueCodeTest {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    @ParameterizedTest
    @EnumSource(IssueCode.class)
    void code_isLowerKebabDottedAndFound(IssueCode code) {
        assertThat(code.code()).matches(CODE);
        assertThat(IssueCode.fromCode(code.code())).contains(code);
    }

    @ParameterizedTest
    @EnumSource(IssueCode.class)
    void template_isOneSentenceWithoutTrailingPeriod(IssueCode code) {
        String template = code.template();
        char first = template.charAt(0);

        assertThat(Character.isUpperCase(first) || first == '\'' || first == '{')
                .as(template)
                .isTrue();
        assertThat(template).doesNotEndWith(".").doesNotContain(". ").doesNotStartWith("Error");
    }

    @ParameterizedTest
    @EnumSource(IssueCode.class)
    void description_isOneParagraphEndingWithAPeriod(IssueCode code) {
        assertThat(code.description()).isNotBlank().endsWith(".").doesNotContain("\n");
    }

    @Test
    void codes_areUnique() {
        assertThat(Arrays.stream(IssueCode.values()).map(IssueCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void fromCode_unknown_isEmpty() {
        assertThat(IssueCode.fromCode("no.such-code")).isEmpty();
    }

    @Test
    void format_replacesArgumentsAndDoubledQuotes() {
        assertThat(IssueCode.ID_DUPLICATE.format("Stroke", "legs-toe-roll", "/strokes/3/id"))
                .isEqualTo("Stroke identifier 'legs-toe-roll' is already used at /strokes/3/id");
    }

    @Test
    void format_missingArgument_rendersEmpty() {
        assertThat(IssueCode.SCHEDULE_WEEK_MISSING.format()).isEqualTo("Week  is missing from the schedule");
    }

    @Test
    void format_printsNumbersAsTheFileHasThem_notGroupedByLocale() {
        assertThat(IssueCode.STROKE_DURATION_TOO_LONG.format("legs-toe-roll", 600, 10000))
                .contains("10000")
                .doesNotContain("10,000");
    }

    @Test
    void format_keepsQuotedExamplesInTheTemplate() {
        assertThat(IssueCode.TEXT_LANGUAGE_TAG_INVALID.format("e n", "it has a space"))
                .isEqualTo("Language tag 'e n' must be a well-formed BCP 47 tag such as 'en' or 'sv-SE', but is not: "
                        + "it has a space");
    }
}
