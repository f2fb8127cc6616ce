package dev.infantmassage.curriculum.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-based safety test: over many generated profiles, no plan contains a stroke that a present
 * contraindication excludes, and whole-body stops give empty plans. The oracle below restates the
 * rules from the domain brief independently and at their weakest, so the planner may leave out more,
 * never less.
 */
class SessionPlannerSafetyTest {
    private static final Curriculum CURRICULUM = PlanningFixtures.curriculum();
    private static final SessionPlanner PLANNER = SessionPlanner.of(CURRICULUM);
    private static final Instant BASE = Instant.parse("2026-11-21T09:00:00Z");
    private static final int PROFILES_PER_SEED = 1_000;

    private static final List<String> IDS = new ArrayList<>();
    private static final List<String> SITES = List.of(
            "left-thigh",
            "right upper arm",
            "foot",
            "tummy",
            "face",
            "back",
            "chest",
            "legs-and-feet",
            "elbow-pit",
            "spleen");
    private static final List<String> CLEARABLE =
            List.of("premature", "jaundice", "umbilical-hernia", "fracture-or-injury");

    static {
        CURRICULUM.getContraindications().forEach(contraindication -> IDS.add(contraindication.getId()));
        IDS.add("teething");
        IDS.add("unknown-condition");
    }

    private static final RandomPlanRequests GENERATOR =
            new RandomPlanRequests(CURRICULUM, IDS, SITES, CLEARABLE, 4, BASE);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261121L, 1L, 42L, 7_777L, 123_456_789L})
    void plan_neverContainsAnExcludedStroke(long seed) {
        Random random = new Random(seed);
        int partial = 0;
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            PlanRequest request = GENERATOR.next(random);
            SessionPlan plan = PLANNER.plan(request);
            Oracle oracle = new Oracle(request);
            String context = "seed " + seed + " #" + i + ": " + request;

            for (Stroke stroke : plan.getStrokes()) {
                assertThat(oracle.excludes(stroke))
                        .as("%s plans excluded stroke %s", context, stroke.getId())
                        .isFalse();
                if (stroke.getRole() != StrokeRole.RESTING_HANDS) {
                    assertThat(stroke.getMinAgeWeeks()).as(context).isLessThanOrEqualTo(oracle.age);
                }
                assertThat(stroke.getMaxAgeWeeks().orElse(Integer.MAX_VALUE))
                        .as(context)
                        .isGreaterThanOrEqualTo(oracle.age);
            }
            if (oracle.stops) {
                assertThat(plan.isMassageNow()).as(context).isFalse();
            }
            if (!plan.isMassageNow()) {
                assertThat(plan.getStrokes()).as(context).isEmpty();
                plan.getResumeAt()
                        .ifPresent(resume -> assertThat(resume).as(context).isAfter(request.getAt()));
            } else {
                assertThat(plan.getResumeAt()).as(context).isEmpty();
                assertThat(plan.getStrokes()).as(context).isNotEmpty();
            }
            if (plan.isMassageNow()
                    && !plan.getStrokes().isEmpty()
                    && !plan.getSkipped().isEmpty()) {
                partial++;
            }
            List<String> accounted = new ArrayList<>(plan.strokeIds());
            plan.getSkipped().forEach(skip -> accounted.add(skip.getStroke()));
            assertThat(accounted).as(context).containsExactlyInAnyOrderElementsOf(GENERATOR.selection(request));
        }
        // The generator must reach the interesting case, plans that keep some strokes and leave out others.
        assertThat(partial).isGreaterThan(PROFILES_PER_SEED / 10);
    }

    /** The weakest reading of the domain rules: what must be left out. */
    private static final class Oracle {
        final int age;
        boolean stops;
        boolean restingHandsOnly;
        final Set<BodyRegion> avoided = EnumSet.noneOf(BodyRegion.class);

        Oracle(PlanRequest request) {
            InfantProfile profile = request.getProfile();
            Instant at = request.getAt();
            age = profile.correctedAgeWeeks(LocalDate.ofInstant(at, request.getZone()));
            if (profile.getGestationalWeeks().map(weeks -> weeks < 37).orElse(false)
                    && !profile.getClearances().contains("premature")) {
                restingHandsOnly = true;
            }
            for (Circumstance circumstance : profile.getCircumstances()) {
                Optional<Contraindication> found = CURRICULUM.contraindication(circumstance.getContraindication());
                boolean ended = circumstance
                        .getUntil()
                        .map(until -> !at.isBefore(until))
                        .orElse(false);
                if (found.isEmpty()) {
                    stops |= !ended;
                    continue;
                }
                Contraindication contraindication = found.get();
                if (contraindication.getWaitingPeriod().isPresent()) {
                    Duration wait = request.getWaitingPeriods()
                            .getOrDefault(
                                    contraindication.getId(),
                                    contraindication.getWaitingPeriod().get().defaultDuration());
                    Instant waitEnd = circumstance.getSince().orElse(at).plus(wait);
                    ended = !at.isBefore(waitEnd)
                            && ended | circumstance.getUntil().isEmpty();
                }
                if (ended) {
                    continue;
                }
                boolean cleared = profile.getClearances().contains(contraindication.getId());
                ContraindicationScope scope = contraindication.getScope();
                if (scope == ContraindicationScope.WHOLE_BODY_STOP) {
                    stops = true;
                } else if (scope == ContraindicationScope.CONSULT_PROFESSIONAL
                        && contraindication.getId().equals("premature")) {
                    restingHandsOnly |= !cleared;
                } else if (scope == ContraindicationScope.AVOID_LOCAL_REGION
                        || scope == ContraindicationScope.TIMING_RULE
                        || scope == ContraindicationScope.CONSULT_PROFESSIONAL && !cleared) {
                    Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
                    regions.addAll(circumstance.getRegions());
                    boolean unknownSite = false;
                    for (String site : circumstance.getSites()) {
                        Optional<BodyRegion> region = BodySites.regionOf(site);
                        unknownSite |= region.isEmpty();
                        region.ifPresent(regions::add);
                    }
                    if (regions.isEmpty()) {
                        regions.addAll(contraindication.getRegions());
                    }
                    if (unknownSite || regions.isEmpty()) {
                        stops = true;
                    }
                    avoided.addAll(regions);
                }
            }
        }

        boolean excludes(Stroke stroke) {
            return stops
                    || restingHandsOnly && stroke.getRole() != StrokeRole.RESTING_HANDS
                    || avoided.contains(stroke.getRegion());
        }
    }
}
