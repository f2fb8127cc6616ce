package dev.infantmassage.curriculum.examples;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.Confidence;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.MotionPattern;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineKind;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.TechniqueKind;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.TopicTag;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 3: build a small curriculum in code with the builders, validate it, and write it as JSON.
 *
 * <p>The curriculum is deliberately tiny (one stroke per region) but complete: five weeks, legs
 * first, a colic routine and a full routine, cues and contraindications. Change a value (a stomach
 * stroke's direction to {@code COUNTERCLOCKWISE}, say) and run it again to see the validator's report.
 *
 * <pre>{@code java dev.infantmassage.curriculum.examples.BuildCurriculumInCode}</pre>
 */
public final class BuildCurriculumInCode {
    private BuildCurriculumInCode() {}

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /** Builds, validates and prints the curriculum; returns 1 if it has errors, else 0. */
    public static int run(PrintStream out, String... args) {
        Curriculum curriculum = build();

        ValidationReport report = CurriculumValidator.create().validate(curriculum);
        out.println("Validation: " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
                + " warnings");
        report.issues().forEach(out::println);
        if (report.hasErrors()) {
            return 1;
        }
        out.print(CurriculumJson.create().writeString(curriculum));
        return 0;
    }

    /** The curriculum, built value by value. */
    public static Curriculum build() {
        List<Stroke> strokes = List.of(
                stroke(
                                "resting-hands",
                                "Resting hands",
                                BodyRegion.WHOLE_BODY,
                                Direction.STATIC,
                                "Rest your warm hands still on the baby.")
                        .role(StrokeRole.RESTING_HANDS)
                        .build(),
                stroke(
                                "legs-indian-milking",
                                "Indian milking (leg)",
                                BodyRegion.LEGS_AND_FEET,
                                Direction.AWAY_FROM_HEART,
                                "Hold the ankle; glide the other hand from thigh to ankle, hand over hand.")
                        .pattern(MotionPattern.INDIAN_MILKING)
                        .build(),
                stroke(
                                "legs-integration",
                                "Integration (legs)",
                                BodyRegion.LEGS_AND_FEET,
                                Direction.DOWNWARD,
                                "Sweep both hands from the bottom down to the feet.")
                        .role(StrokeRole.INTEGRATION)
                        .build(),
                stroke(
                                "stomach-sun-moon",
                                "Sun moon",
                                BodyRegion.STOMACH,
                                Direction.CLOCKWISE,
                                "One hand circles the navel clockwise; the other follows with a half circle.")
                        .pattern(MotionPattern.CIRCLING)
                        .build(),
                stroke(
                                "chest-open-book",
                                "Open book (chest)",
                                BodyRegion.CHEST,
                                Direction.OUTWARD_FROM_MIDLINE,
                                "Smooth both hands out from the centre of the chest, like opening a book.")
                        .build(),
                stroke(
                                "arms-swedish-milking",
                                "Swedish milking (arm)",
                                BodyRegion.ARMS_AND_HANDS,
                                Direction.TOWARD_HEART,
                                "Hold the wrist; glide the other hand from wrist to shoulder, hand over hand.")
                        .pattern(MotionPattern.SWEDISH_MILKING)
                        .build(),
                stroke(
                                "face-open-book",
                                "Open book (forehead)",
                                BodyRegion.FACE,
                                Direction.OUTWARD_FROM_MIDLINE,
                                "Smooth flat fingers from the middle of the forehead out to the temples.")
                        .oil(OilGuidance.MINIMAL)
                        .build(),
                stroke(
                                "back-swooping",
                                "Swooping",
                                BodyRegion.BACK,
                                Direction.DOWNWARD,
                                "One hand rests on the bottom; the other glides down from the neck.")
                        .addContactRegions(BodyRegion.LEGS_AND_FEET)
                        .build(),
                stroke(
                                "gentle-cross-arms",
                                "Cross arms",
                                BodyRegion.GENTLE_MOVEMENTS,
                                Direction.PASSIVE_MOVEMENT,
                                "Cross the arms over the chest three times, then open them out.")
                        .addContactRegions(BodyRegion.CHEST, BodyRegion.ARMS_AND_HANDS)
                        .build());

        return Curriculum.builder()
                .id("mini-course")
                .title(en("A mini course in infant massage"))
                .defaultLanguage("en")
                .addAuthor("Example Author")
                .license("CC-BY-4.0")
                .addSource(Citation.builder()
                        .id("handbook")
                        .title("Infant Massage: A Handbook for Loving Parents")
                        .build())
                .strokes(strokes)
                .addTechnique(Technique.builder()
                        .id("permission-ritual")
                        .kind(TechniqueKind.PERMISSION_RITUAL)
                        .name(en("Asking permission"))
                        .addStep(en("Show your open, oiled hands and ask: may I massage you?"))
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
                        .steps(fullRoutine(strokes))
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
                        .guidance(en("Do not massage until the fever has gone and the baby is well."))
                        .build())
                .addContraindication(Contraindication.builder()
                        .id("immunisation")
                        .condition(en("Recent immunisation"))
                        .scope(ContraindicationScope.WHOLE_BODY_STOP)
                        .waitingPeriod(WaitingPeriod.of(TimeUnit.HOURS, 24, 48, 72))
                        .guidance(en("Wait before massaging; ask a health professional if unsure."))
                        .build())
                .schedule(FiveWeekSchedule.of(List.of(
                        week(
                                        1,
                                        List.of("resting-hands", "legs-indian-milking", "legs-integration"),
                                        List.of(),
                                        TopicTag.SAFETY,
                                        "Safety first")
                                .addNewRoutine("colic-relief")
                                .build(),
                        week(
                                        2,
                                        List.of("stomach-sun-moon"),
                                        List.of("resting-hands", "legs-indian-milking", "legs-integration"),
                                        TopicTag.CRYING,
                                        "Crying as communication")
                                .addTopic(DiscussionTopic.of(TopicTag.COLIC, en("Colic and gas")))
                                .build(),
                        week(
                                        3,
                                        List.of("chest-open-book", "arms-swedish-milking"),
                                        List.of("legs-indian-milking", "stomach-sun-moon"),
                                        TopicTag.PARTNER_INVOLVEMENT,
                                        "Fathers and partners")
                                .build(),
                        week(
                                        4,
                                        List.of("face-open-book", "back-swooping"),
                                        List.of("chest-open-book", "arms-swedish-milking"),
                                        TopicTag.SLEEP,
                                        "Sleep and bedtime")
                                .build(),
                        week(
                                        5,
                                        List.of("gentle-cross-arms"),
                                        List.of("legs-indian-milking", "stomach-sun-moon"),
                                        TopicTag.GROWING_BABY,
                                        "The growing baby")
                                .addNewRoutine("full-routine")
                                .build())))
                .build();
    }

    private static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    private static Stroke.Builder stroke(String id, String name, BodyRegion region, Direction direction, String step) {
        return Stroke.builder()
                .id(id)
                .name(en(name))
                .region(region)
                .direction(direction)
                .addStep(en(step))
                .durationSeconds(30)
                .confidence(Confidence.CONFIRMED)
                .addSource("handbook");
    }

    private static WeekPlan.Builder week(
            int number, List<String> newStrokes, List<String> reviewStrokes, TopicTag tag, String topic) {
        return WeekPlan.builder()
                .number(number)
                .title(en("Week " + number))
                .sessionMinutes(60)
                .newStrokes(newStrokes)
                .reviewStrokes(reviewStrokes)
                .addTechnique("permission-ritual")
                .addCue("smiling")
                .addCue("yawning")
                .addTopic(DiscussionTopic.of(TopicTag.CUES, en("Reading your baby's cues")))
                .addTopic(DiscussionTopic.of(tag, en(topic)))
                .homePractice(HomePractice.ofMinutesPerDay(15));
    }

    /** Every region's strokes in order, each block opened by resting hands. */
    private static List<RoutineStep> fullRoutine(List<Stroke> strokes) {
        List<RoutineStep> steps = new ArrayList<>();
        BodyRegion previous = BodyRegion.WHOLE_BODY;
        for (Stroke stroke : strokes) {
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
}
