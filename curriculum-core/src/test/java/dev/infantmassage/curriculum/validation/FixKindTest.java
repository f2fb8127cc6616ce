package dev.infantmassage.curriculum.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which codes a tool may fix by itself. The lists here are written from issue #13's definition, not
 * read off {@link IssueCode#fixKind()}: safe fixes are misspelt property names, codes of fixed lists
 * spelt another way, and ordering that does not change meaning; anything touching the baby's safety
 * is at most a suggestion.
 */
class FixKindTest {
    /** Changes that keep what the curriculum says. */
    private static final Set<String> SAFE = Set.of(
            "json.unknown-property", // a misspelt property name, when one name is near
            "json.unknown-value", // 'CLOCKWISE' or 'toward_heart' for 'clockwise', 'toward-heart'
            "schedule.week.order"); // weeks are read by their numbers; the file's order means nothing

    /**
     * Codes about contraindications, cues, permission, age, oil, pressure and direction, and sites:
     * shown to the author, never changed for them.
     */
    static List<String> safetyCodes() {
        return List.of(
                "contraindication.waiting-period.invalid",
                "contraindication.implies.unresolved",
                "contraindication.site.missing",
                "contraindication.guidance.missing",
                "week.cues.missing",
                "week.permission-ritual.missing",
                "stroke.age-range.invalid",
                "stroke.contact-regions.incomplete",
                "stroke.duration.too-long",
                "stroke.repetitions.too-many",
                "stroke.face-oil",
                "oil.default-oil.unsuitable",
                "oil.patch-test.not-required",
                "oil.patch-test.missing",
                "oil.face",
                "direction.stomach.not-clockwise",
                "direction.milking",
                "order.first-region",
                "schedule.topic.missing");
    }

    @Test
    void safeCodes_areExactlyThoseOfTheIssuesDefinition() {
        assertThat(Arrays.stream(IssueCode.values())
                        .filter(code -> code.fixKind() == FixKind.SAFE)
                        .map(IssueCode::code))
                .containsExactlyInAnyOrderElementsOf(SAFE);
    }

    @ParameterizedTest
    @MethodSource("safetyCodes")
    void safetyCode_isOnlyEverASuggestion(String code) {
        assertThat(IssueCode.fromCode(code)).as(code).isPresent();
        assertThat(IssueCode.fromCode(code).orElseThrow().fixKind()).isEqualTo(FixKind.SUGGESTION);
    }

    /** Whole groups of the catalogue that are about safety: what to avoid, which oil, which way, which stroke. */
    static List<IssueCode> codesOfSafetyGroups() {
        return Arrays.stream(IssueCode.values())
                .filter(code -> code.code().startsWith("contraindication.")
                        || code.code().startsWith("oil.")
                        || code.code().startsWith("direction.")
                        || code.code().startsWith("stroke."))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("codesOfSafetyGroups")
    void codeOfASafetyGroup_isNeverSafe(IssueCode code) {
        assertThat(code.fixKind()).as(code.code()).isNotEqualTo(FixKind.SAFE);
    }

    @Test
    void safetyGroups_areNotEmpty() {
        assertThat(codesOfSafetyGroups()).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(FixKind.class)
    void code_roundTrips(FixKind kind) {
        assertThat(FixKind.fromCode(kind.code())).isEqualTo(kind);
    }

    @Test
    void codes_areTheIssuesWords() {
        assertThat(Arrays.stream(FixKind.values()).map(FixKind::code))
                .containsExactly("safe-fix", "suggestion", "none");
        assertThatThrownBy(() -> FixKind.fromCode("safe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown fix kind 'safe'");
    }
}
