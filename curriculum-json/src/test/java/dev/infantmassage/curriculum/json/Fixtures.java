package dev.infantmassage.curriculum.json;

import dev.infantmassage.curriculum.BenefitTag;
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
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Curricula for the JSON tests: a small valid one, and one that sets every property of every type. */
final class Fixtures {
    private Fixtures() {}

    static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    static Stroke stroke(String id, BodyRegion region, Direction direction) {
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

    static List<Stroke> strokes() {
        return List.of(
                Stroke.builder().from(stroke("resting-hands", BodyRegion.WHOLE_BODY, Direction.STATIC))
                        .role(StrokeRole.RESTING_HANDS).build(),
                Stroke.builder().from(stroke("legs-indian-milking", BodyRegion.LEGS_AND_FEET, Direction.AWAY_FROM_HEART))
                        .pattern(MotionPattern.INDIAN_MILKING).build(),
                Stroke.builder().from(stroke("legs-integration", BodyRegion.LEGS_AND_FEET, Direction.DOWNWARD))
                        .role(StrokeRole.INTEGRATION).build(),
                Stroke.builder().from(stroke("stomach-sun-moon", BodyRegion.STOMACH, Direction.CLOCKWISE))
                        .pattern(MotionPattern.CIRCLING).build(),
                stroke("chest-open-book", BodyRegion.CHEST, Direction.OUTWARD_FROM_MIDLINE),
                Stroke.builder().from(stroke("arms-swedish-milking", BodyRegion.ARMS_AND_HANDS, Direction.TOWARD_HEART))
                        .pattern(MotionPattern.SWEDISH_MILKING).build(),
                Stroke.builder().from(stroke("face-open-book", BodyRegion.FACE, Direction.OUTWARD_FROM_MIDLINE))
                        .oil(OilGuidance.MINIMAL).build(),
                stroke("back-swooping", BodyRegion.BACK, Direction.DOWNWARD),
                stroke("gentle-cross-arms", BodyRegion.GENTLE_MOVEMENTS, Direction.PASSIVE_MOVEMENT));
    }

    static WeekPlan week(int number, List<String> newStrokes, List<String> reviewStrokes) {
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

    static FiveWeekSchedule schedule() {
        return FiveWeekSchedule.of(List.of(
                WeekPlan.builder().from(week(1, List.of("resting-hands", "legs-indian-milking", "legs-integration"), List.of()))
                        .addNewRoutine("colic-relief").build(),
                week(2, List.of("stomach-sun-moon"), List.of("resting-hands", "legs-indian-milking", "legs-integration")),
                week(3, List.of("chest-open-book", "arms-swedish-milking"), List.of("legs-indian-milking", "stomach-sun-moon")),
                week(4, List.of("face-open-book", "back-swooping"), List.of("chest-open-book", "arms-swedish-milking")),
                WeekPlan.builder().from(week(5, List.of("gentle-cross-arms"), List.of("legs-indian-milking", "stomach-sun-moon")))
                        .addNewRoutine("full-routine").build()));
    }

    /** A small curriculum that passes every rule. */
    static Curriculum minimal() {
        return Curriculum.builder()
                .id("sample")
                .title(en("Sample curriculum"))
                .defaultLanguage("en")
                .addAuthor("Test Author")
                .license("CC-BY-4.0")
                .addSource(Citation.builder().id("handbook").title("Infant Massage: A Handbook for Loving Parents").build())
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
                        .steps(strokes().stream().map(stroke -> RoutineStep.of(stroke.getId())).toList())
                        .build())
                .addCue(CueSignal.builder().id("smiling").name(en("Smiling")).polarity(CuePolarity.ENGAGEMENT)
                        .intensity(CueIntensity.POTENT).response(CueResponse.CONTINUE).build())
                .addCue(CueSignal.builder().id("yawning").name(en("Yawning")).polarity(CuePolarity.DISENGAGEMENT)
                        .intensity(CueIntensity.SUBTLE).response(CueResponse.PAUSE_OR_ADAPT).build())
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

    static ObjectNode extension(String note) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("note", note);
        node.putArray("tags").add("a").add(2).add(true);
        return node;
    }

    /** The small curriculum with every optional property set, a second language and extensions everywhere. */
    static Curriculum full() {
        Curriculum minimal = minimal();
        LocalizedText bilingual = LocalizedText.of(Map.of("en", "Hello")).with("es", "Hola");
        Stroke first = Stroke.builder().from(minimal.getStrokes().get(1))
                .repetitions(6)
                .addBenefit(BenefitTag.RELAXATION)
                .addBenefit(BenefitTag.CIRCULATION)
                .minAgeWeeks(2)
                .maxAgeWeeks(52)
                .oil(OilGuidance.NONE)
                .confidence(Confidence.PARTIAL)
                .addAdvisory(en("Some guilds advise against it."))
                .putExtension("x-video", JsonNodeFactory.instance.stringNode("https://example.org/v.mp4"))
                .build();
        List<Stroke> strokes = new java.util.ArrayList<>(minimal.getStrokes());
        strokes.set(1, first);
        Routine colic = Routine.builder().from(minimal.getRoutines().get(0))
                .description(bilingual)
                .steps(List.of(
                        RoutineStep.builder().stroke("resting-hands").note(en("Breathe.")).putExtension("x-beat", extension("slow")).build(),
                        RoutineStep.of("stomach-sun-moon", 6)))
                .addSource("handbook")
                .putExtension("x-order", JsonNodeFactory.instance.numberNode(3))
                .build();
        Contraindication site = Contraindication.builder()
                .id("immunisation-site")
                .condition(en("Injection site"))
                .scope(ContraindicationScope.AVOID_LOCAL_REGION)
                .addRegion(BodyRegion.LEGS_AND_FEET)
                .addRegion(BodyRegion.ARMS_AND_HANDS)
                .site(en("the injection site"))
                .askProfessional(true)
                .waitingPeriod(WaitingPeriod.builder().from(WaitingPeriod.of(TimeUnit.DAYS, 1, 2, 3))
                        .putExtension("x-why", JsonNodeFactory.instance.stringNode("sources disagree")).build())
                .guidance(en("Leave the site out."))
                .addSource("handbook")
                .putExtension("x-reviewed", JsonNodeFactory.instance.booleanNode(true))
                .build();
        WeekPlan week1 = WeekPlan.builder().from(minimal.getSchedule().getWeeks().get(0))
                .addTopic(DiscussionTopic.builder().from(DiscussionTopic.of(TopicTag.OIL, en("Oil")))
                        .putExtension("x-slides", JsonNodeFactory.instance.numberNode(4)).build())
                .homePractice(HomePractice.builder().minutesPerDay(15).note(en("Legs only.")).putExtension("x-sheet", extension("p1")).build())
                .putExtension("x-room", JsonNodeFactory.instance.stringNode("B"))
                .build();
        List<WeekPlan> weeks = new java.util.ArrayList<>(minimal.getSchedule().getWeeks());
        weeks.set(0, week1);
        return Curriculum.builder().from(minimal)
                .formatVersion("1.0")
                .description(bilingual)
                .addLanguage("es")
                .addAuthor("Second Author")
                .sources(List.of(Citation.builder().from(minimal.getSources().get(0))
                        .url("https://example.org/handbook")
                        .note("The standard text.")
                        .putExtension("x-isbn", JsonNodeFactory.instance.stringNode("978-0553382358"))
                        .build()))
                .strokes(strokes)
                .techniques(List.of(Technique.builder().from(minimal.getTechniques().get(0)).addSource("handbook")
                        .putExtension("x-note", JsonNodeFactory.instance.nullNode()).build()))
                .routines(List.of(colic, minimal.getRoutines().get(1)))
                .cues(List.of(CueSignal.builder().from(minimal.getCues().get(0)).guidance(en("Carry on."))
                        .addSource("handbook").putExtension("x-photo", extension("smile")).build(),
                        minimal.getCues().get(1)))
                .contraindications(List.of(minimal.getContraindications().get(0), minimal.getContraindications().get(1), site))
                .schedule(FiveWeekSchedule.builder().weeks(weeks)
                        .putExtension("x-term", JsonNodeFactory.instance.stringNode("spring")).build())
                .putExtension("$schema", JsonNodeFactory.instance.stringNode("https://infantmassage.dev/schema/curriculum-1.json"))
                .putExtension("x-generator", extension("fixtures"))
                .build();
    }
}
