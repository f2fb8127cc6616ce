package dev.infantmassage.curriculum.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.Curriculum;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a plan says beyond which strokes it keeps: the grouped reasons, the ends of the stops, the age
 * limits at their edges, premature babies around the due date, and the checks on requests. Written
 * from docs/planning.md.
 */
class PlanDetailsTest {
    private static final Curriculum CURRICULUM = PlanningFixtures.curriculum();
    private static final SessionPlanner PLANNER = SessionPlanner.of(CURRICULUM);
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");

    private static SessionPlan plan(int week, InfantProfile profile) {
        return PLANNER.plan(
                PlanRequest.builder().week(week).profile(profile).at(AT).build());
    }

    private static InfantProfile weeks(int age, Circumstance... circumstances) {
        return InfantProfile.builder()
                .ageWeeks(age)
                .addCircumstances(circumstances)
                .build();
    }

    @Test
    void skippedGroups_oneGroupPerReason_withEveryStrokeOnce() {
        SessionPlan plan = plan(
                3,
                weeks(
                        10,
                        Circumstance.builder()
                                .contraindication("umbilical-cord-unhealed")
                                .build(),
                        Circumstance.of("just-fed", AT.minus(Duration.ofMinutes(10)))));

        assertThat(plan.isMassageNow()).isTrue();
        List<SkippedGroup> groups = plan.skippedGroups();
        assertThat(groups)
                .extracting(group -> group.getContraindication().orElseThrow())
                .doesNotHaveDuplicates();
        assertThat(groups.stream().flatMap(group -> group.getStrokes().stream()).toList())
                .containsExactlyElementsOf(
                        plan.getSkipped().stream().map(SkippedStroke::getStroke).toList());
        assertThat(groups)
                .allSatisfy(group -> assertThat(group.getExplanation()).isNotBlank());
    }

    @Test
    void stop_everySelectedStrokeIsLeftOutByIt() {
        SessionPlan plan = plan(
                3, weeks(10, Circumstance.builder().contraindication("fever").build()));

        assertThat(plan.getStrokes()).isEmpty();
        assertThat(plan.getSkipped()).hasSize(11).allSatisfy(skipped -> {
            assertThat(skipped.getReason()).isEqualTo(SkipReason.WHOLE_BODY_STOP);
            assertThat(skipped.getContraindication()).contains("fever");
        });
        assertThat(plan.skippedGroups()).hasSize(1);
        assertThat(plan.resumeConditions()).containsExactly(RestrictionEnd.CONDITION_GONE);
        assertThat(plan.stops()).singleElement().satisfies(stop -> {
            assertThat(stop.getExplanation()).contains("until it has passed");
            assertThat(stop.getRegions()).containsExactly(BodyRegion.WHOLE_BODY);
        });
    }

    @Test
    void stops_oneTimedAndOneOpenEnded_noResumeTime_andSayWhatMustHappen() {
        SessionPlan plan = plan(
                1,
                weeks(
                        10,
                        Circumstance.of("immunisation", AT.minus(Duration.ofHours(1))),
                        Circumstance.builder().contraindication("asleep").build()));

        assertThat(plan.getResumeAt()).isEmpty();
        assertThat(plan.resumeConditions()).containsExactly(RestrictionEnd.NEED_MET);
        assertThat(plan.stops())
                .filteredOn(stop -> stop.getContraindication().equals("asleep"))
                .singleElement()
                .satisfies(stop -> assertThat(stop.getExplanation()).contains("meet the need first"));
    }

    @Test
    void stops_allTimed_resumeAtTheLatest() {
        SessionPlan plan = plan(
                1,
                weeks(
                        10,
                        Circumstance.of("immunisation", AT.minus(Duration.ofHours(1))),
                        Circumstance.builder()
                                .contraindication("fever")
                                .until(AT.plus(Duration.ofDays(3)))
                                .build()));

        assertThat(plan.getResumeAt()).contains(AT.plus(Duration.ofDays(3)));
        assertThat(plan.resumeConditions()).isEmpty();
    }

