package dev.infantmassage.curriculum.validation;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Changes one thing in {@link SampleCurricula#minimal()} and reads the report back as
 * {@code "severity code pointer"} lines, so rule tests compare what matters and not message text.
 */
final class RuleTesting {
    private RuleTesting() {}

    static final CurriculumValidator VALIDATOR = CurriculumValidator.create();

    /** Every issue as {@code "severity code pointer"}, in report order. */
    static List<String> findings(Curriculum curriculum) {
        return findings(VALIDATOR.validate(curriculum));
    }

    static List<String> findings(ValidationReport report) {
        return report.issues().stream().map(RuleTesting::finding).toList();
    }

    static String finding(Issue issue) {
        return issue.getSeverity().code() + " " + issue.getCode().code() + " "
                + issue.getLocation().toPointer();
    }

    static Curriculum sample(Consumer<Curriculum.Builder> edit) {
        Curriculum.Builder builder = Curriculum.builder().from(SampleCurricula.minimal());
        edit.accept(builder);
        return builder.build();
    }

    static Curriculum withStroke(String id, Consumer<Stroke.Builder> edit) {
        Curriculum sample = SampleCurricula.minimal();
        return sample(builder -> builder.strokes(replace(
                sample.getStrokes(),
                entry -> entry.getId().equals(id),
                edited(entry -> Stroke.builder().from(entry), edit, Stroke.Builder::build))));
    }

    static Curriculum withTechnique(String id, Consumer<Technique.Builder> edit) {
        Curriculum sample = SampleCurricula.minimal();
        return sample(builder -> builder.techniques(replace(
                sample.getTechniques(),
                entry -> entry.getId().equals(id),
                edited(entry -> Technique.builder().from(entry), edit, Technique.Builder::build))));
    }

    static Curriculum withRoutine(String id, Consumer<Routine.Builder> edit) {
        Curriculum sample = SampleCurricula.minimal();
        return sample(builder -> builder.routines(replace(
                sample.getRoutines(),
                entry -> entry.getId().equals(id),
                edited(entry -> Routine.builder().from(entry), edit, Routine.Builder::build))));
    }

    static Curriculum withCue(String id, Consumer<CueSignal.Builder> edit) {
        Curriculum sample = SampleCurricula.minimal();
        return sample(builder -> builder.cues(replace(
                sample.getCues(),
                entry -> entry.getId().equals(id),
                edited(entry -> CueSignal.builder().from(entry), edit, CueSignal.Builder::build))));
    }

    static Curriculum withContraindication(String id, Consumer<Contraindication.Builder> edit) {
        Curriculum sample = SampleCurricula.minimal();
        return sample(builder -> builder.contraindications(replace(
                sample.getContraindications(),
                entry -> entry.getId().equals(id),
                edited(entry -> Contraindication.builder().from(entry), edit, Contraindication.Builder::build))));
    }

    static Curriculum withWeek(int number, Consumer<WeekPlan.Builder> edit) {
        return withWeeks(week -> week.getNumber() == number, edit);
    }

    static Curriculum withWeeks(Predicate<WeekPlan> which, Consumer<WeekPlan.Builder> edit) {
        Curriculum sample = SampleCurricula.minimal();
        return sample(builder -> builder.schedule(FiveWeekSchedule.of(replace(
                sample.getSchedule().getWeeks(),
                which,
                edited(week -> WeekPlan.builder().from(week), edit, WeekPlan.Builder::build)))));
    }

    /** A change that copies an entry into its builder, applies {@code edit} and builds the copy. */
    private static <T, B> UnaryOperator<T> edited(Function<T, B> copy, Consumer<B> edit, Function<B, T> build) {
        return entry -> {
            B builder = copy.apply(entry);
            edit.accept(builder);
            return build.apply(builder);
        };
    }

    private static <T> List<T> replace(List<T> entries, Predicate<T> which, UnaryOperator<T> change) {
        List<T> changed = entries.stream()
                .map(entry -> which.test(entry) ? change.apply(entry) : entry)
                .toList();
        if (changed.equals(entries) && entries.stream().noneMatch(which)) {
            throw new IllegalArgumentException("No entry to change");
        }
        return changed;
    }
}
