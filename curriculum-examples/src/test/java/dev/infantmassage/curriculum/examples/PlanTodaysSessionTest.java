package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanTodaysSessionTest {
    @Test
    void run_plansAroundTheInjectionAndTheFeed_andReactsToCues() {
        ExampleRun run = ExampleRun.of(PlanTodaysSession::run, "2026-11-21T09:00:00Z");

        assertThat(run.status()).isZero();
        assertThat(run.lines())
                .startsWith(
                        "Today's session (week 3, baby aged 10 weeks)",
                        "Strokes to do now, in order:",
                        "  - Resting hands (resting-hands)");
        assertThat(run.out())
                .doesNotContain("(legs-indian-milking)")
                .doesNotContain("(stomach-sun-moon)")
                .contains("leave out the legs and feet until you have confirmed it has gone")
                .contains("(arms-indian-milking)")
                .contains("not now for the tummy, wait until 21 Nov 2026, 09:15");
        assertThat(run.lines())
                .contains(
                        "Baby shows smiling and cooing -> continue",
                        "Baby shows looking-away -> pause-or-adapt",
                        "Baby shows yawning and hand-to-ear -> stop-and-comfort");
    }

    @Test
    void run_notAnInstant_exitsTwo() {
        ExampleRun run = ExampleRun.of(PlanTodaysSession::run, "tomorrow");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).startsWith("'tomorrow' is not an instant");
    }
}
