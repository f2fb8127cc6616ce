package dev.infantmassage.curriculum.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.SampleCurricula;
import org.junit.jupiter.api.Test;

/** The shared fixture passes every rule, so each rule test can break exactly one thing. */
class SampleCurriculumValidationTest {
    @Test
    void validate_minimalSample_hasNoIssues() {
        ValidationReport report = CurriculumValidator.create().validate(SampleCurricula.minimal());

        assertThat(report.issues()).as(report.toString()).isEmpty();
    }
}
