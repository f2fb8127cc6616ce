package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.TopicTag;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the five weeks cover: {@code schedule.region.not-introduced}, {@code schedule.colic-routine.missing},
 * {@code schedule.colic-routine.late}, {@code schedule.full-routine.missing}, {@code schedule.topic.missing}.
 */
class CoverageRulesTest {
    static Stream<Arguments> data_cases() {
        return Stream.of(
                Arguments.of(
                        "back never introduced",
                        RuleTesting.withWeek(4, week -> week.newStrokes(List.of("face-open-book"))),
                        List.of(
                                "warning schedule.region.not-introduced /schedule/weeks",
                                "warning schedule.stroke.not-introduced /strokes/7/id")),
                Arguments.of(
                        "colic relief routine never introduced",
                        RuleTesting.withWeek(1, week -> week.newRoutines(List.of())),
                        List.of("warning schedule.colic-routine.missing /schedule/weeks")),
                Arguments.of(
                        "colic relief routine after the stomach",
                        RuleTesting.withWeeks(
                                week -> week.getNumber() == 1 || week.getNumber() == 3,
                                week -> week.newRoutines(
                                        week.build().getNumber() == 1 ? List.of() : List.of("colic-relief"))),
                        List.of("warning schedule.colic-routine.late /schedule/weeks/2/newRoutines/0")),
                Arguments.of(
                        "colic relief routine with the stomach",
                        RuleTesting.withWeeks(
                                week -> week.getNumber() == 1 || week.getNumber() == 2,
                                week -> week.newRoutines(
                                        week.build().getNumber() == 1 ? List.of() : List.of("colic-relief"))),
                        List.of()),
                Arguments.of(
                        "no full routine in week 5",
                        RuleTesting.withWeek(5, week -> week.newRoutines(List.of())),
                        List.of("warning schedule.full-routine.missing /schedule/weeks/4")),
                Arguments.of(
                        "full routine reviewed in week 5",
                        RuleTesting.withWeeks(week -> week.getNumber() >= 4, week -> {
                            if (week.build().getNumber() == 4) {
                                week.addNewRoutine("full-routine");
                            } else {
                                week.newRoutines(List.of()).addReviewRoutine("full-routine");
                            }
                        }),
                        List.of()),
                Arguments.of(
                        "a routine of another kind in week 5 is not the full routine",
                        RuleTesting.withWeek(
                                5, week -> week.newRoutines(List.of()).addReviewRoutine("colic-relief")),
                        List.of("warning schedule.full-routine.missing /schedule/weeks/4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_cases")
    void validate_coverage(String name, Curriculum curriculum, List<String> expected) {
        assertThat(findings(curriculum)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(
            value = TopicTag.class,
            names = {"CUES", "CRYING", "COLIC", "SLEEP", "PARTNER_INVOLVEMENT", "GROWING_BABY", "SAFETY"})
    void validate_essentialTopicNeverDiscussed_isAWarningNamingTheTag(TopicTag tag) {
        Curriculum curriculum = RuleTesting.withWeeks(
                week -> true,
                week -> week.topics(week.build().getTopics().stream()
                        .filter(topic -> topic.getTag() != tag)
                        .toList()));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report)).containsExactly("warning schedule.topic.missing /schedule/weeks");
        assertThat(report.issues().get(0).getMessage())
                .isEqualTo("The weeks must discuss topic '" + tag.code() + "', but none does");
    }
}
