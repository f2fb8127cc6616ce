package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.RoutineStep;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference resolves in the right catalogue: {@code reference.unresolved}, at the reference itself. */
class ReferenceRulesTest {
    static Stream<Arguments> data_unresolved() {
        return Stream.of(
                Arguments.of(
                        RuleTesting.withWeek(3, week -> week.addNewStroke("chest-missing")),
                        "Stroke",
                        "/schedule/weeks/2/newStrokes/2"),
                Arguments.of(
                        RuleTesting.withWeek(3, week -> week.addReviewStroke("legs-missing")),
                        "Stroke",
                        "/schedule/weeks/2/reviewStrokes/2"),
                Arguments.of(
                        RuleTesting.withWeek(2, week -> week.addNewRoutine("back-routine")),
                        "Routine",
                        "/schedule/weeks/1/newRoutines/0"),
                Arguments.of(
                        RuleTesting.withWeek(2, week -> week.addReviewRoutine("colic")),
                        "Routine",
                        "/schedule/weeks/1/reviewRoutines/0"),
                Arguments.of(
                        RuleTesting.withWeek(4, week -> week.addTechnique("touch-relaxation")),
                        "Technique",
                        "/schedule/weeks/3/techniques/1"),
                Arguments.of(
                        RuleTesting.withWeek(5, week -> week.addCue("hand-to-ear")), "Cue", "/schedule/weeks/4/cues/2"),
                Arguments.of(
                        RuleTesting.withRoutine(
                                "colic-relief", routine -> routine.addStep(RoutineStep.of("stomach-knees-up"))),
                        "Stroke",
                        "/routines/0/steps/2/stroke"),
                Arguments.of(
                        RuleTesting.withStroke("chest-open-book", stroke -> stroke.addSource("nowhere")),
                        "Source",
                        "/strokes/4/sources/1"),
                Arguments.of(
                        RuleTesting.withTechnique("permission-ritual", technique -> technique.addSource("nowhere")),
                        "Source",
                        "/techniques/0/sources/0"),
                Arguments.of(
                        RuleTesting.withRoutine("full-routine", routine -> routine.addSource("nowhere")),
                        "Source",
                        "/routines/1/sources/0"),
                Arguments.of(
                        RuleTesting.withCue("yawning", cue -> cue.addSource("nowhere")), "Source", "/cues/1/sources/0"),
                Arguments.of(
                        RuleTesting.withContraindication("immunisation", entry -> entry.addSource("nowhere")),
                        "Source",
                        "/contraindications/1/sources/0"));
    }

    @ParameterizedTest(name = "{1} at {2}")
    @MethodSource("data_unresolved")
    void validate_unresolvedReference_isReportedOnceAtTheReference(Curriculum curriculum, String kind, String pointer) {
        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report)).containsExactly("error reference.unresolved " + pointer);
        assertThat(report.issues().get(0).getMessage())
                .startsWith(kind + " '")
                .endsWith("' is not in the curriculum's catalogue");
    }

    @Test
    void validate_referenceToAnotherKindsId_doesNotResolve() {
        // "fever" is a contraindication, not a cue
        Curriculum curriculum = RuleTesting.withWeek(1, week -> week.addCue("fever"));

        assertThat(findings(curriculum)).containsExactly("error reference.unresolved /schedule/weeks/0/cues/2");
    }

    @Test
    void validate_resolvedReferences_passes() {
        Curriculum curriculum = RuleTesting.withWeek(
                3, week -> week.addReviewRoutine("colic-relief").addCue("smiling"));

        assertThat(findings(curriculum)).isEmpty();
    }
}
