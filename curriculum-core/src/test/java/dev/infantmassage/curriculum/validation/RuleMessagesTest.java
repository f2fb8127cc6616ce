package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.TopicTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule's message names the offending value and what was expected, in one sentence. */
class RuleMessagesTest {
    private static Curriculum fullRoutine(List<String> strokes) {
        return RuleTesting.withRoutine(
                "full-routine",
                routine -> routine.steps(strokes.stream().map(RoutineStep::of).toList()));
    }

    private static List<String> sampleFullRoutine() {
        return new ArrayList<>(SampleCurricula.fullRoutineSteps().stream()
                .map(RoutineStep::getStroke)
                .toList());
    }

    static Stream<Arguments> data_messages() {
        List<String> armsBeforeChest = sampleFullRoutine();
        armsBeforeChest.set(6, "arms-swedish-milking");
        armsBeforeChest.set(8, "chest-open-book");
        List<String> legsReversed = sampleFullRoutine();
        legsReversed.set(1, "legs-integration");
        legsReversed.set(2, "legs-indian-milking");
        List<String> stomachUngreeted = sampleFullRoutine();
        stomachUngreeted.remove(3);
        return Stream.of(
                Arguments.of(
                        RuleTesting.sample(builder -> builder.id("My_Curriculum")),
                        IssueCode.ID_MALFORMED,
                        "Identifier must be lower-kebab-case (a-z, 0-9, single hyphens), but was 'My_Curriculum'"),
                Arguments.of(
                        RuleTesting.withWeek(2, week -> week.addCue("fever")),
                        IssueCode.REFERENCE_UNRESOLVED,
                        "Cue 'fever' is not in the curriculum's catalogue"),
                Arguments.of(
                        RuleTesting.withWeek(
                                3, week -> week.newStrokes(List.of("arms-swedish-milking", "chest-open-book"))),
                        IssueCode.ORDER_WEEK_REGIONS,
                        "New strokes must follow the canonical region order, but 'chest-open-book' (region 'chest') "
                                + "comes after region 'arms-and-hands'"),
                Arguments.of(
                        TeachingOrderRulesTest.stomachFirst(),
                        IssueCode.ORDER_FIRST_REGION,
                        "The first region introduced must be 'legs-and-feet', but was 'stomach'"),
                Arguments.of(
                        fullRoutine(armsBeforeChest),
                        IssueCode.ORDER_ROUTINE_REGIONS,
                        "Full routine steps must follow the canonical region order, but 'chest-open-book' (region 'chest') "
                                + "comes after region 'arms-and-hands'"),
                Arguments.of(
                        fullRoutine(legsReversed),
                        IssueCode.ORDER_ROUTINE_CATALOGUE,
                        "Full routine steps within a region must follow the catalogue order, but 'legs-indian-milking' "
                                + "comes after 'legs-integration'"),
                Arguments.of(
                        fullRoutine(legsReversed),
                        IssueCode.ORDER_BLOCK_INTEGRATION,
                        "The 'legs-and-feet' block of routine 'full-routine' must end with its integration stroke, but "
                                + "ends with 'legs-indian-milking'"),
                Arguments.of(
                        fullRoutine(stomachUngreeted),
                        IssueCode.ORDER_BLOCK_RESTING_HANDS,
                        "The 'stomach' block of routine 'full-routine' must start with resting hands, but starts with "
                                + "'stomach-sun-moon'"),
                Arguments.of(
                        RuleTesting.withStroke("stomach-sun-moon", stroke -> stroke.direction(Direction.DOWNWARD)),
                        IssueCode.DIRECTION_STOMACH_NOT_CLOCKWISE,
                        "Stomach stroke 'stomach-sun-moon' must move clockwise, but its direction was 'downward'"),
                Arguments.of(
                        RuleTesting.withStroke("face-open-book", stroke -> stroke.oil(OilGuidance.RECOMMENDED)),
                        IssueCode.STROKE_FACE_OIL,
                        "Face stroke 'face-open-book' must use little or no oil, but its oil was 'recommended'"),
                Arguments.of(
                        RuleTesting.withWeek(3, week -> week.techniques(List.of())),
                        IssueCode.WEEK_PERMISSION_RITUAL_MISSING,
                        "Week 3 must practise the permission ritual, but its techniques include none"),
                Arguments.of(
                        RuleTesting.withWeek(3, week -> week.homePractice(Optional.empty())),
                        IssueCode.WEEK_HOME_PRACTICE_MISSING,
                        "Week 3 must set home practice, but sets none"),
                Arguments.of(
                        RuleTesting.withWeek(3, week -> week.sessionMinutes(120)),
                        IssueCode.WEEK_SESSION_LENGTH_UNUSUAL,
                        "Session length must be between 45 and 90 minutes, but was 120"),
                Arguments.of(
                        RuleTesting.withContraindication(
                                "fever", entry -> entry.scope(ContraindicationScope.AVOID_LOCAL_REGION)),
                        IssueCode.CONTRAINDICATION_SITE_MISSING,
                        "Contraindication 'fever' must name a region or a site to avoid, but names neither"),
                Arguments.of(
                        RuleTesting.withContraindication("fever", entry -> entry.guidance(en(""))),
                        IssueCode.CONTRAINDICATION_GUIDANCE_MISSING,
                        "Contraindication 'fever' must have guidance text, but its guidance is blank"),
                Arguments.of(
                        RuleTesting.withWeek(4, week -> week.newStrokes(List.of("face-open-book"))),
                        IssueCode.SCHEDULE_REGION_NOT_INTRODUCED,
                        "Region 'back' must be introduced by week 5, but no week introduces a stroke of it"),
                Arguments.of(
                        RuleTesting.withWeek(4, week -> week.newStrokes(List.of("face-open-book"))),
                        IssueCode.SCHEDULE_STROKE_NOT_INTRODUCED,
                        "Stroke 'back-swooping' must be introduced in some week, but no week introduces it"),
                Arguments.of(
                        RuleTesting.withWeek(1, week -> week.newRoutines(List.of())),
                        IssueCode.SCHEDULE_COLIC_ROUTINE_MISSING,
                        "The schedule must introduce a colic relief routine, but introduces none"),
                Arguments.of(
                        RuleTesting.withWeeks(
                                week -> week.getNumber() == 1 || week.getNumber() == 4,
                                week -> week.newRoutines(
                                        week.build().getNumber() == 1 ? List.of() : List.of("colic-relief"))),
                        IssueCode.SCHEDULE_COLIC_ROUTINE_LATE,
                        "Colic relief routine 'colic-relief' must be introduced no later than the stomach (week 2), but was "
                                + "introduced in week 4"),
                Arguments.of(
                        RuleTesting.withWeek(5, week -> week.newRoutines(List.of())),
                        IssueCode.SCHEDULE_FULL_ROUTINE_MISSING,
                        "Week 5 must include a full routine, but includes none"),
                Arguments.of(
                        RuleTesting.withWeek(
                                4,
                                week -> week.topics(week.build().getTopics().stream()
                                        .filter(topic -> topic.getTag() != TopicTag.SLEEP)
                                        .toList())),
                        IssueCode.SCHEDULE_TOPIC_MISSING,
                        "The weeks must discuss topic 'sleep', but none does"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("data_messages")
    void validate_messageNamesValueAndExpectation(Curriculum curriculum, IssueCode code, String message) {
        assertThat(RuleTesting.VALIDATOR.validate(curriculum).first(code))
                .map(Issue::getMessage)
                .contains(message);
    }
}