    @Test
    void noStopButNothingSuits_noMassage_noResumeTime_andANote() {
        SessionPlan plan = SessionPlanner.of(withWeekOne(List.of("gentle-bicycle", "legs-missing")))
                .plan(PlanRequest.builder()
                        .week(1)
                        .scope(PlanScope.WEEK)
                        .profile(weeks(2))
                        .at(AT)
                        .build());

        assertThat(plan.isMassageNow()).isFalse();
        assertThat(plan.getStrokes()).isEmpty();
        assertThat(plan.getResumeAt()).isEmpty();
        assertThat(plan.stops()).isEmpty();
        assertThat(plan.getNotes()).contains("Nothing of this week suits the baby now: no massage today.");
        assertThat(plan.getSkipped())
                .extracting(SkippedStroke::getStroke, SkippedStroke::getReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("gentle-bicycle", SkipReason.BELOW_MIN_AGE),
                        org.assertj.core.groups.Tuple.tuple("legs-missing", SkipReason.UNKNOWN_STROKE));
        assertThat(plan.skippedGroups())
                .filteredOn(group -> group.getReason() == SkipReason.UNKNOWN_STROKE)
                .singleElement()
                .satisfies(group -> assertThat(group.getExplanation()).contains("'legs-missing'"));
    }

    private static Curriculum withWeekOne(List<String> strokes) {
        List<dev.infantmassage.curriculum.WeekPlan> weeks =
                new java.util.ArrayList<>(CURRICULUM.getSchedule().getWeeks());
        weeks.set(0, dev.infantmassage.curriculum.SampleCurricula.week(1, strokes, List.of()));
        return Curriculum.builder()
                .from(CURRICULUM)
                .schedule(dev.infantmassage.curriculum.FiveWeekSchedule.of(weeks))
                .build();
    }

    @Test
    void age_atTheLimitsOfAStroke_itIsPlanned() {
        assertThat(plan(5, weeks(8)).strokeIds()).contains("gentle-bicycle");
        assertThat(plan(5, weeks(7)).getSkipped())
                .filteredOn(skipped -> skipped.getStroke().equals("gentle-bicycle"))
                .singleElement()
                .satisfies(skipped -> {
                    assertThat(skipped.getReason()).isEqualTo(SkipReason.BELOW_MIN_AGE);
                    assertThat(skipped.getExplanation()).contains("from 8 weeks", "the baby is 7 weeks");
                });
        assertThat(plan(5, weeks(7)).getAskProfessional())
                .anySatisfy(ask -> assertThat(ask.getReason()).contains("from 8 weeks"));
        assertThat(plan(4, weeks(104)).strokeIds()).contains("face-smile");
        assertThat(plan(4, weeks(105)).getSkipped())
                .filteredOn(skipped -> skipped.getStroke().equals("face-smile"))
                .singleElement()
                .satisfies(skipped -> {
                    assertThat(skipped.getReason()).isEqualTo(SkipReason.ABOVE_MAX_AGE);
                    assertThat(skipped.getExplanation()).contains("up to 104 weeks");
                });
    }

    @Test
    void premature_clearedAndExactlyAtTheDueDate_fullPlan() {
        // Born at 32 weeks, 8 weeks ago: corrected age 0, the due date itself.
        InfantProfile profile = InfantProfile.builder()
                .ageWeeks(8)
                .gestationalWeeks(32)
                .addClearance("premature")
                .build();

        SessionPlan plan = plan(1, profile);

        assertThat(plan.getCorrectedAgeWeeks()).isZero();
        assertThat(plan.strokeIds()).containsExactlyElementsOf(PlanningFixtures.WEEK_1);
        assertThat(plan.getTechniques()).isEmpty();
    }

    @Test
    void premature_beforeTheDueDateButCleared_restingHandsUntilTheDueDate() {
        InfantProfile profile = InfantProfile.builder()
                .ageWeeks(2)
                .gestationalWeeks(32)
                .addClearance("premature")
                .build();

        SessionPlan plan = plan(1, profile);

        assertThat(plan.strokeIds()).containsExactly("resting-hands");
        assertThat(plan.getRestrictions())
                .filteredOn(restriction -> restriction.getReason() == SkipReason.PREMATURE)
                .singleElement()
                .satisfies(restriction -> {
                    assertThat(restriction.getEndsWhen()).isEqualTo(RestrictionEnd.CONDITION_GONE);
                    assertThat(restriction.getExplanation())
                            .startsWith("Before the due date")
                            .contains("Guidance for premature.");
                });
    }

