package dev.infantmassage.curriculum.examples;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Example 1: load the built-in five-week program and print one week's class (week 2 unless another
 * is given): what is introduced, what is reviewed, what is discussed, and the home practice.
 *
 * <pre>{@code java dev.infantmassage.curriculum.examples.PrintWeekPlan 2}</pre>
 */
public final class PrintWeekPlan {
    private PrintWeekPlan() {}

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /** Prints the week's plan to {@code out}; returns the exit status: 0, or 2 for a bad week number. */
    public static int run(PrintStream out, String... args) {
        String argument = args.length > 0 ? args[0] : "2";
        Curriculum program = ReferenceCurricula.fiveWeekProgram();
        Optional<WeekPlan> found = argument.matches("\\d{1,2}")
                ? program.getSchedule().week(Integer.parseInt(argument))
                : Optional.empty();
        if (found.isEmpty()) {
            out.println("The program has no week '" + argument + "'; choose 1 to 5");
            return 2;
        }
        WeekPlan week = found.get();
        String language = program.getDefaultLanguage();
        Function<LocalizedText, String> text = localized -> localized.resolve(language, language);

        out.println("Week " + week.getNumber() + ": " + text.apply(week.getTitle()) + " (" + week.getSessionMinutes()
                + " minutes)");
        section(
                out,
                "New strokes",
                week.getNewStrokes(),
                id -> program.stroke(id)
                        .map(stroke -> text.apply(stroke.getName()))
                        .orElse(id));
        section(
                out,
                "Reviewed strokes",
                week.getReviewStrokes(),
                id -> program.stroke(id)
                        .map(stroke -> text.apply(stroke.getName()))
                        .orElse(id));
        section(
                out,
                "New routines",
                week.getNewRoutines(),
                id -> program.routine(id)
                        .map(routine -> text.apply(routine.getName()))
                        .orElse(id));
        section(
                out,
                "Techniques",
                week.getTechniques(),
                id -> program.technique(id)
                        .map(technique -> text.apply(technique.getName()))
                        .orElse(id));
        section(
                out,
                "Topics",
                week.getTopics().stream()
                        .map(topic -> text.apply(topic.getTitle()))
                        .toList(),
                Function.identity());
        section(
                out,
                "Cues practised",
                week.getCues(),
                id -> program.cue(id).map(cue -> text.apply(cue.getName())).orElse(id));
        week.getHomePractice()
                .ifPresent(practice -> out.println("Home practice: " + practice.getMinutesPerDay() + " minutes a day"));
        return 0;
    }

    private static void section(PrintStream out, String heading, List<String> ids, Function<String, String> name) {
        if (ids.isEmpty()) {
            return;
        }
        out.println(heading + ":");
        ids.forEach(id -> {
            String shown = name.apply(id);
            out.println("  - " + shown + (shown.equals(id) ? "" : " (" + id + ")"));
        });
    }
}
