package dev.infantmassage.curriculum.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Curriculum;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SessionPlannerTest {
    private static final Curriculum CURRICULUM = PlanningFixtures.curriculum();
    private static final SessionPlanner PLANNER = SessionPlanner.of(CURRICULUM);
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private static final LocalDate BORN = LocalDate.of(2026, 9, 1);

    private static final List<String> UP_TO_WEEK_3 = List.of(
            "resting-hands",
            "legs-indian-milking",
            "legs-swedish-milking",
            "legs-integration",
            "stomach-water-wheel-a",
            "stomach-sun-moon",
            "stomach-i-love-you",
            "chest-open-book",
            "chest-integration",
            "arms-indian-milking",
            "arms-integration");

    /** One row of the planner table: the request and what the plan must say. */
    private record Expected(
            boolean massageNow,
            Optional<Instant> resumeAt,
            List<String> strokes,
            Map<String, SkipReason> skipped,
            List<String> askProfessional) {}

    static Stream<Arguments> data_plans() {
        return Stream.of(
                row(
                        "no circumstances, week 1: legs with resting hands first",
                        request(1, profile()),
                        now(PlanningFixtures.WEEK_1, Map.of())),
                row(
                        "everything learnt up to week 3, in teaching then catalogue order",
                        request(3, profile()),
                        now(UP_TO_WEEK_3, Map.of())),
                row(
                        "only week 3's class: new strokes and the week's review",
                        PlanRequest.builder()
                                .from(request(3, profile()))
                                .scope(PlanScope.WEEK)
                                .build(),
                        now(
                                List.of(
                                        "legs-swedish-milking",
                                        "stomach-sun-moon",
                                        "chest-open-book",
                                        "chest-integration",
                                        "arms-indian-milking",
                                        "arms-integration"),
                                Map.of())),
                row(
                        "immunisation yesterday: whole-body stop for 48 hours by default",
                        request(3, profile(Circumstance.of("immunisation", Instant.parse("2026-11-20T10:00:00Z")))),
                        stopped(Instant.parse("2026-11-22T10:00:00Z"), UP_TO_WEEK_3, SkipReason.WHOLE_BODY_STOP)),
                row(
                        "immunisation three days ago: the wait is over",
                        request(1, profile(Circumstance.of("immunisation", Instant.parse("2026-11-18T08:00:00Z")))),
                        now(PlanningFixtures.WEEK_1, Map.of())),
                row(
                        "immunisation 25 hours ago with a chosen 24-hour wait: massage again",
                        PlanRequest.builder()
                                .from(request(
                                        1,
                                        profile(Circumstance.of(
                                                "immunisation", Instant.parse("2026-11-20T08:00:00Z")))))
                                .putWaitingPeriod("immunisation", Duration.ofHours(24))
                                .build(),
                        now(PlanningFixtures.WEEK_1, Map.of())),
                row(
                        "immunisation with no start known: the wait counts from now",
                        request(1, profile(Circumstance.of("immunisation"))),
                        stopped(AT.plus(Duration.ofHours(48)), PlanningFixtures.WEEK_1, SkipReason.WHOLE_BODY_STOP)),
                row(
                        "injection site in the left thigh: legs and integration sweeps left out, arms stay",
                        request(3, profile(site("immunisation-site", "left-thigh"))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of(
                                        "resting-hands",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you",
                                        "chest-open-book",
                                        "arms-indian-milking"),
                                skipped(
                                        SkipReason.AVOIDED_REGION,
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "legs-integration",
                                        "chest-integration",
                                        "arms-integration"),
                                List.of())),
                row(
                        "cord not healed but placed on the thigh: a site outside the curriculum's regions never frees the stomach",
                        request(3, profile(site("umbilical-cord-unhealed", "left-thigh"))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of("resting-hands", "chest-open-book", "arms-indian-milking"),
                                skipped(
                                        SkipReason.AVOIDED_REGION,
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "legs-integration",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you",
                                        "chest-integration",
                                        "arms-integration"),
                                List.of())),
                row(
                        "injection site not given: the contraindication's typical regions, legs and arms",
                        request(
                                3,
                                profile(Circumstance.of("immunisation-site", Instant.parse("2026-11-20T10:00:00Z")))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of(
                                        "resting-hands",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you",
                                        "chest-open-book"),
                                skipped(
                                        SkipReason.AVOIDED_REGION,
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "legs-integration",
                                        "chest-integration",
                                        "arms-indian-milking",
                                        "arms-integration"),
                                List.of())),
                row(
                        "a rash on the left thigh: legs and integration sweeps left out, arms stay",
                        request(3, profile(site("skin-condition", "left-thigh"))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of(
                                        "resting-hands",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you",
                                        "chest-open-book",
                                        "arms-indian-milking"),
                                skipped(
                                        SkipReason.AVOIDED_REGION,
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "legs-integration",
                                        "chest-integration",
                                        "arms-integration"),
                                List.of())),
                row(
                        "a cord stump said to be at the thigh: the stomach stays left out as well",
                        request(2, profile(site("umbilical-cord-unhealed", "thigh"))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of("resting-hands"),
                                skipped(
                                        SkipReason.AVOIDED_REGION,
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "legs-integration",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you"),
                                List.of())),
                row(
                        "a rash with no region or site: the whole body, and ask a professional",
                        request(1, profile(Circumstance.of("skin-condition"))),
                        new Expected(
                                false,
                                Optional.empty(),
                                List.of(),
                                skipped(SkipReason.AVOIDED_REGION, PlanningFixtures.WEEK_1.toArray(String[]::new)),
                                List.of("skin-condition"))),
                row(
                        "a rash at a site the vocabulary does not know: the whole body, and ask",
                        request(
                                1,
                                profile(Circumstance.builder()
                                        .contraindication("skin-condition")
                                        .addSite("elsewhere")
                                        .build())),
                        new Expected(
                                false,
                                Optional.empty(),
                                List.of(),
                                skipped(SkipReason.AVOIDED_REGION, PlanningFixtures.WEEK_1.toArray(String[]::new)),
                                List.of("skin-condition"))),
                row(
                        "a rash on the face, week 5: face strokes, sweeps and gentle movements left out",
                        request(
                                5,
                                profile(Circumstance.builder()
                                        .contraindication("skin-condition")
                                        .addRegion(BodyRegion.FACE)
                                        .build())),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of(
                                        "resting-hands",
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you",
                                        "chest-open-book",
                                        "arms-indian-milking",
                                        "back-swooping"),
                                skipped(
                                        SkipReason.AVOIDED_REGION,
                                        "legs-integration",
                                        "chest-integration",
                                        "arms-integration",
                                        "face-open-book",
                                        "face-smile",
                                        "gentle-cross-arms",
                                        "gentle-bicycle"),
                                List.of())),
                row(
                        "unhealed cord stump: no stomach strokes (domain rule 12)",
                        request(2, profile(Circumstance.of("umbilical-cord-unhealed"))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of("resting-hands", "legs-indian-milking", "legs-swedish-milking"),
                                skipped(
                                        SkipReason.AVOIDED_REGION,
                                        "legs-integration",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you"),
                                List.of())),
                row(
                        "just fed ten minutes ago: stomach not now, the rest may go ahead",
                        request(2, profile(Circumstance.of("just-fed", AT.minus(Duration.ofMinutes(10))))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of("resting-hands", "legs-indian-milking", "legs-swedish-milking"),
                                skipped(
                                        SkipReason.NOT_NOW,
                                        "legs-integration",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you"),
                                List.of())),
                row(
                        "just fed forty minutes ago: 30 minutes by default, so all strokes",
                        request(2, profile(Circumstance.of("just-fed", AT.minus(Duration.ofMinutes(40))))),
                        now(
                                List.of(
                                        "resting-hands",
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "legs-integration",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you"),
                                Map.of())),
                row(
                        "hungry: not now, feed first, no known resume time",
                        request(1, profile(Circumstance.of("hungry"))),
                        new Expected(
                                false,
                                Optional.empty(),
                                List.of(),
                                skipped(SkipReason.NOT_NOW, PlanningFixtures.WEEK_1.toArray(String[]::new)),
                                List.of())),
                row(
                        "jaundice: ask a health professional first, no massage meanwhile",
                        request(1, profile(Circumstance.of("jaundice"))),
                        new Expected(
                                false,
                                Optional.empty(),
                                List.of(),
                                skipped(
                                        SkipReason.ASK_PROFESSIONAL_FIRST,
                                        PlanningFixtures.WEEK_1.toArray(String[]::new)),
                                List.of("jaundice"))),
                row(
                        "jaundice cleared by a professional: massage",
                        request(
                                1,
                                InfantProfile.builder()
                                        .from(profile(Circumstance.of("jaundice")))
                                        .addClearance("jaundice")
                                        .build()),
                        now(PlanningFixtures.WEEK_1, Map.of())),
                row(
                        "umbilical hernia: stomach waits for a professional, legs go ahead",
                        request(2, profile(Circumstance.of("umbilical-hernia"))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of("resting-hands", "legs-indian-milking", "legs-swedish-milking"),
                                skipped(
                                        SkipReason.ASK_PROFESSIONAL_FIRST,
                                        "legs-integration",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you"),
                                List.of("umbilical-hernia"))),
                row(
                        "born at 32 weeks, not cleared: resting hands only (domain rule 12)",
                        request(
                                1,
                                InfantProfile.builder()
                                        .from(profile())
                                        .gestationalWeeks(32)
                                        .build()),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of("resting-hands"),
                                skipped(
                                        SkipReason.PREMATURE,
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "legs-integration"),
                                List.of("premature"))),
                row(
                        "premature circumstance without gestational age: the same rule",
                        request(1, profile(Circumstance.of("premature"))),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of("resting-hands"),
                                skipped(
                                        SkipReason.PREMATURE,
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "legs-integration"),
                                List.of("premature"))),
                row(
                        "born at 32 weeks and cleared: corrected age 3 weeks gates the bicycle (from 8 weeks)",
                        PlanRequest.builder()
                                .from(request(
                                        5,
                                        InfantProfile.builder()
                                                .from(profile())
                                                .gestationalWeeks(32)
                                                .addClearance("premature")
                                                .build()))
                                .scope(PlanScope.WEEK)
                                .build(),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of("resting-hands", "stomach-i-love-you", "gentle-cross-arms"),
                                skipped(SkipReason.BELOW_MIN_AGE, "gentle-bicycle"),
                                List.of(""))),
                row(
                        "a toddler past the face smile's maximum age",
                        PlanRequest.builder()
                                .from(request(4, InfantProfile.agedWeeks(120)))
                                .scope(PlanScope.WEEK)
                                .build(),
                        now(
                                List.of("chest-open-book", "arms-indian-milking", "face-open-book", "back-swooping"),
                                skipped(SkipReason.ABOVE_MAX_AGE, "face-smile"))),
                row(
                        "a contraindication the curriculum does not have: stop and ask",
                        request(1, profile(Circumstance.of("teething"))),
                        new Expected(
                                false,
                                Optional.empty(),
                                List.of(),
                                skipped(
                                        SkipReason.UNKNOWN_CONTRAINDICATION,
                                        PlanningFixtures.WEEK_1.toArray(String[]::new)),
                                List.of("teething"))),
                row(
                        "a fever the caller says has ended",
                        request(
                                1,
                                profile(Circumstance.builder()
                                        .contraindication("fever")
                                        .until(AT.minus(Duration.ofHours(1)))
                                        .build())),
                        now(PlanningFixtures.WEEK_1, Map.of())),
                row(
                        "a fever: no massage until it has passed",
                        request(1, profile(Circumstance.of("fever"))),
                        new Expected(
                                false,
                                Optional.empty(),
                                List.of(),
                                skipped(SkipReason.WHOLE_BODY_STOP, PlanningFixtures.WEEK_1.toArray(String[]::new)),
                                List.of())),
                row(
                        "two stops: massage resumes when the later one ends",
                        request(
                                1,
                                profile(
                                        Circumstance.of("immunisation", Instant.parse("2026-11-20T10:00:00Z")),
                                        Circumstance.builder()
                                                .contraindication("fever")
                                                .until(Instant.parse("2026-11-23T12:00:00Z"))
                                                .build())),
                        stopped(
                                Instant.parse("2026-11-23T12:00:00Z"),
                                PlanningFixtures.WEEK_1,
                                SkipReason.WHOLE_BODY_STOP)),
                row(
                        "acute illness: stop, and the contraindication asks for a professional",
                        request(1, profile(Circumstance.of("acute-illness"))),
                        new Expected(
                                false,
                                Optional.empty(),
                                List.of(),
                                skipped(SkipReason.WHOLE_BODY_STOP, PlanningFixtures.WEEK_1.toArray(String[]::new)),
                                List.of("acute-illness"))),
                row(
                        "injured left arm: arms left out and a professional asked",
                        request(
                                3,
                                profile(Circumstance.builder()
                                        .contraindication("fracture-or-injury")
                                        .addSite("left arm")
                                        .build())),
                        new Expected(
                                true,
                                Optional.empty(),
                                List.of(
                                        "resting-hands",
                                        "legs-indian-milking",
                                        "legs-swedish-milking",
                                        "stomach-water-wheel-a",
                                        "stomach-sun-moon",
                                        "stomach-i-love-you",
                                        "chest-open-book"),
                                skipped(
                                        SkipReason.AVOIDED_REGION,
                                        "legs-integration",
                                        "chest-integration",
                                        "arms-indian-milking",
                                        "arms-integration"),
                                List.of("fracture-or-injury"))),
                row(
                        "parent stressed: an advisory note only",
                        request(1, profile(Circumstance.of("parent-stressed"))),
                        now(PlanningFixtures.WEEK_1, Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_plans")
    void plan_followsTheDomainRules(String name, PlanRequest request, Expected expected) {
        SessionPlan plan = PLANNER.plan(request);

        assertThat(plan.isMassageNow()).as("massageNow").isEqualTo(expected.massageNow());
        assertThat(plan.getResumeAt()).as("resumeAt").isEqualTo(expected.resumeAt());
        assertThat(plan.strokeIds()).as("strokes").containsExactlyElementsOf(expected.strokes());
        Map<String, SkipReason> skipped = new LinkedHashMap<>();
        plan.getSkipped().forEach(skip -> skipped.put(skip.getStroke(), skip.getReason()));
        assertThat(skipped).as("skipped").isEqualTo(expected.skipped());
        assertThat(plan.getAskProfessional())
                .extracting(ask -> ask.getContraindication().orElse(""))
                .as("askProfessional")
                .containsExactlyInAnyOrderElementsOf(expected.askProfessional());
    }

    @Test
    void plan_skippedStroke_carriesContraindicationRegionAndUntil() {
        SessionPlan plan = PLANNER.plan(request(1, profile(site("immunisation-site", "left-thigh"))));

        SkippedStroke skipped = plan.getSkipped().get(0);
        assertThat(skipped.getStroke()).isEqualTo("legs-indian-milking");
        assertThat(skipped.getRegion()).contains(BodyRegion.LEGS_AND_FEET);
        assertThat(skipped.getContraindication()).contains("immunisation-site");
        assertThat(skipped.getUntil()).contains(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(skipped.getExplanation())
                .isEqualTo("Condition immunisation-site: leave out the legs and feet until"
                        + " 22 Nov 2026, 10:00. Guidance for immunisation-site.");
    }

    @Test
    void plan_stop_explainsWhyAndWhenMassageResumes() {
        SessionPlan plan = PLANNER.plan(
                request(1, profile(Circumstance.of("immunisation", Instant.parse("2026-11-20T10:00:00Z")))));

        assertThat(plan.stops()).singleElement().satisfies(stop -> {
            assertThat(stop.getContraindication()).isEqualTo("immunisation");
            assertThat(stop.getExplanation())
                    .isEqualTo(
                            "Condition immunisation: no massage until 22 Nov 2026, 10:00. Guidance for immunisation.");
        });
    }

    @Test
    void plan_callerUntilBeforeTheWait_doesNotShortenIt() {
        Circumstance jab = Circumstance.builder()
                .contraindication("immunisation")
                .since(Instant.parse("2026-11-20T10:00:00Z"))
                .until(Instant.parse("2026-11-21T08:00:00Z"))
                .build();

        SessionPlan plan = PLANNER.plan(request(1, profile(jab)));

        assertThat(plan.isMassageNow()).isFalse();
        assertThat(plan.getResumeAt()).contains(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void plan_callerUntilAfterTheWait_lengthensIt() {
        Circumstance jab = Circumstance.builder()
                .contraindication("immunisation")
                .since(Instant.parse("2026-11-20T10:00:00Z"))
                .until(Instant.parse("2026-11-24T00:00:00Z"))
                .build();

        assertThat(PLANNER.plan(request(1, profile(jab))).getResumeAt())
                .contains(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void plan_chosenWaitingPeriodLongerThanDefault_isUsed() {
        PlanRequest request = PlanRequest.builder()
                .from(request(1, profile(Circumstance.of("immunisation", Instant.parse("2026-11-20T10:00:00Z")))))
                .putWaitingPeriod("immunisation", Duration.ofHours(72))
                .build();

        assertThat(PLANNER.plan(request).getResumeAt()).contains(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void plan_dateOnlyCircumstance_countsFromTheEndOfThatDay() {
        Circumstance jab =
                Circumstance.onDate("immunisation", LocalDate.of(2026, 11, 20), ZoneId.of("Europe/Stockholm"));

        SessionPlan plan = PLANNER.plan(request(1, profile(jab)));

        assertThat(jab.getSince()).contains(Instant.parse("2026-11-20T23:00:00Z"));
        assertThat(plan.getResumeAt()).contains(Instant.parse("2026-11-22T23:00:00Z"));
    }

    @Test
    void plan_premature_reportsCorrectedAge() {
        InfantProfile premature =
                InfantProfile.builder().from(profile()).gestationalWeeks(30).build();

        assertThat(PLANNER.plan(request(1, premature)).getCorrectedAgeWeeks()).isEqualTo(1);
    }

    @Test
    void plan_unknownStrokeInSchedule_isSkippedNotPlanned() {
        Curriculum broken = Curriculum.builder()
                .from(CURRICULUM)
                .schedule(dev.infantmassage.curriculum.FiveWeekSchedule.of(
                        List.of(dev.infantmassage.curriculum.SampleCurricula.week(
                                1, List.of("resting-hands", "legs-missing"), List.of()))))
                .build();

        SessionPlan plan = SessionPlanner.of(broken).plan(request(1, profile()));

        assertThat(plan.strokeIds()).containsExactly("resting-hands");
        assertThat(plan.getSkipped()).singleElement().satisfies(skip -> {
            assertThat(skip.getStroke()).isEqualTo("legs-missing");
            assertThat(skip.getReason()).isEqualTo(SkipReason.UNKNOWN_STROKE);
            assertThat(skip.getRegion()).isEmpty();
        });
    }

    @Test
    void plan_advisory_becomesANote() {
        SessionPlan plan = PLANNER.plan(request(1, profile(Circumstance.of("parent-stressed"))));

        assertThat(plan.getNotes()).containsExactly("Condition parent-stressed: Guidance for parent-stressed.");
        assertThat(plan.getRestrictions()).isEmpty();
    }

    static Stream<Arguments> data_badWaitingPeriods() {
        return Stream.of(
                Arguments.of(
                        "immunisation",
                        Duration.ofHours(12),
                        "Waiting period for 'immunisation' must be between 24 and 72 hours, but was 12 hours"),
                Arguments.of(
                        "immunisation",
                        Duration.ofHours(73),
                        "Waiting period for 'immunisation' must be between 24 and 72 hours, but was 73 hours"),
                Arguments.of(
                        "just-fed",
                        Duration.ofMinutes(5),
                        "Waiting period for 'just-fed' must be between 10 and 45 minutes, but was 5 minutes"),
                Arguments.of("fever", Duration.ofHours(1), "Contraindication 'fever' has no waiting period to choose"),
                Arguments.of(
                        "teething",
                        Duration.ofHours(1),
                        "Waiting period names contraindication 'teething', which is not in this curriculum"));
    }

    @ParameterizedTest
    @MethodSource("data_badWaitingPeriods")
    void plan_chosenWaitingPeriodOutsideTheRange_isRejected(String id, Duration chosen, String message) {
        PlanRequest request = PlanRequest.builder()
                .from(request(1, profile()))
                .putWaitingPeriod(id, chosen)
                .build();

        assertThatThrownBy(() -> PLANNER.plan(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"0", "6", "-1"})
    void request_weekOutsideOneToFive_isRejected(int week) {
        assertThatThrownBy(() -> request(week, profile()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Week must be between 1 and 5, but was " + week);
    }

    @Test
    void plan_dateOfBirthAfterTheDay_isRejected() {
        PlanRequest request = request(1, InfantProfile.bornOn(LocalDate.of(2026, 12, 1)));

        assertThatThrownBy(() -> PLANNER.plan(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Date of birth must not be after 2026-11-21, but was 2026-12-01");
    }

    private static Arguments row(String name, PlanRequest request, Expected expected) {
        return Arguments.of(name, request, expected);
    }

    private static Expected now(List<String> strokes, Map<String, SkipReason> skipped) {
        return new Expected(true, Optional.empty(), strokes, skipped, List.of());
    }

    private static Expected stopped(Instant resumeAt, List<String> selection, SkipReason reason) {
        return new Expected(
                false, Optional.of(resumeAt), List.of(), skipped(reason, selection.toArray(String[]::new)), List.of());
    }

    private static Map<String, SkipReason> skipped(SkipReason reason, String... strokes) {
        Map<String, SkipReason> skipped = new LinkedHashMap<>();
        for (String stroke : strokes) {
            skipped.put(stroke, reason);
        }
        return skipped;
    }

    static PlanRequest request(int week, InfantProfile profile) {
        return PlanRequest.of(week, profile, AT);
    }

    static InfantProfile profile(Circumstance... circumstances) {
        return InfantProfile.builder()
                .dateOfBirth(BORN)
                .circumstances(new ArrayList<>(List.of(circumstances)))
                .build();
    }

    private static Circumstance site(String contraindication, String site) {
        return Circumstance.builder()
                .contraindication(contraindication)
                .since(Instant.parse("2026-11-20T10:00:00Z"))
                .addSite(site)
                .build();
    }
}
