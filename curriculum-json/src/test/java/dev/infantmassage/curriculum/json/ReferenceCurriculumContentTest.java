package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.MotionPattern;
import dev.infantmassage.curriculum.Oil;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.OilWarning;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineKind;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeFigure;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.TechniqueKind;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.TopicTag;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.TextWalker;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The domain facts the built-in five-week program must keep, taken from the domain brief: the stroke
 * catalogue (§2), the weeks (§3), the cues (§4), the contraindications (§5) and the practical rules (§6).
 */
class ReferenceCurriculumContentTest {
    private static final Curriculum PROGRAM = ReferenceCurricula.fiveWeekProgram();
    private static final String SPANISH = "es";

    // --- Identity ------------------------------------------------------------------------------------

    @Test
    void curriculum_identity_isTheAgreedOne() {
        assertThat(PROGRAM.getId()).isEqualTo("iaim-five-week");
        assertThat(PROGRAM.getFormatVersion()).isEqualTo("1.0");
        assertThat(PROGRAM.getDefaultLanguage()).isEqualTo("en");
        assertThat(PROGRAM.getLanguages()).containsExactly(SPANISH);
        assertThat(PROGRAM.getLicense()).isEqualTo("CC-BY-4.0");
        assertThat(PROGRAM.getAuthors()).isNotEmpty();
        assertThat(PROGRAM.getSchedule().getWeeks())
                .extracting(WeekPlan::getNumber)
                .containsExactly(1, 2, 3, 4, 5);
    }

    // --- The stroke catalogue (§2) -------------------------------------------------------------------

