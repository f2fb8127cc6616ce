package dev.infantmassage.curriculum;

import java.util.ArrayList;
import java.util.List;

/**
 * Small, valid curricula for tests: change one thing per test with {@code builder().from(...)}.
 */
public final class SampleCurricula {
    private SampleCurricula() {}

    public static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    public static Stroke stroke(String id, BodyRegion region, Direction direction) {
        return Stroke.builder()
                .id(id)
                .name(en(id))
                .region(region)
                .direction(direction)
                .addStep(en("Do " + id + "."))
                .durationSeconds(30)
                .confidence(Confidence.CONFIRMED)
                .addSource("handbook")
                .build();
    }

    public static Stroke restingHands() {
        return Stroke.builder()
                .from(stroke("resting-hands", BodyRegion.WHOLE_BODY, Direction.STATIC))
                .role(StrokeRole.RESTING_HANDS)
                .build();
    }

    /** One stroke per teaching region, resting hands first; legs also has its integration sweep. */
    public static List<Stroke> strokes() {
        return List.of(
                restingHands(),
                Stroke.builder()
                        .from(stroke("legs-indian-milking", BodyRegion.LEGS_AND_FEET, Direction.AWAY_FROM_HEART))
                        .pattern(MotionPattern.INDIAN_MILKING)
                        .build(),
                Stroke.builder()
                        .from(stroke("legs-integration", BodyRegion.LEGS_AND_FEET, Direction.DOWNWARD))
                        .role(StrokeRole.INTEGRATION)
                        .build(),
                Stroke.builder()
                        .from(stroke("stomach-sun-moon", BodyRegion.STOMACH, Direction.CLOCKWISE))
                        .pattern(MotionPattern.CIRCLING)
                        .build(),
                stroke("chest-open-book", BodyRegion.CHEST, Direction.OUTWARD_FROM_MIDLINE),
                Stroke.builder()
                        .from(stroke("arms-swedish-milking", BodyRegion.ARMS_AND_HANDS, Direction.TOWARD_HEART))
                        .pattern(MotionPattern.SWEDISH_MILKING)
                        .build(),
                Stroke.builder()
                        .from(stroke("face-open-book", BodyRegion.FACE, Direction.OUTWARD_FROM_MIDLINE))
                        .oil(OilGuidance.MINIMAL)
                        .build(),
                stroke("back-swooping", BodyRegion.BACK, Direction.DOWNWARD),
                Stroke.builder()
                        .from(stroke("gentle-cross-arms", BodyRegion.GENTLE_MOVEMENTS, Direction.PASSIVE_MOVEMENT))
                        .addContactRegions(BodyRegion.ARMS_AND_HANDS, BodyRegion.CHEST)
                        .build());
    }

    public static WeekPlan week(int number, List<String> newStrokes, List<String> reviewStrokes) {
        return WeekPlan.builder()
                .number(number)
                .title(en("Week " + number))
                .sessionMinutes(60)
                .newStrokes(newStrokes)
                .reviewStrokes(reviewStrokes)
                .addTechnique("permission-ritual")
                .addCue("smiling")
                .addCue("yawning")
                .addTopic(DiscussionTopic.of(TopicTag.CUES, en("Cues")))
                .homePractice(HomePractice.ofMinutesPerDay(15))
                .build();
    }

    /** Five weeks that introduce every region, legs first, and discuss every essential topic. */
    public static FiveWeekSchedule schedule() {
        return FiveWeekSchedule.of(List.of(
                WeekPlan.builder()
                        .from(week(1, List.of("resting-hands", "legs-indian-milking", "legs-integration"), List.of()))
                        .addNewRoutine("colic-relief")
                        .addTopic(DiscussionTopic.of(TopicTag.SAFETY, en("Safety")))
                        .build(),
                WeekPlan.builder()
                        .from(week(
                                2,
                                List.of("stomach-sun-moon"),
                                List.of("resting-hands", "legs-indian-milking", "legs-integration")))
                        .addTopic(DiscussionTopic.of(TopicTag.CRYING, en("Crying")))
                        .addTopic(DiscussionTopic.of(TopicTag.COLIC, en("Colic")))
                        .build(),
                WeekPlan.builder()
                        .from(week(
                                3,
                                List.of("chest-open-book", "arms-swedish-milking"),
                                List.of("legs-indian-milking", "stomach-sun-moon")))
                        .addTopic(DiscussionTopic.of(TopicTag.PARTNER_INVOLVEMENT, en("Partners")))
                        .build(),
                WeekPlan.builder()
                        .from(week(
                                4,
                                List.of("face-open-book", "back-swooping"),
                                List.of("chest-open-book", "arms-swedish-milking")))
                        .addTopic(DiscussionTopic.of(TopicTag.SLEEP, en("Sleep")))
                        .build(),
                WeekPlan.builder()
                        .from(week(5, List.of("gentle-cross-arms"), List.of("legs-indian-milking", "stomach-sun-moon")))
                        .addNewRoutine("full-routine")
                        .addTopic(DiscussionTopic.of(TopicTag.GROWING_BABY, en("The growing baby")))
                        .build()));
    }

