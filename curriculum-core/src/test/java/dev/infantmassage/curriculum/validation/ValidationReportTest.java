package dev.infantmassage.curriculum.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.SampleCurricula;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report capped by {@link ValidationOptions#getMaxIssues()} lists the first issues and counts them all. */
class ValidationReportTest {
    private static final Issue ERROR_AT_3 = Issue.of(
            IssueCode.ID_MALFORMED, IssueLocation.root().property("strokes").index(3), "X");
    private static final Issue WARNING_AT_1 = Issue.of(
            IssueCode.TEXT_TRANSLATION_MISSING,
            IssueLocation.root().property("strokes").index(1),
            "es");
    private static final Issue ERROR_AT_2 = Issue.of(
            IssueCode.ID_MALFORMED, IssueLocation.root().property("strokes").index(2), "Y");

    @Test
    void limitedTo_listsTheFirstInReportOrderAndCountsTheRestBySeverity() {
        ValidationReport report = ValidationReport.of(List.of(ERROR_AT_3, WARNING_AT_1, ERROR_AT_2))
                .limitedTo(1);

        assertThat(report.issues()).containsExactly(WARNING_AT_1);
        assertThat(report.omitted()).isEqualTo(2);
        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.isEmpty()).isFalse();
    }

    @Test
    void limitedTo_aboveTheSize_isTheSameReport() {
        ValidationReport report = ValidationReport.of(List.of(ERROR_AT_3, WARNING_AT_1));

        assertThat(report.limitedTo(2)).isSameAs(report);
        assertThat(report.omitted()).isZero();
    }

    @Test
    void of_omittedErrorsOnly_hasErrorsAndCountsThem() {
        ValidationReport report = ValidationReport.of(List.of(WARNING_AT_1), Map.of(Severity.ERROR, 5L));

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.count(Severity.ERROR)).isEqualTo(5);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(report.toString()).contains("and 5 more issues not listed").endsWith("5 errors, 1 warnings");
        assertThat(report).isNotEqualTo(ValidationReport.of(List.of(WARNING_AT_1)));
    }

    @Test
    void of_negativeOmittedCount_isRejected() {
        assertThatThrownBy(() -> ValidationReport.of(List.of(), Map.of(Severity.INFO, -1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Omitted count must not be negative, but was -1");
    }

    @Test
    void maxIssues_negative_isRejected() {
        assertThatThrownBy(() -> ValidationOptions.builder().maxIssues(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Max issues must not be negative, but was -1");
    }

    /** Many issues: every stroke's id is malformed, and each text lacks its Spanish translation. */
    private static Curriculum manyIssues() {
        Curriculum sample = SampleCurricula.minimal();
        return Curriculum.builder()
                .from(sample)
                .addLanguage("es")
                .id("Not An Id")
                .build();
    }

    @Test
    void validate_withMaxIssues_listsThatManyOfTheFullReportAndCountsEveryIssue() {
        ValidationReport full = CurriculumValidator.create().validate(manyIssues());
        assertThat(full.issues()).hasSizeGreaterThan(10);

        ValidationReport capped = CurriculumValidator.create(
                        ValidationOptions.builder().maxIssues(10).build())
                .validate(manyIssues());

        assertThat(capped.issues()).hasSize(10).isSubsetOf(full.issues());
        assertThat(capped.omitted()).isEqualTo(full.issues().size() - 10);
        for (Severity severity : Severity.values()) {
            assertThat(capped.count(severity)).as(severity.code()).isEqualTo(full.count(severity));
        }
    }

    @Test
    void validate_withMaxIssuesZero_listsNoneButStillFails() {
        ValidationReport capped = CurriculumValidator.create(
                        ValidationOptions.builder().maxIssues(0).build())
                .validate(manyIssues());

        assertThat(capped.issues()).isEmpty();
        assertThat(capped.hasErrors()).isTrue();
        assertThat(capped.isEmpty()).isFalse();
    }

    @Test
    void equals_pointerEqualLocations_areEqualWithTheSameHash() {
        IssueLocation byIndex = IssueLocation.root().property("a/b").index(0).property("~x");
        IssueLocation byName =
                IssueLocation.root().property("a/b").property("0").property("~x");
        IssueLocation parsed = IssueLocation.parse("/a~1b/0/~0x");

        assertThat(byIndex)
                .isEqualTo(byName)
                .isEqualTo(parsed)
                .hasSameHashCodeAs(byName)
                .hasSameHashCodeAs(parsed);
        assertThat(parsed.toPointer()).isEqualTo("/a~1b/0/~0x");
        assertThat(byIndex)
                .isNotEqualTo(IssueLocation.parse("/a~1b/1/~0x"))
                .isNotEqualTo(IssueLocation.parse("/a~1b/0"));
    }

    @Test
    void toPointer_deepLocationBuiltInCode_needsNoDeepStack() {
        IssueLocation deep = IssueLocation.root();
        for (int i = 0; i < 200_000; i++) {
            deep = deep.index(i % 10);
        }

        assertThat(deep.toPointer()).hasSize(400_000);
        assertThat(deep.hashCode())
                .isEqualTo(IssueLocation.parse(deep.toPointer()).hashCode());
    }
}
