package dev.infantmassage.curriculum.planning;

import static dev.infantmassage.curriculum.BodyRegion.ARMS_AND_HANDS;
import static dev.infantmassage.curriculum.BodyRegion.BACK;
import static dev.infantmassage.curriculum.BodyRegion.CHEST;
import static dev.infantmassage.curriculum.BodyRegion.FACE;
import static dev.infantmassage.curriculum.BodyRegion.LEGS_AND_FEET;
import static dev.infantmassage.curriculum.BodyRegion.STOMACH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.PlanningOracle.Fact;
import dev.infantmassage.curriculum.planning.PlanningOracle.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in curriculum's plans against an independent oracle ({@link PlanningOracle}), whose facts
 * are typed in below from the domain brief: §5 for the contraindications, §2's motion descriptions for
 * the regions each stroke touches. Ten thousand generated profiles (five seeds of two thousand).
 */
class ReferencePlanningOracleTest {
    private static final Curriculum PROGRAM = ReferenceCurricula.fiveWeekProgram();
    private static final SessionPlanner PLANNER = SessionPlanner.of(PROGRAM);
    private static final Instant BASE = Instant.parse("2026-11-21T09:00:00Z");
    private static final int PROFILES_PER_SEED = 2_000;

    /** §5 of the brief, one row per condition. */
    static final Map<String, Fact> FACTS = Map.ofEntries(
            Map.entry("fever", Fact.of(Kind.STOP, Set.of())),
            Map.entry("acute-illness", Fact.of(Kind.STOP, Set.of())),
            Map.entry("immunisation", Fact.of(Kind.STOP, Set.of()).waiting(Duration.ofHours(48))),
            Map.entry(
                    "immunisation-site",
                    Fact.of(Kind.LOCAL, Set.of(LEGS_AND_FEET, ARMS_AND_HANDS))
                            .site()
                            .waiting(Duration.ofHours(48))
                            .untilConfirmed()
                            .alsoApplies("immunisation")),
            Map.entry("skin-condition", Fact.of(Kind.LOCAL, Set.of()).untilConfirmed()),
            Map.entry("weeping-eczema", Fact.of(Kind.LOCAL, Set.of()).untilConfirmed()),
            Map.entry(
                    "umbilical-cord-unhealed",
                    Fact.of(Kind.LOCAL, Set.of(STOMACH))
                            .site()
                            .untilConfirmed()
                            .presumedUnder(
                                    3)), // §6: skip the tummy until the cord has healed; stump off by about 3 weeks
            Map.entry("umbilical-hernia", Fact.of(Kind.LOCAL, Set.of(STOMACH))),
            Map.entry("diarrhoea-vomiting", Fact.of(Kind.LOCAL, Set.of(STOMACH))),
            Map.entry("fracture-or-injury", Fact.of(Kind.LOCAL, Set.of()).untilConfirmed()),
            Map.entry("jaundice", Fact.of(Kind.CONSULT, Set.of())),
            Map.entry("medical-condition", Fact.of(Kind.CONSULT, Set.of())),
            Map.entry("premature", Fact.of(Kind.CONSULT, Set.of())),
            Map.entry("just-fed", Fact.of(Kind.TIMING, Set.of(STOMACH)).waiting(Duration.ofMinutes(30))),
            Map.entry("hungry", Fact.of(Kind.TIMING, Set.of())),
            Map.entry("asleep", Fact.of(Kind.TIMING, Set.of())),
            Map.entry("crying", Fact.of(Kind.TIMING, Set.of())),
            Map.entry("parent-stressed", Fact.of(Kind.ADVICE, Set.of())));

    /** §2 of the brief: where the hands go beyond the stroke's own region. */
    static final Map<String, Set<BodyRegion>> CONTACTS = Map.ofEntries(
            Map.entry("stomach-water-wheel-b", Set.of(STOMACH, LEGS_AND_FEET)), // one hand holds the legs
            Map.entry("stomach-knees-up", Set.of(STOMACH, LEGS_AND_FEET)), // bent knees held into the tummy
            Map.entry("chest-butterfly", Set.of(CHEST, ARMS_AND_HANDS)), // up to the opposite shoulder
            Map.entry("chest-integration", Set.of(CHEST, STOMACH, LEGS_AND_FEET)), // chest, tummy, feet
            Map.entry("arms-integration", Set.of(ARMS_AND_HANDS, CHEST, STOMACH, LEGS_AND_FEET)),
            Map.entry("back-back-and-forth", Set.of(BACK, LEGS_AND_FEET)), // neck to buttocks
            Map.entry("back-swooping", Set.of(BACK, LEGS_AND_FEET)), // a hand on the buttocks
            Map.entry("back-swooping-with-feet", Set.of(BACK, LEGS_AND_FEET)), // down to the ankles
            Map.entry("back-combing", Set.of(BACK, LEGS_AND_FEET)), // over buttocks and legs
            Map.entry("gentle-cross-arms", Set.of(ARMS_AND_HANDS, CHEST)),
            Map.entry("gentle-cross-arm-and-leg", Set.of(ARMS_AND_HANDS, LEGS_AND_FEET)),
            Map.entry("gentle-cross-legs", Set.of(LEGS_AND_FEET, STOMACH)), // crossed at the tummy
            Map.entry("gentle-bicycle", Set.of(LEGS_AND_FEET, STOMACH)), // knees into the tummy
            Map.entry("gentle-knees-up", Set.of(LEGS_AND_FEET, STOMACH))); // as knees up in the tummy table