    /** Every stroke of {@link #strokes()} in order, each region block opened by resting hands. */
    public static List<RoutineStep> fullRoutineSteps() {
        List<RoutineStep> steps = new ArrayList<>();
        BodyRegion previous = null;
        for (Stroke stroke : strokes()) {
            if (stroke.getRegion() == BodyRegion.WHOLE_BODY) {
                continue;
            }
            if (stroke.getRegion() != previous) {
                steps.add(RoutineStep.of("resting-hands"));
                previous = stroke.getRegion();
            }
            steps.add(RoutineStep.of(stroke.getId()));
        }
        return List.copyOf(steps);
    }

    /** A small curriculum that passes every rule. */
    /** An oil that passes the oil rule: unscented, edible, cold-pressed, nut-free, patch-tested. */
    public static Oil oil(String id) {
        return Oil.builder()
                .id(id)
                .name(en(id))
                .unscented(true)
                .edible(true)
                .coldPressed(true)
                .nutFree(true)
                .patchTestRequired(true)
                .build();
    }

    /** An oil policy that passes the oil rule: a sunflower default, a safflower alternative, a nut warning. */
    public static OilPolicy oilPolicy() {
        return OilPolicy.builder()
                .defaultOil(Oil.builder()
                        .from(oil("sunflower"))
                        .addNote(en("Edible."))
                        .build())
                .addAlternative(oil("safflower"))
                .addAvoid(OilWarning.builder()
                        .id("nut-oils")
                        .name(en("Nut oils"))
                        .reason(en("Allergy risk."))
                        .confidence(Confidence.CONFIRMED)
                        .addSource("handbook")
                        .build())
                .addPatchTest(en("Try a little on the wrist first."))
                .addAdvisory(en("Keep oil away from the eyes."))
                .addSource("handbook")
                .build();
    }

    public static Curriculum minimal() {
        return Curriculum.builder()
                .id("sample")
                .title(en("Sample curriculum"))
                .defaultLanguage("en")
                .addAuthor("Test Author")
                .license("CC-BY-4.0")
                .addSource(Citation.builder()
                        .id("handbook")
                        .title("Infant Massage: A Handbook for Loving Parents")
                        .build())
                .strokes(strokes())
                .addTechnique(Technique.builder()
                        .id("permission-ritual")
                        .kind(TechniqueKind.PERMISSION_RITUAL)
                        .name(en("Asking permission"))
                        .addStep(en("Show your open hands and ask."))
                        .confidence(Confidence.CONFIRMED)
                        .build())
                .addRoutine(Routine.builder()
                        .id("colic-relief")
                        .kind(RoutineKind.COLIC_RELIEF)
                        .name(en("Colic relief"))
                        .addStep(RoutineStep.of("resting-hands"))
                        .addStep(RoutineStep.of("stomach-sun-moon", 6))
                        .cyclesPerSession(3)
                        .sessionsPerDay(2)
                        .days(14)
                        .build())
                .addRoutine(Routine.builder()
                        .id("full-routine")
                        .kind(RoutineKind.FULL)
                        .name(en("Full routine"))
                        .steps(fullRoutineSteps())
                        .build())
                .addCue(CueSignal.builder()
                        .id("smiling")
                        .name(en("Smiling"))
                        .polarity(CuePolarity.ENGAGEMENT)
                        .intensity(CueIntensity.POTENT)
                        .response(CueResponse.CONTINUE)
                        .build())
                .addCue(CueSignal.builder()
                        .id("yawning")
                        .name(en("Yawning"))
                        .polarity(CuePolarity.DISENGAGEMENT)
                        .intensity(CueIntensity.SUBTLE)
                        .response(CueResponse.PAUSE_OR_ADAPT)
                        .build())
                .addContraindication(Contraindication.builder()
                        .id("fever")
                        .condition(en("Fever"))
                        .scope(ContraindicationScope.WHOLE_BODY_STOP)
                        .guidance(en("Wait until the fever has gone."))
                        .build())
                .addContraindication(Contraindication.builder()
                        .id("immunisation")
                        .condition(en("Recent immunisation"))
                        .scope(ContraindicationScope.WHOLE_BODY_STOP)
                        .waitingPeriod(WaitingPeriod.of(TimeUnit.HOURS, 24, 48, 72))
                        .guidance(en("Wait before massaging."))
                        .build())
                .schedule(schedule())
                .build();
    }
}
