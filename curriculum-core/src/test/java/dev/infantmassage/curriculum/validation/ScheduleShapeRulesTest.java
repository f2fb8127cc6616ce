package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weeks 1 to 5, each once: {@code schedule.week.out-of-range}, {@code schedule.week.duplicate}, {@code schedule.week.missing}. */
class ScheduleShapeRulesTest {
    @Test
    void validate_weekNumberOutOfRange_isAnError() {
        Curriculum curriculum = RuleTesting.withWeek(5, week -> week.number(6));

        assertThat(findings(curriculum))
                .containsExactly(
                        "error schedule.week.missing /schedule/weeks",
                        "error schedule.week.out-of-range /schedule/weeks/4/number");
    }

    @Test
    void validate_duplicateWeek_isAnErrorAtTheSecond() {
        Curriculum curriculum = RuleTesting.withWeek(5, week -> week.number(4));

        assertThat(findings(curriculum))
                .containsExactly(
                        "error schedule.week.missing /schedule/weeks",
                        "error schedule.week.duplicate /schedule/weeks/4/number");
    }

    @Test
    void validate_missingWeek_isAnError() {
        Curriculum curriculum = RuleTesting.sample(builder -> builder.schedule(FiveWeekSchedule.of(
                SampleCurricula.minimal().getSchedule().getWeeks().subList(0, 4))));

        assertThat(findings(curriculum))
                .containsExactlyInAnyOrder(
                        "error schedule.week.missing /schedule/weeks",
                        "warning schedule.region.not-introduced /schedule/weeks",
                        "warning schedule.stroke.not-introduced /strokes/8/id",
                        "warning schedule.topic.missing /schedule/weeks");
    }

    @Test
    void validate_fiveWeeksInAnyOrder_passesWithOneWarningAtTheFirstOutOfOrder() {
        List<WeekPlan> weeks = SampleCurricula.minimal().getSchedule().getWeeks();
        Curriculum curriculum = RuleTesting.sample(builder -> builder.schedule(
                FiveWeekSchedule.of(List.of(weeks.get(2), weeks.get(0), weeks.get(4), weeks.get(1), weeks.get(3)))));

        assertThat(findings(curriculum)).containsExactly("warning schedule.week.order /schedule/weeks/1/number");
    }
}