    static final PlanningOracle ORACLE = new PlanningOracle(FACTS, touchedTable());

    private static final List<String> SITES = List.of(
            "left-thigh",
            "right upper arm",
            "foot",
            "tummy",
            "face",
            "back",
            "chest",
            "legs-and-feet",
            "whole-body",
            "elbow-pit",
            "bottom");

    private static final List<String> IDS = contraindicationIds();
    private static final RandomPlanRequests GENERATOR = new RandomPlanRequests(
            PROGRAM,
            IDS,
            SITES,
            List.of(
                    "premature",
                    "jaundice",
                    "immunisation-site",
                    "skin-condition",
                    "umbilical-cord-unhealed",
                    "fracture-or-injury",
                    "medical-condition"),
            3,
            BASE);

    /** The brief's contraindications, an id the curriculum lacks, and one that differs only in case. */
    private static List<String> contraindicationIds() {
        List<String> ids = new ArrayList<>(FACTS.keySet());
        ids.sort(String::compareTo);
        ids.add("teething");
        ids.add("Fever");
        return List.copyOf(ids);
    }

    private static Map<String, Set<BodyRegion>> touchedTable() {
        Map<String, BodyRegion> byPrefix = Map.of(
                "legs",
                LEGS_AND_FEET,
                "stomach",
                STOMACH,
                "chest",
                CHEST,
                "arms",
                ARMS_AND_HANDS,
                "face",
                FACE,
                "back",
                BACK);
        Map<String, Set<BodyRegion>> table = new HashMap<>(CONTACTS);
        for (Stroke stroke : PROGRAM.getStrokes()) {
            String prefix = stroke.getId()
                    .substring(
                            0,
                            stroke.getId().indexOf('-') < 0 ? 0 : stroke.getId().indexOf('-'));
            if (!table.containsKey(stroke.getId()) && byPrefix.containsKey(prefix)) {
                table.put(stroke.getId(), Set.of(byPrefix.get(prefix)));
            }
        }
        return table;
    }

    @Test
    void oracleTables_coverEveryStrokeAndContraindication() {
        assertThat(FACTS.keySet())
                .containsExactlyInAnyOrderElementsOf(PROGRAM.getContraindications().stream()
                        .map(Contraindication::getId)
                        .toList());
        PROGRAM.getStrokes().stream()
                .map(Stroke::getId)
                .filter(id -> !id.equals("resting-hands"))
                .forEach(id -> assertThat(touchedTable()).as(id).containsKey(id));
    }

    @Test
    void everyStroke_declaresAtLeastTheRegionsTheBriefDescribes() {
        for (Stroke stroke : PROGRAM.getStrokes()) {
            Set<BodyRegion> expected = touchedTable().getOrDefault(stroke.getId(), Set.of());
            assertThat(stroke.touchedRegions()).as(stroke.getId()).containsAll(expected);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261202L, 1L, 42L, 7_777L, 123_456_789L})
    void plans_agreeWithTheOracle(long seed) {
        Random random = new Random(seed);
        int partial = 0;
        int stopped = 0;
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            PlanRequest request = GENERATOR.next(random);
            SessionPlan plan = PLANNER.plan(request);
            PlanningOracle.Verdict verdict = ORACLE.judge(request);
            String context = "seed " + seed + " #" + i + ": " + request;

            for (Stroke stroke : plan.getStrokes()) {
                assertThat(ORACLE.excludes(verdict, stroke.getId()))
                        .as("%s plans %s", context, stroke.getId())
                        .isFalse();
            }
            if (verdict.stops()) {
                stopped++;
                assertThat(plan.isMassageNow()).as(context).isFalse();
            }
            assertThat(plan.isMassageNow())
                    .as("massageNow agrees with the strokes: " + context)
                    .isEqualTo(!plan.getStrokes().isEmpty());
            if (plan.getResumeAt().isPresent()) {
                Instant resume = plan.getResumeAt().get();
                assertThat(plan.isMassageNow()).as(context).isFalse();
                assertThat(verdict.openEnded())
                        .as("resume time although a stop is open-ended: " + context)
                        .isFalse();
                assertThat(resume).as(context).isAfter(request.getAt());
                verdict.latestEnd()
                        .ifPresent(latest -> assertThat(resume).as(context).isAfterOrEqualTo(latest));
            }
            if (plan.isMassageNow() && !plan.getSkipped().isEmpty()) {
                partial++;
            }
            List<String> accounted = new ArrayList<>(plan.strokeIds());
            plan.getSkipped().forEach(skip -> accounted.add(skip.getStroke()));
            assertThat(accounted).as(context).containsExactlyInAnyOrderElementsOf(GENERATOR.selection(request));
        }
        assertThat(partial)
                .as("plans that keep some strokes and leave out others")
                .isGreaterThan(PROFILES_PER_SEED / 10);
        assertThat(stopped).as("plans the oracle stops").isGreaterThan(PROFILES_PER_SEED / 10);
    }
}
