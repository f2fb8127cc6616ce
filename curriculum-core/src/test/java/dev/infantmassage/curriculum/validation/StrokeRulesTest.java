package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.OilGuidance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stroke's own consistency: {@code stroke.age-range.invalid}, {@code stroke.face-oil},
 * {@code stroke.duration.too-long} (more than an hour), {@code stroke.repetitions.too-many} (more than 100).
 */
class StrokeRulesTest {
    @ParameterizedTest(name = "{0} to {1} weeks -> valid: {2}")
    @CsvSource({"0,52,true", "8,8,true", "0,1,true", "10,8,false", "53,52,false"})
    void validate_ageRange_isNotEmpty(int min, int max, boolean valid) {
        Curriculum curriculum = RuleTesting.withStroke(
                "legs-indian-milking", stroke -> stroke.minAgeWeeks(min).maxAgeWeeks(max));

        assertThat(findings(curriculum))
                .isEqualTo(valid ? List.of() : List.of("error stroke.age-range.invalid /strokes/1/maxAgeWeeks"));
    }

    @Test
    void validate_ageRangeWithoutMaximum_passes() {
        assertThat(findings(RuleTesting.withStroke("legs-indian-milking", stroke -> stroke.minAgeWeeks(26))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} with oil {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "face-open-book|minimal|-",
                "face-open-book|none|-",
                "face-open-book|recommended|warning stroke.face-oil /strokes/6/oil",
                "legs-indian-milking|recommended|-",
                "back-swooping|minimal|-"
            })
    void validate_faceOil(String id, String oil, String expected) {
        Curriculum curriculum = RuleTesting.withStroke(id, stroke -> stroke.oil(OilGuidance.fromCode(oil)));

        assertThat(findings(curriculum)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void validate_invalidAgeRange_namesBothAges() {
        Curriculum curriculum = RuleTesting.withStroke(
                "legs-indian-milking", stroke -> stroke.minAgeWeeks(10).maxAgeWeeks(8));

        assertThat(RuleTesting.VALIDATOR.validate(curriculum).issues())
                .singleElement()
                .extracting(Issue::getMessage)
                .isEqualTo("Stroke 'legs-indian-milking' must have minAgeWeeks <= maxAgeWeeks, but was 10 > 8");
    }

    @ParameterizedTest(name = "{0} seconds -> valid: {1}")
    @CsvSource({"1,true", "600,true", "3599,true", "3600,true", "3601,false", "7200,false", "2147483647,false"})
    void validate_durationSeconds_isAtMostAnHour(int seconds, boolean valid) {
        Curriculum curriculum =
                RuleTesting.withStroke("legs-indian-milking", stroke -> stroke.durationSeconds(seconds));

        // A long stroke also overfills the weeks that teach it (week.session-time.exceeded): another rule, not this
        // one.
        assertThat(findings(curriculum))
                .filteredOn(finding -> finding.contains(" stroke."))
                .isEqualTo(valid ? List.of() : List.of("error stroke.duration.too-long /strokes/1/durationSeconds"));
    }

    @ParameterizedTest(name = "{0} repetitions -> valid: {1}")
    @CsvSource({"1,true", "6,true", "99,true", "100,true", "101,false", "1000,false", "2147483647,false"})
    void validate_repetitions_isAtMost100(int repetitions, boolean valid) {
        Curriculum curriculum = RuleTesting.withStroke("face-open-book", stroke -> stroke.repetitions(repetitions));

        assertThat(findings(curriculum))
                .isEqualTo(valid ? List.of() : List.of("error stroke.repetitions.too-many /strokes/6/repetitions"));
    }

    @Test
    void validate_tooLongAndTooMany_namesTheStrokeTheLimitAndTheValue() {
        Curriculum curriculum = RuleTesting.withStroke(
                "legs-indian-milking", stroke -> stroke.durationSeconds(3601).repetitions(101));

        assertThat(RuleTesting.VALIDATOR.validate(curriculum).issues())
                .filteredOn(issue -> issue.getCode().code().startsWith("stroke."))
                .extracting(Issue::getMessage)
                .containsExactly(
                        "Stroke 'legs-indian-milking' must take at most 3600 seconds, but durationSeconds was 3601",
                        "Stroke 'legs-indian-milking' must be repeated at most 100 times, but repetitions was 101");
    }
}
