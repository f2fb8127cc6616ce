package dev.infantmassage.curriculum.planning;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static dev.infantmassage.curriculum.SampleCurricula.stroke;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.WaitingPeriod;
import java.util.List;
import java.util.Set;

/**
 * A curriculum with every contraindication scope of the domain brief (§5) and the cue table (§4),
 * for planner and cue guide tests.
 */
final class PlanningFixtures {
    private PlanningFixtures() {}

    static final List<String> WEEK_1 =
            List.of("resting-hands", "legs-indian-milking", "legs-swedish-milking", "legs-integration");
    static final List<String> WEEK_2 = List.of("stomach-water-wheel-a", "stomach-sun-moon", "stomach-i-love-you");
    static final List<String> WEEK_3 =
            List.of("chest-open-book", "chest-integration", "arms-indian-milking", "arms-integration");
    static final List<String> WEEK_4 = List.of("face-open-book", "face-smile", "back-swooping");
    static final List<String> WEEK_5 = List.of("gentle-cross-arms", "gentle-bicycle");

    static Curriculum curriculum() {
        return Curriculum.builder()
                .from(SampleCurricula.minimal())
                .strokes(strokes())
                .cues(cues())
                .contraindications(contraindications())
                .schedule(FiveWeekSchedule.of(List.of(
                        SampleCurricula.week(1, WEEK_1, List.of()),
                        SampleCurricula.week(2, WEEK_2, List.of("legs-indian-milking", "legs-integration")),
                        SampleCurricula.week(3, WEEK_3, List.of("legs-swedish-milking", "stomach-sun-moon")),
                        SampleCurricula.week(4, WEEK_4, List.of("chest-open-book", "arms-indian-milking")),
                        SampleCurricula.week(5, WEEK_5, List.of("resting-hands", "stomach-i-love-you")))))
                .build();
    }

    /** The catalogue, deliberately not in teaching order, so the planner's sorting shows. */
    static List<Stroke> strokes() {
        return List.of(
                stroke("back-swooping", BodyRegion.BACK, Direction.DOWNWARD),
                SampleCurricula.restingHands(),
                stroke("legs-indian-milking", BodyRegion.LEGS_AND_FEET, Direction.AWAY_FROM_HEART),
                stroke("legs-swedish-milking", BodyRegion.LEGS_AND_FEET, Direction.TOWARD_HEART),
                role(stroke("legs-integration", BodyRegion.LEGS_AND_FEET, Direction.DOWNWARD), StrokeRole.INTEGRATION),
                stroke("stomach-water-wheel-a", BodyRegion.STOMACH, Direction.DOWNWARD),
                stroke("stomach-sun-moon", BodyRegion.STOMACH, Direction.CLOCKWISE),
                stroke("stomach-i-love-you", BodyRegion.STOMACH, Direction.CLOCKWISE),
                stroke("chest-open-book", BodyRegion.CHEST, Direction.OUTWARD_FROM_MIDLINE),
                role(stroke("chest-integration", BodyRegion.CHEST, Direction.DOWNWARD), StrokeRole.INTEGRATION),
                stroke("arms-indian-milking", BodyRegion.ARMS_AND_HANDS, Direction.AWAY_FROM_HEART),
                role(stroke("arms-integration", BodyRegion.ARMS_AND_HANDS, Direction.DOWNWARD), StrokeRole.INTEGRATION),
                stroke("face-open-book", BodyRegion.FACE, Direction.OUTWARD_FROM_MIDLINE),
                Stroke.builder()
                        .from(stroke("face-smile", BodyRegion.FACE, Direction.OUTWARD_FROM_MIDLINE))
                        .maxAgeWeeks(104)
                        .build(),
                stroke("gentle-cross-arms", BodyRegion.GENTLE_MOVEMENTS, Direction.PASSIVE_MOVEMENT),
                Stroke.builder()
                        .from(stroke("gentle-bicycle", BodyRegion.GENTLE_MOVEMENTS, Direction.PASSIVE_MOVEMENT))
                        .minAgeWeeks(8)
                        .build());
    }

    private static Stroke role(Stroke stroke, StrokeRole role) {
        return Stroke.builder().from(stroke).role(role).build();
    }