    /** Every stroke of the brief's catalogue, in teaching order: id, region, role, confidence. */
    static Stream<Arguments> data_catalogue() {
        return Stream.of(
                Arguments.of("resting-hands", BodyRegion.WHOLE_BODY, StrokeRole.RESTING_HANDS, Confidence.CONFIRMED),
                Arguments.of("legs-indian-milking", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("legs-hug-and-glide", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.UNCONFIRMED),
                Arguments.of("legs-squeeze-and-twist", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of(
                        "legs-thumb-over-thumb", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("legs-toe-roll", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("legs-under-toes", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("legs-thumb-press", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("legs-top-of-foot", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("legs-ankle-circles", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("legs-swedish-milking", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("legs-rolling", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("legs-bottom-relaxer", BodyRegion.LEGS_AND_FEET, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of(
                        "legs-integration", BodyRegion.LEGS_AND_FEET, StrokeRole.INTEGRATION, Confidence.CONFIRMED),
                Arguments.of("stomach-water-wheel-a", BodyRegion.STOMACH, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("stomach-water-wheel-b", BodyRegion.STOMACH, StrokeRole.STROKE, Confidence.UNCONFIRMED),
                Arguments.of("stomach-thumbs-to-sides", BodyRegion.STOMACH, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("stomach-sun-moon", BodyRegion.STOMACH, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("stomach-i-love-you", BodyRegion.STOMACH, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("stomach-walking", BodyRegion.STOMACH, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("stomach-knees-up", BodyRegion.STOMACH, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("chest-open-book", BodyRegion.CHEST, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("chest-butterfly", BodyRegion.CHEST, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("chest-integration", BodyRegion.CHEST, StrokeRole.INTEGRATION, Confidence.CONFIRMED),
                Arguments.of("arms-pit-stop", BodyRegion.ARMS_AND_HANDS, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("arms-indian-milking", BodyRegion.ARMS_AND_HANDS, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of(
                        "arms-hug-and-glide", BodyRegion.ARMS_AND_HANDS, StrokeRole.STROKE, Confidence.UNCONFIRMED),
                Arguments.of(
                        "arms-palm-and-finger-roll",
                        BodyRegion.ARMS_AND_HANDS,
                        StrokeRole.STROKE,
                        Confidence.CONFIRMED),
                Arguments.of("arms-top-of-hand", BodyRegion.ARMS_AND_HANDS, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("arms-wrist-circles", BodyRegion.ARMS_AND_HANDS, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of(
                        "arms-swedish-milking", BodyRegion.ARMS_AND_HANDS, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("arms-rolling", BodyRegion.ARMS_AND_HANDS, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of(
                        "arms-integration", BodyRegion.ARMS_AND_HANDS, StrokeRole.INTEGRATION, Confidence.CONFIRMED),
                Arguments.of("face-open-book", BodyRegion.FACE, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("face-relax-the-eyes", BodyRegion.FACE, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("face-bridge-of-nose", BodyRegion.FACE, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("face-smile-upper-lip", BodyRegion.FACE, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("face-smile-lower-lip", BodyRegion.FACE, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("face-jaw-circles", BodyRegion.FACE, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("face-behind-ears", BodyRegion.FACE, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("back-back-and-forth", BodyRegion.BACK, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("back-swooping", BodyRegion.BACK, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("back-swooping-with-feet", BodyRegion.BACK, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("back-circles", BodyRegion.BACK, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("back-combing", BodyRegion.BACK, StrokeRole.STROKE, Confidence.PARTIAL),
                Arguments.of("gentle-cross-arms", BodyRegion.GENTLE_MOVEMENTS, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of(
                        "gentle-cross-arm-and-leg",
                        BodyRegion.GENTLE_MOVEMENTS,
                        StrokeRole.STROKE,
                        Confidence.CONFIRMED),
                Arguments.of("gentle-cross-legs", BodyRegion.GENTLE_MOVEMENTS, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("gentle-bicycle", BodyRegion.GENTLE_MOVEMENTS, StrokeRole.STROKE, Confidence.CONFIRMED),
                Arguments.of("gentle-knees-up", BodyRegion.GENTLE_MOVEMENTS, StrokeRole.STROKE, Confidence.CONFIRMED));
    }

    @ParameterizedTest
    @MethodSource("data_catalogue")
    void stroke_ofTheBriefsCatalogue_isPresentWithItsRegionRoleAndConfidence(
            String id, BodyRegion region, StrokeRole role, Confidence confidence) {
        Stroke stroke = PROGRAM.stroke(id).orElseThrow(() -> new AssertionError("missing stroke " + id));

        assertThat(stroke.getRegion()).isEqualTo(region);
        assertThat(stroke.getRole()).isEqualTo(role);
        assertThat(stroke.getConfidence()).isEqualTo(confidence);
    }

    @Test
    void strokes_areExactlyTheCatalogue_inTeachingOrder() {
        List<String> expected =
                data_catalogue().map(arguments -> (String) arguments.get()[0]).toList();

        assertThat(PROGRAM.getStrokes()).extracting(Stroke::getId).containsExactlyElementsOf(expected);
    }

    @Test
    void strokes_regions_followTheCanonicalTeachingOrder() {
        List<BodyRegion> regions = PROGRAM.getStrokes().stream()
                .map(Stroke::getRegion)
                .filter(BodyRegion::isTeachingRegion)
                .distinct()
                .toList();

        assertThat(regions).containsExactlyElementsOf(BodyRegion.teachingOrder());
    }

    @Test
    void restingHands_isTheOnlyWholeBodyStroke_andStatic() {
        assertThat(PROGRAM.getStrokes())
                .filteredOn(stroke -> stroke.getRole() == StrokeRole.RESTING_HANDS)
                .extracting(Stroke::getId, Stroke::getRegion, Stroke::getDirection)
                .containsExactly(tuple("resting-hands", BodyRegion.WHOLE_BODY, Direction.STATIC));
        assertThat(PROGRAM.getStrokes())
                .filteredOn(stroke -> stroke.getRegion() == BodyRegion.WHOLE_BODY)
                .extracting(Stroke::getId)
                .containsExactly("resting-hands");
    }

    @Test
    void integrationSweeps_closeTheLegsChestAndArms_andMoveDownward() {
        assertThat(PROGRAM.getStrokes())
                .filteredOn(stroke -> stroke.getRole() == StrokeRole.INTEGRATION)
                .allSatisfy(stroke -> assertThat(stroke.getDirection()).isEqualTo(Direction.DOWNWARD))
                .extracting(Stroke::getRegion)
                .containsExactly(BodyRegion.LEGS_AND_FEET, BodyRegion.CHEST, BodyRegion.ARMS_AND_HANDS);
    }

    @Test
    void stomachStrokes_thatCircleOrFollowTheColon_areClockwise() {
        List<Stroke> circling = PROGRAM.getStrokes().stream()
                .filter(stroke -> stroke.getRegion() == BodyRegion.STOMACH)
                .filter(stroke -> stroke.getPattern()
                        .filter(pattern -> pattern == MotionPattern.CIRCLING || pattern == MotionPattern.COLON_PATH)
                        .isPresent())
                .toList();

        assertThat(circling)
                .extracting(Stroke::getId)
                .containsExactly("stomach-sun-moon", "stomach-i-love-you", "stomach-walking");
        assertThat(circling)
                .allSatisfy(stroke -> assertThat(stroke.getDirection()).isEqualTo(Direction.CLOCKWISE));
    }

    @Test
    void noStroke_movesCounterclockwise() {
        assertThat(PROGRAM.getStrokes()).extracting(Stroke::getDirection).doesNotContain(Direction.COUNTERCLOCKWISE);
    }

    @ParameterizedTest
    @CsvSource({
        "legs-indian-milking,  INDIAN_MILKING,  AWAY_FROM_HEART",
        "arms-indian-milking,  INDIAN_MILKING,  AWAY_FROM_HEART",
        "legs-swedish-milking, SWEDISH_MILKING, TOWARD_HEART",
        "arms-swedish-milking, SWEDISH_MILKING, TOWARD_HEART"
    })
    void milkingStroke_pointsTheWayItsTraditionSays(String id, MotionPattern pattern, Direction direction) {
        Stroke stroke = PROGRAM.stroke(id).orElseThrow();

        assertThat(stroke.getPattern()).contains(pattern);
        assertThat(stroke.getDirection()).isEqualTo(direction);
    }

    @Test
    void milkingPatterns_areUsedOnlyByTheFourMilkingStrokes() {
        assertThat(PROGRAM.getStrokes())
                .filteredOn(stroke -> stroke.getPattern()
                        .filter(pattern ->
                                pattern == MotionPattern.INDIAN_MILKING || pattern == MotionPattern.SWEDISH_MILKING)
                        .isPresent())
                .extracting(Stroke::getId)
                .containsExactlyInAnyOrder(
                        "legs-indian-milking", "arms-indian-milking", "legs-swedish-milking", "arms-swedish-milking");
    }

    @ParameterizedTest
    @CsvSource({"legs-indian-milking", "arms-indian-milking"})
    void indianMilking_recordsTheControversy(String id) {
        assertThat(PROGRAM.stroke(id).orElseThrow().getAdvisories())
                .extracting(this::english)
                .anySatisfy(text -> assertThat(text).contains("Guild for Sensory Development"));
        assertThat(PROGRAM.stroke(id).orElseThrow().getSources()).contains("ctha-indian-milking");
    }

    @Test
    void backCircles_warnNeverToPressOnTheSpine() {
        Stroke circles = PROGRAM.stroke("back-circles").orElseThrow();

        assertThat(circles.getDirection()).isEqualTo(Direction.CIRCULAR_LOCAL);
        assertThat(circles.getAdvisories())
                .extracting(this::english)
                .anySatisfy(text -> assertThat(text).containsIgnoringCase("spine"));
    }

    @Test
    void faceStrokes_useMinimalOil_andTheCheekAndLipStrokesMentionTheRootingReflex() {
        List<Stroke> face = strokesOf(BodyRegion.FACE);

        assertThat(face).allSatisfy(stroke -> assertThat(stroke.getOil()).isEqualTo(OilGuidance.MINIMAL));
        assertThat(face)
                .filteredOn(stroke -> stroke.getAdvisories().stream()
                        .map(this::english)
                        .anyMatch(text -> text.contains("rooting reflex")))
                .extracting(Stroke::getId)
                .containsExactly(
                        "face-bridge-of-nose", "face-smile-upper-lip", "face-smile-lower-lip", "face-jaw-circles");
    }

    @Test
    void onlyFaceStrokes_limitOil() {
        assertThat(PROGRAM.getStrokes())
                .filteredOn(stroke -> stroke.getOil() != OilGuidance.RECOMMENDED)
                .extracting(Stroke::getRegion)
                .containsOnly(BodyRegion.FACE);
    }

    @Test
    void stomachStrokes_allSayToWaitBetweenFeeds() {
        assertThat(strokesOf(BodyRegion.STOMACH))
                .allSatisfy(stroke -> assertThat(stroke.getAdvisories())
                        .extracting(this::english)
                        .anySatisfy(text -> assertThat(text).contains("between feeds")));
    }

    @Test
    void unconfirmedStrokes_sayHonestlyThatNoSourceDescribesThem() {
        assertThat(PROGRAM.getStrokes())
                .filteredOn(stroke -> stroke.getConfidence() == Confidence.UNCONFIRMED)
                .extracting(Stroke::getId)
                .containsExactly("legs-hug-and-glide", "stomach-water-wheel-b", "arms-hug-and-glide")
                .allSatisfy(id -> assertThat(PROGRAM.stroke(id).orElseThrow().getAdvisories())
                        .extracting(this::english)
                        .anySatisfy(text -> assertThat(text).contains("unconfirmed")));
    }

    @Test
    void strokes_haveRealisticDurationsStepsBenefitsAndSources() {
        assertThat(PROGRAM.getStrokes()).allSatisfy(stroke -> {
            assertThat(stroke.getDurationSeconds()).as(stroke.getId()).isBetween(10, 60);
            assertThat(stroke.getSteps()).as(stroke.getId()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(stroke.getBenefits()).as(stroke.getId()).isNotEmpty();
            assertThat(stroke.getSources()).as(stroke.getId()).isNotEmpty();
        });
    }

    // --- Techniques and routines (§2, §6) ------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "permission-ritual, PERMISSION_RITUAL, 8",
        "touch-relaxation,  TOUCH_RELAXATION,  3",
        "containment-hold,  CONTAINMENT_HOLD,  5",
        "preparation,       PREPARATION,       6",
        "behavioural-states, BEHAVIOURAL_STATES, 6",
        "ending,            ENDING,            3"
    })
    void technique_isPresentWithItsSteps(String id, TechniqueKind kind, int steps) {
        Technique technique = PROGRAM.technique(id).orElseThrow();

        assertThat(technique.getKind()).isEqualTo(kind);
        assertThat(technique.getSteps()).hasSize(steps);
        assertThat(technique.getConfidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void permissionRitual_showsTheHands_asksAndWaits() {
        List<String> steps = PROGRAM.technique("permission-ritual").orElseThrow().getSteps().stream()
                .map(this::english)
                .toList();

        assertThat(steps.get(3)).contains("open, oiled hands");
        assertThat(steps.get(4)).startsWith("Ask out loud");
        assertThat(steps.get(5)).contains("read your baby's cues");
        assertThat(steps.get(6)).contains("resting hands");
    }

    @Test
    void colicRelief_isRestingHandsWaterWheelKneesUpSunMoonKneesUp() {
        Routine colic = PROGRAM.routine("colic-relief").orElseThrow();

        assertThat(colic.getKind()).isEqualTo(RoutineKind.COLIC_RELIEF);
        assertThat(colic.getSteps())
                .extracting(RoutineStep::getStroke, RoutineStep::getRepetitions)
                .containsExactly(
                        tuple("resting-hands", 1),
                        tuple("stomach-water-wheel-a", 6),
                        tuple("stomach-knees-up", 1),
                        tuple("stomach-sun-moon", 6),
                        tuple("stomach-knees-up", 1));
        assertThat(colic.getCyclesPerSession()).contains(3);
        assertThat(colic.getSessionsPerDay()).contains(2);
        assertThat(colic.getDays()).contains(14);
        assertThat(english(colic.getDescription().orElseThrow())).contains("not during a crying bout");
    }

    @Test
    void fullRoutine_visitsEveryRegionInOrder_eachBlockFramedByRestingHandsAndIntegration() {
        Routine full = PROGRAM.routine("full-routine").orElseThrow();
        List<Stroke> steps = full.getSteps().stream()
                .map(step -> PROGRAM.stroke(step.getStroke()).orElseThrow())
                .toList();

        List<List<Stroke>> blocks = new ArrayList<>();
        for (Stroke stroke : steps) {
            if (stroke.getRole() == StrokeRole.RESTING_HANDS) {
                blocks.add(new ArrayList<>());
            } else {
                assertThat(blocks)
                        .as("a block opens with resting hands before %s", stroke.getId())
                        .isNotEmpty();
                blocks.get(blocks.size() - 1).add(stroke);
            }
        }

        assertThat(full.getKind()).isEqualTo(RoutineKind.FULL);
        assertThat(blocks).hasSize(BodyRegion.teachingOrder().size());
        for (int i = 0; i < blocks.size(); i++) {
            BodyRegion region = BodyRegion.teachingOrder().get(i);
            List<Stroke> block = blocks.get(i);
            assertThat(block)
                    .as("block %s", region)
                    .extracting(Stroke::getRegion)
                    .containsOnly(region);
            boolean hasIntegration = PROGRAM.getStrokes().stream()
                    .anyMatch(stroke -> stroke.getRegion() == region && stroke.getRole() == StrokeRole.INTEGRATION);
            if (hasIntegration) {
                assertThat(block.get(block.size() - 1).getRole())
                        .as("end of block %s", region)
                        .isEqualTo(StrokeRole.INTEGRATION);
            }
        }
    }

    @Test
    void fullRoutine_coversEveryStrokeButTheOlderSqueezeAndTwist() {
        Set<String> inRoutine = PROGRAM.routine("full-routine").orElseThrow().getSteps().stream()
                .map(RoutineStep::getStroke)
                .collect(Collectors.toSet());

        assertThat(PROGRAM.getStrokes())
                .extracting(Stroke::getId)
                .filteredOn(id -> !inRoutine.contains(id))
                .containsExactly("legs-squeeze-and-twist");
    }

    // --- Cues (§4) -----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "smiling,      ENGAGEMENT,    POTENT",
        "reaching,     ENGAGEMENT,    POTENT",
        "cooing,       ENGAGEMENT,    POTENT",
        "mutual-gaze,  ENGAGEMENT,    POTENT",
        "bright-eyes,  ENGAGEMENT,    SUBTLE",
        "hand-to-mouth, ENGAGEMENT,   SUBTLE",
        "crying,       DISENGAGEMENT, POTENT",
        "arching-back, DISENGAGEMENT, POTENT",
        "turning-away, DISENGAGEMENT, POTENT",
        "falling-asleep, DISENGAGEMENT, POTENT",
        "yawning,      DISENGAGEMENT, SUBTLE",
        "looking-away, DISENGAGEMENT, SUBTLE",
        "hand-to-ear,  DISENGAGEMENT, SUBTLE",
        "hiccups,      DISENGAGEMENT, SUBTLE",
        "clenched-fists, DISENGAGEMENT, SUBTLE"
    })
    void cue_ofTheBrief_isPresentWithItsPolarityAndIntensity(String id, CuePolarity polarity, CueIntensity intensity) {
        CueSignal cue = PROGRAM.cue(id).orElseThrow(() -> new AssertionError("missing cue " + id));

        assertThat(cue.getPolarity()).isEqualTo(polarity);
        assertThat(cue.getIntensity()).isEqualTo(intensity);
    }

    @Test
    void cues_respondAsTheBriefSays_andCarryGuidance() {
        // §4: the premature baby's physiological stress signs, and choking, are "stop now" cues; the safety
        // issue counts a change of colour among them: stop now and get help.
        Set<String> seriousSigns = Set.of(
                "breathing-pauses",
                "slowing-heart-rate",
                "physiological-stress",
                "choking-or-coughing",
                "colour-change");
        assertThat(PROGRAM.getCues().stream().map(CueSignal::getId)).containsAll(seriousSigns);
        assertThat(PROGRAM.getCues()).allSatisfy(cue -> {
            CueResponse expected = seriousSigns.contains(cue.getId())
                    ? CueResponse.STOP_AND_GET_HELP
                    : cue.getPolarity() == CuePolarity.ENGAGEMENT
                            ? CueResponse.CONTINUE
                            : cue.getIntensity() == CueIntensity.SUBTLE
                                    ? CueResponse.PAUSE_OR_ADAPT
                                    : CueResponse.STOP_AND_COMFORT;
            assertThat(cue.getResponse()).as(cue.getId()).isEqualTo(expected);
            assertThat(cue.getGuidance()).as(cue.getId()).isPresent();
        });
    }

    @Test
    void cues_coverEveryPolarityAndIntensity() {
        Set<String> kinds = PROGRAM.getCues().stream()
                .map(cue -> cue.getPolarity() + "/" + cue.getIntensity())
                .collect(Collectors.toSet());

        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        "ENGAGEMENT/POTENT", "ENGAGEMENT/SUBTLE", "DISENGAGEMENT/POTENT", "DISENGAGEMENT/SUBTLE");
    }

    // --- Contraindications (§5) ----------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "fever,                   WHOLE_BODY_STOP,      false, CONFIRMED",
        "acute-illness,           WHOLE_BODY_STOP,      true, CONFIRMED",
        "immunisation,            WHOLE_BODY_STOP,      false, CONFIRMED",
        "immunisation-site,       AVOID_LOCAL_REGION,   false, CONFIRMED",
        "skin-condition,          AVOID_LOCAL_REGION,   false, CONFIRMED",
        "weeping-eczema,          AVOID_LOCAL_REGION,   true, CONFIRMED",
        "umbilical-cord-unhealed, AVOID_LOCAL_REGION,   false, CONFIRMED",
        "umbilical-hernia,        AVOID_LOCAL_REGION,   true, PARTIAL",
        "diarrhoea-vomiting,      AVOID_LOCAL_REGION,   false, PARTIAL",
        "fracture-or-injury,      AVOID_LOCAL_REGION,   true, PARTIAL",
        "jaundice,                CONSULT_PROFESSIONAL, true, PARTIAL",
        "medical-condition,       CONSULT_PROFESSIONAL, true, CONFIRMED",
        "premature,               CONSULT_PROFESSIONAL, true, CONFIRMED",
        "just-fed,                TIMING_RULE,          false, CONFIRMED",
        "hungry,                  TIMING_RULE,          false, CONFIRMED",
        "asleep,                  TIMING_RULE,          false, CONFIRMED",
        "crying,                  TIMING_RULE,          false, CONFIRMED",
        "parent-stressed,         ADVISORY,             false, PARTIAL"
    })
    void contraindication_ofTheBrief_isPresentWithItsScopeAndConfidence(
            String id, ContraindicationScope scope, boolean ask, Confidence confidence) {
        Contraindication entry = PROGRAM.contraindication(id).orElseThrow(() -> new AssertionError("missing " + id));

        assertThat(entry.getScope()).isEqualTo(scope);
        assertThat(entry.isAskProfessional()).isEqualTo(ask);
        assertThat(entry.getConfidence()).as("§5 marks %s", id).contains(confidence);
        assertThat(entry.getSources()).isNotEmpty();
    }

    @Test
    void contraindications_areExactlyTheBriefsRows() {
        assertThat(PROGRAM.getContraindications()).hasSize(18);
    }

    @Test
    void immunisation_stopsTheWholeMassageFor48HoursByDefault_within24To72() {
        Contraindication immunisation = PROGRAM.contraindication("immunisation").orElseThrow();
        WaitingPeriod wait = immunisation.getWaitingPeriod().orElseThrow();

        assertThat(immunisation.getScope()).isEqualTo(ContraindicationScope.WHOLE_BODY_STOP);
        assertThat(wait).isEqualTo(WaitingPeriod.of(TimeUnit.HOURS, 24, 48, 72));
        assertThat(wait.defaultDuration()).isEqualTo(Duration.ofHours(48));
        assertThat(wait.allows(Duration.ofHours(24))).isTrue();
        assertThat(wait.allows(Duration.ofHours(73))).isFalse();
    }

    @Test
    void immunisationSite_avoidsTheInjectionSite_onLegsOrArms() {
        Contraindication site = PROGRAM.contraindication("immunisation-site").orElseThrow();

        assertThat(site.getScope()).isEqualTo(ContraindicationScope.AVOID_LOCAL_REGION);
        assertThat(site.getSite().map(this::english)).contains("the injection site");
        assertThat(site.getRegions()).containsExactlyInAnyOrder(BodyRegion.LEGS_AND_FEET, BodyRegion.ARMS_AND_HANDS);
        assertThat(site.getWaitingPeriod().orElseThrow().getDefaultValue()).isEqualTo(48);
    }

    @Test
    void justFed_waits30MinutesByDefault_within10To45_beforeTummyStrokes() {
        Contraindication justFed = PROGRAM.contraindication("just-fed").orElseThrow();

        assertThat(justFed.getScope()).isEqualTo(ContraindicationScope.TIMING_RULE);
        assertThat(justFed.getRegions()).containsExactly(BodyRegion.STOMACH);
        assertThat(justFed.getWaitingPeriod()).contains(WaitingPeriod.of(TimeUnit.MINUTES, 10, 30, 45));
    }

    @ParameterizedTest
    @CsvSource({"umbilical-cord-unhealed", "umbilical-hernia", "diarrhoea-vomiting"})
    void tummyContraindication_leavesOutTheStomach(String id) {
        assertThat(PROGRAM.contraindication(id).orElseThrow().getRegions()).containsExactly(BodyRegion.STOMACH);
    }

    @Test
    void contraindications_localOnesNameARegionOrSite() {
        assertThat(PROGRAM.getContraindications())
                .filteredOn(entry -> entry.getScope() == ContraindicationScope.AVOID_LOCAL_REGION)
                .allSatisfy(entry -> assertThat(
                                !entry.getRegions().isEmpty() || entry.getSite().isPresent())
                        .as(entry.getId())
                        .isTrue());
    }

    @Test
    void contraindications_exceptTimingRulesAndAdvice_pointToAHealthProfessional() {
        assertThat(PROGRAM.getContraindications())
                .filteredOn(entry -> entry.isAskProfessional()
                        || (entry.getScope() != ContraindicationScope.TIMING_RULE
                                && entry.getScope() != ContraindicationScope.ADVISORY))
                .hasSize(13)
                .allSatisfy(entry -> assertThat(english(entry.getGuidance()))
                        .as(entry.getId())
                        .containsAnyOf("health professional", "neonatal team", "doctor"));
    }

    // --- The five weeks (§3) -------------------------------------------------------------------------

    /** What each week introduces: its new regions (besides resting hands) and its new routines. */
    static Stream<Arguments> data_weeks() {
        return Stream.of(
                Arguments.of(1, EnumSet.of(BodyRegion.WHOLE_BODY, BodyRegion.LEGS_AND_FEET), List.of()),
                Arguments.of(2, EnumSet.of(BodyRegion.STOMACH), List.of("colic-relief")),
                Arguments.of(3, EnumSet.of(BodyRegion.CHEST, BodyRegion.ARMS_AND_HANDS), List.of()),
                Arguments.of(4, EnumSet.of(BodyRegion.FACE, BodyRegion.BACK), List.of()),
                Arguments.of(5, EnumSet.of(BodyRegion.GENTLE_MOVEMENTS), List.of("full-routine")));
    }

    @ParameterizedTest
    @MethodSource("data_weeks")
    void week_introducesWhatTheBriefsTableSays(int number, Set<BodyRegion> regions, List<String> routines) {
        WeekPlan week = week(number);

        assertThat(week.getNewStrokes().stream().map(this::regionOf).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(regions);
        assertThat(week.getNewRoutines()).containsExactlyElementsOf(routines);
        assertThat(week.getNewStrokes())
                .containsExactlyElementsOf(PROGRAM.getStrokes().stream()
                        .filter(stroke -> regions.contains(stroke.getRegion()))
                        .map(Stroke::getId)
                        .toList());
    }

    @Test
    void week1_introducesRestingHandsThenTheLegsAndFeet() {
        List<String> first = week(1).getNewStrokes();

        assertThat(first.get(0)).isEqualTo("resting-hands");
        assertThat(first.subList(1, first.size()))
                .allSatisfy(id -> assertThat(regionOf(id)).isEqualTo(BodyRegion.LEGS_AND_FEET));
        assertThat(first.get(first.size() - 1)).isEqualTo("legs-integration");
    }

    @Test
    void weeks_introduceEveryStrokeExactlyOnce() {
        List<String> introduced = PROGRAM.getSchedule().getWeeks().stream()
                .flatMap(week -> week.getNewStrokes().stream())
                .toList();

        assertThat(introduced)
                .containsExactlyElementsOf(
                        PROGRAM.getStrokes().stream().map(Stroke::getId).toList());
    }

    @Test
    void weeks_reviewEverythingIntroducedEarlier_andNothingElse() {
        Set<String> earlier = new LinkedHashSet<>();
        Set<String> earlierRoutines = new HashSet<>();
        for (WeekPlan week : PROGRAM.getSchedule().getWeeks()) {
            assertThat(week.getReviewStrokes()).as("week %d", week.getNumber()).containsExactlyElementsOf(earlier);
            assertThat(earlierRoutines).as("week %d", week.getNumber()).containsAll(week.getReviewRoutines());
            assertThat(week.getReviewRoutines()).as("week %d", week.getNumber()).containsAll(earlierRoutines);
            earlier.addAll(week.getNewStrokes());
            earlierRoutines.addAll(week.getNewRoutines());
        }
    }

    @Test
    void everyWeek_practisesThePermissionRitual_anEngagementAndADisengagementCue_and15MinutesAtHome() {
        assertThat(PROGRAM.getSchedule().getWeeks()).allSatisfy(week -> {
            assertThat(week.getTechniques()).contains("permission-ritual");
            assertThat(week.getCues().stream()
                            .map(id -> PROGRAM.cue(id).orElseThrow().getPolarity()))
                    .contains(CuePolarity.ENGAGEMENT, CuePolarity.DISENGAGEMENT);
            assertThat(week.getHomePractice().map(HomePractice::getMinutesPerDay))
                    .contains(15);
            assertThat(week.getHomePractice().flatMap(HomePractice::getNote)).isPresent();
            assertThat(week.getSessionMinutes()).isEqualTo(60);
        });
    }

    @Test
    void everyWeek_strokesFitInTheSession() {
        Map<String, Stroke> byId =
                PROGRAM.getStrokes().stream().collect(Collectors.toMap(Stroke::getId, Function.identity()));

        assertThat(PROGRAM.getSchedule().getWeeks())
                .allSatisfy(week -> assertThat(
                                Stream.concat(week.getNewStrokes().stream(), week.getReviewStrokes().stream())
                                        .mapToInt(id -> byId.get(id).getDurationSeconds())
                                        .sum())
                        .as("week %d", week.getNumber())
                        .isLessThanOrEqualTo(week.getSessionMinutes() * 60));
    }

    @Test
    void touchRelaxation_isIntroducedWithTheStomach_andContainmentInWeek1() {
        assertThat(week(1).getTechniques())
                .containsExactly(
                        "preparation", "permission-ritual", "behavioural-states", "containment-hold", "ending");
        assertThat(week(2).getTechniques()).contains("touch-relaxation");
    }

    @ParameterizedTest
    @CsvSource({
        "1, WELCOME",
        "1, BENEFITS",
        "1, OIL",
        "1, CUES",
        "1, SAFETY",
        "2, CRYING",
        "2, COLIC",
        "2, SAFETY",
        "3, BONDING",
        "3, RELAXATION",
        "3, PARTNER_INVOLVEMENT",
        "4, SLEEP",
        "4, TEETHING",
        "4, MINOR_ILLNESS",
        "5, GROWING_BABY",
        "5, HOME_PRACTICE"
    })
    void week_discussesTheTopicsOfTheBriefsTable(int number, TopicTag tag) {
        assertThat(week(number).getTopics()).extracting(DiscussionTopic::getTag).contains(tag);
    }

    // --- Sources and languages -----------------------------------------------------------------------

    @Test
    void sources_areEachCitedByAnEntry_andEveryCitedSourceExists() {
        Set<String> cited = Stream.of(
                        PROGRAM.getStrokes().stream().flatMap(stroke -> stroke.getSources().stream()),
                        PROGRAM.getTechniques().stream().flatMap(technique -> technique.getSources().stream()),
                        PROGRAM.getRoutines().stream().flatMap(routine -> routine.getSources().stream()),
                        PROGRAM.getCues().stream().flatMap(cue -> cue.getSources().stream()),
                        PROGRAM.getContraindications().stream().flatMap(entry -> entry.getSources().stream()),
                        oilPolicy().getSources().stream(),
                        oilPolicy().getAvoid().stream().flatMap(warning -> warning.getSources().stream()))
                .flatMap(Function.identity())
                .collect(Collectors.toSet());

        assertThat(PROGRAM.getSources()).extracting(Citation::getId).containsExactlyInAnyOrderElementsOf(cited);
        assertThat(PROGRAM.getSources())
                .allSatisfy(citation -> assertThat(citation.getUrl()).isPresent());
        assertThat(PROGRAM.getSources()).extracting(Citation::getUrl).doesNotHaveDuplicates();
        assertThat(PROGRAM.getSources())
                .extracting(Citation::getId)
                .contains(
                        "iaim-handouts-2013",
                        "mcclure-2017",
                        "scribd-colic-handout",
                        "physicaltherapy-contraindications");
    }

    @Test
    void namesTitlesAndSafetyTexts_allHaveSpanish() {
        List<LocalizedText> names = new ArrayList<>();
        names.add(PROGRAM.getTitle());
        names.add(PROGRAM.getDescription().orElseThrow());
        PROGRAM.getStrokes().forEach(stroke -> names.add(stroke.getName()));
        PROGRAM.getCues().forEach(cue -> names.add(cue.getName()));
        PROGRAM.getTechniques().forEach(technique -> names.add(technique.getName()));
        PROGRAM.getRoutines().forEach(routine -> names.add(routine.getName()));
        PROGRAM.getContraindications().forEach(entry -> names.add(entry.getCondition()));
        PROGRAM.getContraindications().forEach(entry -> entry.getSite().ifPresent(names::add));
        PROGRAM.getSchedule().getWeeks().forEach(week -> {
            names.add(week.getTitle());
            week.getTopics().forEach(topic -> names.add(topic.getTitle()));
        });
        PROGRAM.getTechniques().forEach(technique -> names.addAll(technique.getSteps()));
        PROGRAM.getRoutines()
                .forEach(routine -> names.add(routine.getDescription().orElseThrow()));
        PROGRAM.getContraindications().forEach(entry -> names.add(entry.getGuidance()));
        PROGRAM.getCues().forEach(cue -> names.add(cue.getGuidance().orElseThrow()));
        PROGRAM.getSchedule()
                .getWeeks()
                .forEach(week -> names.add(
                        week.getHomePractice().flatMap(HomePractice::getNote).orElseThrow()));

        assertThat(names)
                .allSatisfy(text ->
                        assertThat(text.get(SPANISH)).as(text.toString()).isPresent());
    }

    @Test
    void strokeSteps_areShortCompleteSentences() {
        List<String> steps = PROGRAM.getStrokes().stream()
                .flatMap(stroke -> stroke.getSteps().stream())
                .map(this::english)
                .toList();

        assertThat(steps).allSatisfy(step -> {
            assertThat(step).doesNotContain("TODO", "TBD");
            assertThat(step.length()).as(step).isBetween(10, 200);
            assertThat(step).endsWith(".");
        });
    }

    // --- Review against the brief, row by row (issue #12) -------------------------------------------

    @Test
    void kneesUp_isInTheStomachAndInGentleMovements_holdingTheLegsAgainstTheTummy() {
        // §2: "Knees Up (Knees to Tummy) | STOMACH / GENTLE_MOVEMENTS"; the gentle movements table repeats it.
        Stroke tummy = PROGRAM.stroke("stomach-knees-up").orElseThrow();
        Stroke gentle = PROGRAM.stroke("gentle-knees-up").orElseThrow();

        assertThat(tummy.getRegion()).isEqualTo(BodyRegion.STOMACH);
        assertThat(gentle.getRegion()).isEqualTo(BodyRegion.GENTLE_MOVEMENTS);
        assertThat(List.of(tummy, gentle)).allSatisfy(stroke -> {
            assertThat(stroke.getDirection()).isEqualTo(Direction.PASSIVE_MOVEMENT);
            assertThat(stroke.touchedRegions()).contains(BodyRegion.LEGS_AND_FEET, BodyRegion.STOMACH);
            assertThat(stroke.getSteps())
                    .extracting(this::english)
                    .anySatisfy(step -> assertThat(step).contains("slow count of six"));
        });
        assertThat(week(5).getNewStrokes()).endsWith("gentle-knees-up");
        assertThat(PROGRAM.routine("full-routine").orElseThrow().getSteps())
                .last()
                .extracting(RoutineStep::getStroke)
                .isEqualTo("gentle-knees-up");
    }

    @Test
    void everyStomachStroke_saysToStayBelowTheRibCage() {
        // §2 conventions: "Stay below the rib cage and do not press toward the diaphragm [P]".
        assertThat(strokesOf(BodyRegion.STOMACH))
                .hasSize(7)
                .allSatisfy(stroke -> assertThat(stroke.getAdvisories())
                        .as(stroke.getId())
                        .extracting(this::english)
                        .anySatisfy(text -> assertThat(text).contains("below the rib cage", "diaphragm")));
    }

    @Test
    void everyFaceStroke_keepsTheOilAwayFromTheEyesAndMouth_andTheForeheadMindsTheSoftSpot() {
        assertThat(strokesOf(BodyRegion.FACE))
                .hasSize(7)
                .allSatisfy(stroke -> assertThat(stroke.getAdvisories())
                        .as(stroke.getId())
                        .extracting(this::english)
                        .anySatisfy(text ->
                                assertThat(text).contains("little or no oil", "away from your baby's eyes and mouth")));
        assertThat(PROGRAM.stroke("face-open-book").orElseThrow().getAdvisories())
                .extracting(this::english)
                .anySatisfy(text -> assertThat(text).contains("soft spot", "fontanelle"));
    }

    @Test
    void repetitions_areSourcedOnlyWhereTheBriefGivesThem_andEveryDurationIsASuggestedDefault() {
        // §2: water wheel "6 times each hand" and sun moon "about 6 times" in the colic routine; the gentle
        // movements cross "three times" (cross arm and leg: then the other diagonal). No duration is in the brief.
        Map<String, Integer> sourced = Map.of(
                "stomach-water-wheel-a",
                6,
                "stomach-sun-moon",
                6,
                "gentle-cross-arms",
                3,
                "gentle-cross-arm-and-leg",
                2,
                "gentle-cross-legs",
                3);

        assertThat(PROGRAM.getStrokes()).allSatisfy(stroke -> {
            assertThat(stroke.getSourcedFigures())
                    .as(stroke.getId())
                    .isEqualTo(sourced.containsKey(stroke.getId()) ? Set.of(StrokeFigure.REPETITIONS) : Set.of());
            assertThat(stroke.isSuggestedDefault(StrokeFigure.DURATION))
                    .as(stroke.getId())
                    .isTrue();
        });
        sourced.forEach(
                (id, repetitions) -> assertThat(PROGRAM.stroke(id).orElseThrow().getRepetitions())
                        .as(id)
                        .isEqualTo(repetitions));
        assertThat(english(PROGRAM.getDescription().orElseThrow()))
                .contains("suggested defaults an instructor may change", "sourced figures");
    }

    @Test
    void benefitsTheBriefMarksAsClaimed_areHedged_withTheCaveat() {
        // §2 marks lymph/immune, breathing/congestion and teething as claimed; §7: the evidence is modest and
        // IAIM says massage is not therapy.
        Set<BenefitTag> claimed =
                EnumSet.of(BenefitTag.IMMUNE, BenefitTag.CONGESTION_RELIEF, BenefitTag.TEETHING_RELIEF);
        List<Stroke> claiming = PROGRAM.getStrokes().stream()
                .filter(stroke -> stroke.getBenefits().stream().anyMatch(claimed::contains))
                .toList();

        assertThat(claiming)
                .extracting(Stroke::getId)
                .containsExactly(
                        "chest-open-book",
                        "arms-pit-stop",
                        "face-bridge-of-nose",
                        "face-smile-upper-lip",
                        "face-smile-lower-lip",
                        "face-jaw-circles");
        assertThat(claiming)
                .allSatisfy(stroke -> assertThat(stroke.getAdvisories())
                        .as(stroke.getId())
                        .extracting(this::english)
                        .anySatisfy(text -> assertThat(text).contains("claim", "modest", "not therapy")));
        assertThat(english(PROGRAM.getDescription().orElseThrow())).contains("claim", "modest", "not therapy");
        assertThat(week(1).getTopics())
                .filteredOn(topic -> topic.getTag() == TopicTag.BENEFITS)
                .extracting(topic -> english(topic.getTitle()))
                .singleElement()
                .asString()
                .contains("modest", "not therapy");
    }

    @Test
    void behaviouralStates_areTheBriefsSix_quietAlertBest_activeAlertASignToFinish() {
        Technique states = PROGRAM.technique("behavioural-states").orElseThrow();
        List<String> steps = states.getSteps().stream().map(this::english).toList();

        assertThat(states.getKind()).isEqualTo(TechniqueKind.BEHAVIOURAL_STATES);
        assertThat(steps.get(0))
                .contains("quiet sleep", "active sleep", "drowsy", "quiet alert", "active alert", "crying");
        assertThat(steps)
                .anySatisfy(step -> assertThat(step).startsWith("Quiet alert").contains("best"));
        assertThat(steps)
                .anySatisfy(step -> assertThat(step).startsWith("Active alert").contains("finish soon"));
        assertThat(week(1).getTechniques()).contains("behavioural-states");
    }

    @Test
    void permissionRefused_meansDoNotStart() {
        // §4: "Permission refused ("no" cues) | Do not start. Respond to the need, and offer again later or another
        // day."
        List<LocalizedText> steps =
                PROGRAM.technique("permission-ritual").orElseThrow().getSteps();

        assertThat(english(steps.get(steps.size() - 1))).contains("answer is no", "do not start", "another day");
    }

    @Test
    void preparation_warmRoomRingsOffShortNailsWarmHands_onTheFloor() {
        Technique preparation = PROGRAM.technique("preparation").orElseThrow();
        String steps = preparation.getSteps().stream().map(this::english).collect(Collectors.joining(" "));

        assertThat(preparation.getKind()).isEqualTo(TechniqueKind.PREPARATION);
        assertThat(steps)
                .contains(
                        "warm, draught-free room",
                        "rings",
                        "nails short",
                        "warm your hands",
                        "floor",
                        "spare nappy",
                        "deep breaths");
        assertThat(steps).doesNotContain("°C");
    }

    @Test
    void ending_picksTheBabyUp_hugs_saysThankYou() {
        Technique ending = PROGRAM.technique("ending").orElseThrow();
        String steps = ending.getSteps().stream().map(this::english).collect(Collectors.joining(" "));

        assertThat(ending.getKind()).isEqualTo(TechniqueKind.ENDING);
        assertThat(steps).contains("pick your baby up", "hug", "\"thank you\"", "hungry");
    }

    @Test
    void everyWeek_beginsWithPreparation_andEndsWithTheEndingRitual() {
        assertThat(PROGRAM.getSchedule().getWeeks()).allSatisfy(week -> {
            assertThat(week.getTechniques()).as("week %d", week.getNumber()).startsWith("preparation");
            assertThat(week.getTechniques()).as("week %d", week.getNumber()).endsWith("ending");
        });
    }

    @Test
    void premature_skinToSkin_noOil_fiveToTenMinuteSessions() {
        // §6 age adaptations: skin-to-skin is encouraged; one provider: no oil, 5–10-minute sessions [P].
        String guidance =
                english(PROGRAM.contraindication("premature").orElseThrow().getGuidance());
        String containment = PROGRAM.technique("containment-hold").orElseThrow().getSteps().stream()
                .map(this::english)
                .collect(Collectors.joining(" "));

        assertThat(List.of(guidance, containment))
                .allSatisfy(text -> assertThat(text)
                        .contains("Skin-to-skin", "no oil on premature skin", "5 to 10 minutes", "over clothes"));
    }

    @Test
    void week1_discussesContraindications() {
        assertThat(week(1).getTopics())
                .filteredOn(topic -> topic.getTag() == TopicTag.SAFETY)
                .extracting(topic -> english(topic.getTitle()))
                .singleElement()
                .asString()
                .startsWith("Contraindications");
    }

    // --- Oil (§6 oil, §8.10) ------------------------------------------------------------------------

    @Test
    void oilPolicy_defaultOil_isUnscentedEdibleColdPressedNutFree_andPatchTested() {
        Oil oil = oilPolicy().getDefaultOil();

        assertThat(oil.getId()).isEqualTo("sunflower");
        assertThat(oil.isUnscented()).isTrue();
        assertThat(oil.isEdible()).isTrue();
        assertThat(oil.isColdPressed()).isTrue();
        assertThat(oil.isNutFree()).isTrue();
        assertThat(oil.getNotes())
                .extracting(this::english)
                .anySatisfy(note -> assertThat(note).contains("salad"));
    }

    @Test
    void oilPolicy_everyOil_isNutFreeAndEdible_andNeedsAPatchTest() {
        assertThat(oilPolicy().oils())
                .extracting(Oil::getId)
                .containsExactly("sunflower", "safflower", "fractionated-coconut");
        assertThat(oilPolicy().oils()).allSatisfy(oil -> {
            assertThat(oil.isPatchTestRequired()).as(oil.getId()).isTrue();
            assertThat(oil.isNutFree()).as(oil.getId()).isTrue();
            assertThat(oil.isUnscented()).as(oil.getId()).isTrue();
            assertThat(oil.isEdible()).as(oil.getId()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({
        "nut-oils,         CONFIRMED, allergy,            bluesuitmom",
        "mineral-baby-oil, CONFIRMED, skin absorbs,       mymommyhoodmusings-mcclure-oil",
        "essential-oils,   CONFIRMED, unscented,          baseformula-baby-oils",
        "olive-oil,        PARTIAL,   skin barrier,       halbert-dermatology-oils"
    })
    void oilPolicy_warnsAgainst(String id, Confidence confidence, String reason, String source) {
        OilWarning warning = oilPolicy().getAvoid().stream()
                .filter(entry -> entry.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("missing oil warning " + id));

        assertThat(warning.getConfidence()).isEqualTo(confidence);
        assertThat(english(warning.getReason())).contains(reason);
        assertThat(warning.getSources()).contains(source);
    }

    @Test
    void oilPolicy_patchTest_faceAndAdvice_followTheBrief() {
        OilPolicy policy = oilPolicy();
        String patchTest = policy.getPatchTest().stream().map(this::english).collect(Collectors.joining(" "));
        String advice = policy.getAdvisories().stream().map(this::english).collect(Collectors.joining(" "));

        assertThat(patchTest).contains("inside of the wrist", "redness", "30 minutes", "10 minutes", "a full day");
        assertThat(policy.getFace()).isIn(OilGuidance.MINIMAL, OilGuidance.NONE);
        assertThat(advice).contains("face and scalp", "eyes and mouth", "prescribed", "cream", "open sores");
        assertThat(policy.getSources())
                .contains(
                        "bluesuitmom",
                        "halbert-dermatology-oils",
                        "liddlekidz-patch-test",
                        "renaissancecollege",
                        "mymommyhoodmusings-mcclure-oil");
        assertThat(week(1).getTopics()).extracting(DiscussionTopic::getTag).contains(TopicTag.OIL);
    }

    // --- Languages ----------------------------------------------------------------------------------

    @Test
    void everyText_hasSpanish() {
        List<String> untranslated = new ArrayList<>();
        TextWalker.walk(PROGRAM, (text, at) -> {
            if (!text.has(SPANISH) || text.get(SPANISH).orElseThrow().isBlank()) {
                untranslated.add(at.toPointer());
            }
        });

        assertThat(untranslated).isEmpty();
    }

    @Test
    void validate_builtInCurriculum_hasNoIssuesAtAll() {
        assertThat(CurriculumValidator.create().validate(PROGRAM).issues()).isEmpty();
    }

    private static OilPolicy oilPolicy() {
        return PROGRAM.getOilPolicy().orElseThrow(() -> new AssertionError("the curriculum has no oil policy"));
    }

    private WeekPlan week(int number) {
        return PROGRAM.getSchedule().week(number).orElseThrow();
    }

    private BodyRegion regionOf(String strokeId) {
        return PROGRAM.stroke(strokeId).orElseThrow().getRegion();
    }

    private List<Stroke> strokesOf(BodyRegion region) {
        return PROGRAM.getStrokes().stream()
                .filter(stroke -> stroke.getRegion() == region)
                .toList();
    }

    private String english(LocalizedText text) {
        return text.get("en").orElseThrow();
    }
}
