package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.OilGuidance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stroke's own consistency: {@code stroke.age-range.invalid}, {@code stroke.face-oil}. */
class StrokeRulesTest {
    @ParameterizedTest(name = "{0} to {1} weeks -> valid: {2}")
    @CsvSource({"0,52,true", "8,8,true", "0,1,true", "10,8,false", "53,52,false"})
    void validate_ageRange_isNotEmpty(int min, int max, boolean valid) {
        Curriculum curriculum = RuleTesting.withStroke("legs-indian-milking", stroke -> stroke.minAgeWeeks(min).maxAgeWeeks(max));

        assertThat(findings(curriculum)).isEqualTo(valid
                ? List.of()
                : List.of("error stroke.age-range.invalid /strokes/1/maxAgeWeeks"));
    }

    @Test
    void validate_ageRangeWithoutMaximum_passes() {
        assertThat(findings(RuleTesting.withStroke("legs-indian-milking", stroke -> stroke.minAgeWeeks(26)))).isEmpty();
    }

    @ParameterizedTest(name = "{0} with oil {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "face-open-book|minimal|-",
        "face-open-book|none|-",
        "face-open-book|recommended|warning stroke.face-oil /strokes/6/oil",
        "legs-indian-milking|recommended|-",
        "back-swooping|minimal|-"})
    void validate_faceOil(String id, String oil, String expected) {
        Curriculum curriculum = RuleTesting.withStroke(id, stroke -> stroke.oil(OilGuidance.fromCode(oil)));

        assertThat(findings(curriculum)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void validate_invalidAgeRange_namesBothAges() {
        Curriculum curriculum = RuleTesting.withStroke("legs-indian-milking", stroke -> stroke.minAgeWeeks(10).maxAgeWeeks(8));

        assertThat(RuleTesting.VALIDATOR.validate(curriculum).issues()).singleElement().extracting(Issue::getMessage)
                .isEqualTo("Stroke 'legs-indian-milking' must have minAgeWeeks <= maxAgeWeeks, but was 10 > 8");
    }
}
