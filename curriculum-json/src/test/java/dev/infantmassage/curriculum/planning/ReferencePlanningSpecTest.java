package dev.infantmassage.curriculum.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safety specification, row by row, written from the domain brief (§3 baby-led rules, §5, §6) for
 * the built-in curriculum: a profile, its circumstances and a moment give the regions that may be
 * massaged, whether massage may happen now, and when it may resume. The first rows are the five classes
 * an outside test found broken: a whole-body stop narrowed by a site (1), optimistic resume times (2),
 * strokes that touch an avoided area (3), an injection site without the immunisation stop (4), and an
 * injection site released on a timer (5).
 */
class ReferencePlanningSpecTest {
    private static final Curriculum PROGRAM = ReferenceCurricula.fiveWeekProgram();
    private static final SessionPlanner PLANNER = SessionPlanner.of(PROGRAM);
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private static final Set<BodyRegion> ALL = EnumSet.of(
            BodyRegion.LEGS_AND_FEET,
            BodyRegion.STOMACH,
            BodyRegion.CHEST,
            BodyRegion.ARMS_AND_HANDS,
            BodyRegion.FACE,
            BodyRegion.BACK);
    private static final Set<BodyRegion> NONE = EnumSet.noneOf(BodyRegion.class);

    record Row(
            String name, InfantProfile profile, boolean massageNow, Set<BodyRegion> allowed, Optional<Instant> resume) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> rows() {
        Instant jab = AT.minus(Duration.ofHours(1));
        return Stream.of(
                // 1: whole-body conditions stay whole-body whatever site is given
                row(
                        "1: asleep, with a site: no massage (a sleeping baby is not massaged)",
                        baby(circumstance("asleep").addSite("tummy")),
                        false,
                        NONE,
                        Optional.empty()),
                row(
                        "1: jaundice at the thigh: ask a professional first, nothing planned",
                        baby(circumstance("jaundice").addSite("left-thigh")),
                        false,
                        NONE,
                        Optional.empty()),
                row(
                        "1: hungry, with an arm: feed first",
                        baby(circumstance("hungry").addSite("left-arm")),
                        false,
                        NONE,
                        Optional.empty()),
                row(
                        "1: a medical condition at the chest: ask first",
                        baby(circumstance("medical-condition").addSite("chest")),
                        false,
                        NONE,
                        Optional.empty()),
                row(
                        "1: fever at the face: no massage",
                        baby(circumstance("fever").addSite("face")),
                        false,
                        NONE,
                        Optional.empty()),
                row(
                        "1: crying, with the back: soothe first",
                        baby(circumstance("crying").addRegion(BodyRegion.BACK)),
                        false,
                        NONE,
                        Optional.empty()),
                // 2: resume times are never optimistic
                row(
                        "2: immunisation and an open-ended fever: no resume time",
                        baby(circumstance("immunisation").since(jab), circumstance("fever")),
                        false,
                        NONE,
                        Optional.empty()),
                row(
                        "2: immunisation 1 h ago and fever until tomorrow: resume at the later end",
                        baby(
                                circumstance("immunisation").since(jab),
                                circumstance("fever").until(AT.plus(Duration.ofHours(60)))),
                        false,
                        NONE,
                        Optional.of(AT.plus(Duration.ofHours(60)))),
                row(
                        "2: an injection site at an unknown place: ask, no resume time",
                        baby(circumstance("immunisation-site").since(jab).addSite("spleen")),
                        false,
                        NONE,
                        Optional.empty()),
                // 3: strokes that touch an avoided area
                row(
                        "3: rash on the legs, 3 days after any jab: no stroke that holds the legs or touches the bottom",
                        baby(circumstance("skin-condition").addSite("left-thigh")),
                        true,
                        EnumSet.of(
                                BodyRegion.STOMACH,
                                BodyRegion.CHEST,
                                BodyRegion.ARMS_AND_HANDS,
                                BodyRegion.FACE,
                                BodyRegion.BACK),
                        Optional.empty()),
                row(
                        "3: unhealed cord: nothing on the tummy, no knees into the tummy",
                        baby(circumstance("umbilical-cord-unhealed")),
                        true,
                        EnumSet.of(
                                BodyRegion.LEGS_AND_FEET,
                                BodyRegion.CHEST,
                                BodyRegion.ARMS_AND_HANDS,
                                BodyRegion.FACE,
                                BodyRegion.BACK),
                        Optional.empty()),
                // 4: an injection site is an immunisation
                row(
                        "4: injection in the left thigh an hour ago: the whole-body stop for 48 hours",
                        baby(circumstance("immunisation-site").since(jab).addSite("left-thigh")),
                        false,
                        NONE,
                        Optional.of(jab.plus(Duration.ofHours(48)))),
                // 5: the site is released by a confirmation, never by a timer alone
                row(
                        "5: injection 4 days ago, not confirmed healed: legs still left out",
                        baby(circumstance("immunisation-site")
                                .since(AT.minus(Duration.ofDays(4)))
                                .addSite("left-thigh")),
                        true,
                        EnumSet.of(
                                BodyRegion.STOMACH,
                                BodyRegion.CHEST,
                                BodyRegion.ARMS_AND_HANDS,
                                BodyRegion.FACE,
                                BodyRegion.BACK),
                        Optional.empty()),
                row(
                        "5: injection 4 days ago, confirmed healed: everything",
                        InfantProfile.builder()
                                .ageWeeks(10)
                                .addCircumstance(circumstance("immunisation-site")
                                        .since(AT.minus(Duration.ofDays(4)))
                                        .addSite("left-thigh")
                                        .build())
                                .addClearance("immunisation-site")
                                .build(),
                        true,
                        ALL,
                        Optional.empty()),
                row(
                        "5: injection 30 hours ago, already confirmed: still the immunisation stop",
                        InfantProfile.builder()
                                .ageWeeks(10)
                                .addCircumstance(circumstance("immunisation-site")
                                        .since(AT.minus(Duration.ofHours(30)))
                                        .addSite("left-thigh")
                                        .build())
                                .addClearance("immunisation-site")
                                .build(),
                        false,
                        NONE,
                        Optional.of(AT.plus(Duration.ofHours(18)))),
                // the brief's other rows
                row("nothing present: every region", baby(), true, ALL, Optional.empty()),
                row(
                        "a newborn of 1 week, nothing said of the cord: no tummy, nothing that touches it",
                        InfantProfile.builder().ageWeeks(1).build(),
                        true,
                        EnumSet.of(
                                BodyRegion.LEGS_AND_FEET,
                                BodyRegion.CHEST,
                                BodyRegion.ARMS_AND_HANDS,
                                BodyRegion.FACE,
                                BodyRegion.BACK),
                        Optional.empty()),
                row(
                        "a newborn of 1 week, cord confirmed healed: every region",
                        InfantProfile.builder()
                                .ageWeeks(1)
                                .addClearance("umbilical-cord-unhealed")
                                .build(),
                        true,
                        ALL,
                        Optional.empty()),
                row(
                        "just fed 10 minutes ago: no tummy for 20 more minutes",
                        baby(circumstance("just-fed").since(AT.minus(Duration.ofMinutes(10)))),
                        true,
                        EnumSet.of(
                                BodyRegion.LEGS_AND_FEET,
                                BodyRegion.CHEST,
                                BodyRegion.ARMS_AND_HANDS,
                                BodyRegion.FACE,
                                BodyRegion.BACK),
                        Optional.empty()),
                row(
                        "premature, before the due date, cleared: resting hands only",
                        InfantProfile.builder()
                                .ageWeeks(2)
                                .gestationalWeeks(30)
                                .addClearance("premature")
                                .build(),
                        true,
                        NONE,
                        Optional.empty()),
                row(
                        "premature, not cleared: resting hands only",
                        InfantProfile.builder()
                                .ageWeeks(20)
                                .gestationalWeeks(32)
                                .build(),
                        true,
                        NONE,
                        Optional.empty()),
                row(
                        "premature, cleared, past the due date: every region",
                        InfantProfile.builder()
                                .ageWeeks(20)
                                .gestationalWeeks(32)
                                .addClearance("premature")
                                .build(),
                        true,
                        ALL,
                        Optional.empty()),
                row(
                        "an unknown condition: no massage, ask",
                        baby(circumstance("teething")),
                        false,
                        NONE,
                        Optional.empty()),
                row(
                        "an id that differs only in case: no massage, ask",
                        baby(circumstance("Fever")),
                        false,
                        NONE,
                        Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plan_followsTheSpecification(Row row) {
        SessionPlan plan = PLANNER.plan(
                PlanRequest.builder().week(5).profile(row.profile()).at(AT).build());

        assertThat(plan.isMassageNow()).as("massageNow").isEqualTo(row.massageNow());
        assertThat(plan.getResumeAt()).as("resumeAt").isEqualTo(row.resume());
        Set<BodyRegion> touched = EnumSet.noneOf(BodyRegion.class);
        for (Stroke stroke : plan.getStrokes()) {
            if (stroke.getRegion() != BodyRegion.WHOLE_BODY) {
                touched.addAll(
                        ReferencePlanningOracleTest.CONTACTS.getOrDefault(stroke.getId(), Set.of(stroke.getRegion())));
                touched.add(stroke.getRegion());
            }
        }
        touched.remove(BodyRegion.GENTLE_MOVEMENTS);
        assertThat(row.allowed())
                .as("regions touched by the plan lie in the allowed ones")
                .containsAll(touched);
        if (row.massageNow()) {
            assertThat(plan.strokeIds()).contains("resting-hands");
            for (BodyRegion region : row.allowed()) {
                assertThat(touched)
                        .as("some stroke of allowed region %s is planned", region)
                        .contains(region);
            }
        } else {
            assertThat(plan.getStrokes()).isEmpty();
            assertThat(plan.stops()).isNotEmpty();
        }
        if (!row.massageNow() && row.resume().isEmpty()) {
            assertThat(plan.resumeConditions())
                    .as("says what must happen first")
                    .isNotEmpty();
        }
    }

    private static Arguments row(
            String name, InfantProfile profile, boolean massageNow, Set<BodyRegion> allowed, Optional<Instant> resume) {
        return Arguments.of(new Row(name, profile, massageNow, allowed, resume));
    }

    private static Circumstance.Builder circumstance(String id) {
        return Circumstance.builder().contraindication(id);
    }

    private static InfantProfile baby(Circumstance.Builder... circumstances) {
        List<Circumstance> built = new ArrayList<>();
        for (Circumstance.Builder circumstance : circumstances) {
            built.add(circumstance.build());
        }
        return InfantProfile.builder().ageWeeks(10).circumstances(built).build();
    }
}