    @Test
    void premature_notCleared_restingHandsUntilAProfessionalClearsIt() {
        InfantProfile profile =
                InfantProfile.builder().ageWeeks(20).gestationalWeeks(32).build();

        SessionPlan plan = plan(1, profile);

        assertThat(plan.strokeIds()).containsExactly("resting-hands");
        assertThat(plan.getRestrictions())
                .filteredOn(restriction -> restriction.getReason() == SkipReason.PREMATURE)
                .singleElement()
                .satisfies(restriction -> {
                    assertThat(restriction.getEndsWhen()).isEqualTo(RestrictionEnd.PROFESSIONAL_CLEARANCE);
                    assertThat(restriction.getExplanation()).startsWith("Born before 37 weeks");
                });
        assertThat(plan.getAskProfessional())
                .anySatisfy(ask -> assertThat(ask.getReason()).contains("neonatal team"));
    }

    @Test
    void localRestriction_namesItsRegionsInOrder() {
        SessionPlan plan = plan(
                3,
                weeks(
                        10,
                        Circumstance.builder()
                                .contraindication("skin-condition")
                                .addRegion(BodyRegion.CHEST)
                                .addRegion(BodyRegion.LEGS_AND_FEET)
                                .build()));

        assertThat(plan.getRestrictions()).singleElement().satisfies(restriction -> {
            assertThat(restriction.getExplanation())
                    .contains("leave out the legs and feet and the chest until it has passed");
            assertThat(restriction.getUntil()).isEmpty();
        });
    }

    @Test
    void unknownSite_noEndAndAskAProfessional() {
        SessionPlan plan = plan(
                3,
                weeks(
                        10,
                        Circumstance.builder()
                                .contraindication("just-fed")
                                .since(AT)
                                .addSite("elbow-pit")
                                .build()));

        assertThat(plan.stops()).singleElement().satisfies(stop -> {
            assertThat(stop.getUntil()).isEmpty();
            assertThat(stop.getEndsWhen()).isEqualTo(RestrictionEnd.ASK_PROFESSIONAL);
        });
        assertThat(plan.getResumeAt()).isEmpty();
    }