    static List<CueSignal> cues() {
        return List.of(
                cue("smiling", CuePolarity.ENGAGEMENT, CueIntensity.POTENT, CueResponse.CONTINUE),
                cue("cooing", CuePolarity.ENGAGEMENT, CueIntensity.POTENT, CueResponse.CONTINUE),
                cue("reaching", CuePolarity.ENGAGEMENT, CueIntensity.POTENT, CueResponse.CONTINUE),
                cue("raised-brows", CuePolarity.ENGAGEMENT, CueIntensity.SUBTLE, CueResponse.CONTINUE),
                cue("yawning", CuePolarity.DISENGAGEMENT, CueIntensity.SUBTLE, CueResponse.PAUSE_OR_ADAPT),
                cue("looking-away", CuePolarity.DISENGAGEMENT, CueIntensity.SUBTLE, CueResponse.PAUSE_OR_ADAPT),
                cue("hand-to-ear", CuePolarity.DISENGAGEMENT, CueIntensity.SUBTLE, CueResponse.PAUSE_OR_ADAPT),
                cue("hiccups", CuePolarity.DISENGAGEMENT, CueIntensity.SUBTLE, CueResponse.PAUSE_OR_ADAPT),
                cue("crying", CuePolarity.DISENGAGEMENT, CueIntensity.POTENT, CueResponse.STOP_AND_COMFORT),
                cue("arching-back", CuePolarity.DISENGAGEMENT, CueIntensity.POTENT, CueResponse.STOP_AND_COMFORT),
                // An author may ask for more than the general rule: a subtle cue that means stop.
                cue("lip-tremor", CuePolarity.DISENGAGEMENT, CueIntensity.SUBTLE, CueResponse.STOP_AND_COMFORT),
                cue("breathing-pauses", CuePolarity.DISENGAGEMENT, CueIntensity.POTENT, CueResponse.STOP_AND_GET_HELP));
    }

    private static CueSignal cue(String id, CuePolarity polarity, CueIntensity intensity, CueResponse response) {
        return CueSignal.builder()
                .id(id)
                .name(en(id.replace('-', ' ')))
                .polarity(polarity)
                .intensity(intensity)
                .response(response)
                .build();
    }

    static List<Contraindication> contraindications() {
        return List.of(
                contraindication("fever", ContraindicationScope.WHOLE_BODY_STOP).build(),
                contraindication("acute-illness", ContraindicationScope.WHOLE_BODY_STOP)
                        .askProfessional(true)
                        .build(),
                contraindication("immunisation", ContraindicationScope.WHOLE_BODY_STOP)
                        .waitingPeriod(WaitingPeriod.of(TimeUnit.HOURS, 24, 48, 72))
                        .build(),
                contraindication("immunisation-site", ContraindicationScope.AVOID_LOCAL_REGION)
                        .regions(Set.of(BodyRegion.LEGS_AND_FEET, BodyRegion.ARMS_AND_HANDS))
                        .site(en("The injection site"))
                        .waitingPeriod(WaitingPeriod.of(TimeUnit.HOURS, 24, 48, 72))
                        .build(),
                contraindication("skin-condition", ContraindicationScope.AVOID_LOCAL_REGION)
                        .build(),
                contraindication("umbilical-cord-unhealed", ContraindicationScope.AVOID_LOCAL_REGION)
                        .addRegion(BodyRegion.STOMACH)
                        .build(),
                contraindication("diarrhoea-vomiting", ContraindicationScope.AVOID_LOCAL_REGION)
                        .addRegion(BodyRegion.STOMACH)
                        .build(),
                contraindication("fracture-or-injury", ContraindicationScope.AVOID_LOCAL_REGION)
                        .askProfessional(true)
                        .build(),
                contraindication("jaundice", ContraindicationScope.CONSULT_PROFESSIONAL)
                        .build(),
                contraindication("umbilical-hernia", ContraindicationScope.CONSULT_PROFESSIONAL)
                        .addRegion(BodyRegion.STOMACH)
                        .build(),
                contraindication("premature", ContraindicationScope.CONSULT_PROFESSIONAL)
                        .build(),
                contraindication("just-fed", ContraindicationScope.TIMING_RULE)
                        .addRegion(BodyRegion.STOMACH)
                        .waitingPeriod(WaitingPeriod.of(TimeUnit.MINUTES, 10, 30, 45))
                        .build(),
                contraindication("hungry", ContraindicationScope.TIMING_RULE).build(),
                contraindication("asleep", ContraindicationScope.TIMING_RULE).build(),
                contraindication("parent-stressed", ContraindicationScope.ADVISORY)
                        .build());
    }

    private static Contraindication.Builder contraindication(String id, ContraindicationScope scope) {
        return Contraindication.builder()
                .id(id)
                .condition(en("Condition " + id))
                .scope(scope)
                .guidance(en("Guidance for " + id + "."));
    }
}
