package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintWeekPlanTest {
    @Test
    void run_printsWeekTwoOfTheReferenceProgram() {
        ExampleRun run = ExampleRun.of(PrintWeekPlan::run);

        assertThat(run.status()).isZero();
        assertThat(run.lines().get(0)).startsWith("Week 2: ").endsWith(" minutes)");
        assertThat(run.lines())
                .contains(
                        "New strokes:",
                        "  - Sun moon (stomach-sun-moon)",
                        "Reviewed strokes:",
                        "  - Resting hands (resting-hands)",
                        "New routines:",
                        "  - Colic relief (colic-relief)");
        assertThat(run.out()).contains("Home practice: ").contains(" minutes a day");
    }

    @Test
    void run_otherWeek_printsThatWeek() {
        ExampleRun run = ExampleRun.of(PrintWeekPlan::run, "5");

        assertThat(run.status()).isZero();
        assertThat(run.lines().get(0)).startsWith("Week 5: ");
        assertThat(run.lines()).contains("  - Cross arms (gentle-cross-arms)");
    }

    @Test
    void run_weekOutsideTheProgram_exitsTwo() {
        ExampleRun run = ExampleRun.of(PrintWeekPlan::run, "six");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("The program has no week 'six'; choose 1 to 5\n");
    }
}