    @Test
    void waitingPeriodOutOfRange_isRejectedInTheCurriculumsUnit() {
        assertThatThrownBy(() -> PLANNER.plan(PlanRequest.builder()
                        .week(1)
                        .profile(weeks(10))
                        .at(AT)
                        .putWaitingPeriod("immunisation", Duration.ofMinutes(90))
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Waiting period for 'immunisation' must be between 24 and 72 hours, but was 90 minutes");
        assertThatThrownBy(() -> PLANNER.plan(PlanRequest.builder()
                        .week(1)
                        .profile(weeks(10))
                        .at(AT)
                        .putWaitingPeriod("immunisation", Duration.ofHours(12))
                        .build()))
                .hasMessage("Waiting period for 'immunisation' must be between 24 and 72 hours, but was 12 hours");
        assertThatThrownBy(() -> PLANNER.plan(PlanRequest.builder()
                        .week(1)
                        .profile(weeks(10))
                        .at(AT)
                        .putWaitingPeriod("fever", Duration.ofHours(12))
                        .build()))
                .hasMessage("Contraindication 'fever' has no waiting period to choose");
    }

    @Test
    void requests_outOfRange_areRejected() {
        assertThatThrownBy(() ->
                        PlanRequest.builder().week(0).profile(weeks(10)).at(AT).build())
                .hasMessage("Week must be between 1 and 5, but was 0");
        assertThatThrownBy(() ->
                        PlanRequest.builder().week(6).profile(weeks(10)).at(AT).build())
                .hasMessage("Week must be between 1 and 5, but was 6");
        assertThatThrownBy(() -> PlanRequest.builder()
                        .week(1)
                        .profile(weeks(10))
                        .at(AT)
                        .putWaitingPeriod("just-fed", Duration.ZERO)
                        .build())
                .hasMessage("Waiting period for 'just-fed' must be positive, but was PT0S");
        assertThatThrownBy(() -> InfantProfile.builder().ageWeeks(-1).build())
                .hasMessage("Age in weeks must not be negative, but was -1");
        assertThatThrownBy(() ->
                        InfantProfile.builder().ageWeeks(1).gestationalWeeks(19).build())
                .hasMessage("Gestational weeks must be between 20 and 45, but was 19");
        assertThatThrownBy(() ->
                        InfantProfile.builder().ageWeeks(1).gestationalWeeks(46).build())
                .hasMessage("Gestational weeks must be between 20 and 45, but was 46");
        assertThat(InfantProfile.builder()
                        .ageWeeks(1)
                        .gestationalWeeks(20)
                        .build()
                        .getGestationalWeeks())
                .contains(20);
        assertThat(InfantProfile.builder()
                        .ageWeeks(1)
                        .gestationalWeeks(45)
                        .build()
                        .getGestationalWeeks())
                .contains(45);
        assertThatThrownBy(() -> InfantProfile.builder()
                        .ageWeeks(1)
                        .dateOfBirth(LocalDate.of(2026, 1, 1))
                        .build())
                .hasMessage("Infant profile must have exactly one of dateOfBirth and ageWeeks");
        assertThatThrownBy(() -> Circumstance.builder().contraindication(" ").build())
                .hasMessage("Circumstance contraindication must not be blank");
        assertThatThrownBy(() -> Circumstance.builder()
                        .contraindication("fever")
                        .addSite(" ")
                        .build())
                .hasMessage("Circumstance site must not be blank");
    }

    @Test
    void prematurity_isBelowThirtySevenWeeks() {
        assertThat(InfantProfile.builder()
                        .ageWeeks(1)
                        .gestationalWeeks(36)
                        .build()
                        .isPremature())
                .isTrue();
        assertThat(InfantProfile.builder()
                        .ageWeeks(1)
                        .gestationalWeeks(37)
                        .build()
                        .isPremature())
                .isFalse();
        assertThat(InfantProfile.builder().ageWeeks(1).build().isPremature()).isFalse();
    }

    @Test
    void chronologicalAge_countsWholeWeeksFromTheBirthday() {
        InfantProfile born = InfantProfile.bornOn(LocalDate.of(2026, 11, 1));

        assertThat(born.correctedAgeWeeks(LocalDate.of(2026, 11, 14))).isEqualTo(1);
        assertThat(born.correctedAgeWeeks(LocalDate.of(2026, 11, 15))).isEqualTo(2);
    }

    @Test
    void order_withinARegionFollowsTheCatalogue() {
        assertThat(PLANNER.orderedStrokes(2, PlanScope.UP_TO_WEEK))
                .extracting(stroke -> stroke.getId())
                .containsExactly(
                        "resting-hands",
                        "legs-indian-milking",
                        "legs-swedish-milking",
                        "legs-integration",
                        "stomach-water-wheel-a",
                        "stomach-sun-moon",
                        "stomach-i-love-you");
    }

    @ParameterizedTest
    @EnumSource(RestrictionEnd.class)
    void restrictionEnds_roundTripTheirCodes(RestrictionEnd end) {
        assertThat(RestrictionEnd.fromCode(end.code())).isEqualTo(end);
        assertThat(end.code()).matches("[a-z]+(-[a-z]+)*");
    }

    @ParameterizedTest
    @EnumSource(SkipReason.class)
    void skipReasons_roundTripTheirCodes(SkipReason reason) {
        assertThat(SkipReason.fromCode(reason.code())).isEqualTo(reason);
    }

    @ParameterizedTest
    @EnumSource(PlanScope.class)
    void scopes_roundTripTheirCodes(PlanScope scope) {
        assertThat(PlanScope.fromCode(scope.code())).isEqualTo(scope);
    }

    @Test
    void cues_aCuratedStrongerResponseWins_andNamesTheCue() {
        CueAdvice advice = CueGuide.of(CURRICULUM).advise("smiling", "lip-tremor");

        assertThat(advice.getResponse()).isEqualTo(CueResponse.STOP_AND_COMFORT);
        assertThat(advice.drivingCueIds()).containsExactly("lip-tremor");
        assertThat(advice.getExplanation())
                .startsWith("The curriculum asks to stop and comfort on seeing lip tremor: ");
    }

    @Test
    void cues_aSeriousSignAmongOthers_stopAndGetHelp() {
        CueAdvice advice = CueGuide.of(CURRICULUM).advise("yawning", "breathing-pauses", "crying");

        assertThat(advice.getResponse()).isEqualTo(CueResponse.STOP_AND_GET_HELP);
        assertThat(advice.drivingCueIds()).containsExactly("breathing-pauses");
        assertThat(advice.getExplanation()).startsWith("A serious sign (breathing pauses): stop now and get help.");
    }
}
