package dev.infantmassage.curriculum.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaledCurriculaTest {
    private static final Curriculum REFERENCE = ReferenceCurricula.fiveWeekProgram();

    @Test
    void scale_one_isTheReference() {
        assertThat(ScaledCurricula.scale(REFERENCE, 1)).isSameAs(REFERENCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void scale_factorBelowOne_isRejected(int factor) {
        assertThatThrownBy(() -> ScaledCurricula.scale(REFERENCE, factor))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor must be at least 1, but was " + factor);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 10})
    void scale_multipliesStrokesWeekListsAndRoutineSteps(int factor) {
        Curriculum scaled = ScaledCurricula.scale(REFERENCE, factor);

        assertThat(scaled.getStrokes()).hasSize(REFERENCE.getStrokes().size() * factor);
        for (int w = 0; w < REFERENCE.getSchedule().getWeeks().size(); w++) {
            WeekPlan original = REFERENCE.getSchedule().getWeeks().get(w);
            WeekPlan week = scaled.getSchedule().getWeeks().get(w);
            assertThat(week.getNewStrokes()).hasSize(original.getNewStrokes().size() * factor);
            assertThat(week.getReviewStrokes())
                    .hasSize(original.getReviewStrokes().size() * factor);
        }
        for (int r = 0; r < REFERENCE.getRoutines().size(); r++) {
            assertThat(scaled.getRoutines().get(r).getSteps())
                    .hasSize(REFERENCE.getRoutines().get(r).getSteps().size() * factor);
        }
    }

    @Test
    void scale_placesCopiesRightAfterTheirOriginal() {
        Curriculum scaled = ScaledCurricula.scale(REFERENCE, 3);

        Stroke first = REFERENCE.getStrokes().get(0);
        assertThat(scaled.getStrokes().subList(0, 3))
                .extracting(Stroke::getId)
                .containsExactly(first.getId(), first.getId() + "-x2", first.getId() + "-x3");
        assertThat(scaled.getStrokes().get(1))
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(first);
    }

    @Test
    void scale_keepsEveryReferenceResolvedAndOnlyAddsSessionTimeWarnings() {
        ValidationReport reference = CurriculumValidator.create().validate(REFERENCE);
        ValidationReport scaled = CurriculumValidator.create().validate(ScaledCurricula.scale(REFERENCE, 10));

        Set<IssueCode> added = codes(scaled.issues());
        added.removeAll(codes(reference.issues()));
        assertThat(added).containsOnly(IssueCode.WEEK_SESSION_TIME_EXCEEDED);
        assertThat(scaled.issues(IssueCode.WEEK_SESSION_TIME_EXCEEDED)).hasSizeLessThanOrEqualTo(5);
        assertThat(scaled.hasErrors()).isFalse();
    }

    @Test
    void scale_roundTripsThroughTheJsonFormat() {
        CurriculumJson json = CurriculumJson.create();
        Curriculum scaled = ScaledCurricula.scale(REFERENCE, 4);

        ReadResult read = json.read(json.writeBytes(scaled), "scaled.curriculum.json");

        assertThat(read.hasErrors()).isFalse();
        assertThat(read.orElseThrow().getStrokes()).hasSize(scaled.getStrokes().size());
    }

    private static Set<IssueCode> codes(List<Issue> issues) {
        return issues.stream().map(Issue::getCode).collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
