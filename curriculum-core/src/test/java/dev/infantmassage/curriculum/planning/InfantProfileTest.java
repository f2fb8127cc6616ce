package dev.infantmassage.curriculum.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfantProfileTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    /** Corrected age = chronological age minus (40 - gestational weeks), only when born before 37 weeks. */
    @ParameterizedTest(name = "born {0}, {1} weeks of gestation -> {2} / {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2026-09-01, -,  11, 11",
                "2026-09-01, 40, 11, 11",
                "2026-09-01, 37, 11, 11",
                "2026-09-01, 36, 11,  7",
                "2026-09-01, 32, 11,  3",
                "2026-11-14, 28,  1, -11",
                "2026-11-21, -,   0,  0",
                "2026-11-15, -,   0,  0",
            })
    void correctedAgeWeeks_followsGestationalAge(
            LocalDate born, Integer gestational, int chronological, int corrected) {
        InfantProfile.Builder builder = InfantProfile.builder().dateOfBirth(born);
        if (gestational != null) {
            builder.gestationalWeeks(gestational);
        }
        InfantProfile profile = builder.build();

        assertThat(profile.chronologicalAgeWeeks(TODAY)).isEqualTo(chronological);
        assertThat(profile.correctedAgeWeeks(TODAY)).isEqualTo(corrected);
        assertThat(profile.isPremature()).isEqualTo(gestational != null && gestational < 37);
    }

    @Test
    void correctedAgeWeeks_fromAgeInWeeks() {
        assertThat(InfantProfile.builder()
                        .ageWeeks(12)
                        .gestationalWeeks(30)
                        .build()
                        .correctedAgeWeeks(TODAY))
                .isEqualTo(2);
    }

    @Test
    void build_bothOrNeitherAge_isRejected() {
        assertThatThrownBy(() -> InfantProfile.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Infant profile must have exactly one of dateOfBirth and ageWeeks");
        assertThatThrownBy(() ->
                        InfantProfile.builder().ageWeeks(3).dateOfBirth(TODAY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Infant profile must have exactly one of dateOfBirth and ageWeeks");
    }

    @ParameterizedTest
    @CsvSource({"19", "46"})
    void build_gestationalWeeksOutOfRange_isRejected(int weeks) {
        assertThatThrownBy(() -> InfantProfile.builder()
                        .ageWeeks(3)
                        .gestationalWeeks(weeks)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gestational weeks must be between 20 and 45, but was " + weeks);
    }

    @Test
    void build_blankCircumstance_isRejected() {
        assertThatThrownBy(() -> Circumstance.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Circumstance contraindication must not be blank");
    }
}
