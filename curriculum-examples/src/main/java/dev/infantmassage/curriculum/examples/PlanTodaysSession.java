package dev.infantmassage.curriculum.examples;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.Circumstance;
import dev.infantmassage.curriculum.planning.CueAdvice;
import dev.infantmassage.curriculum.planning.CueGuide;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.planning.SkippedStroke;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example 4: plan today's session for one baby, then react to the cues the baby gives during it.
 *
 * <p>The baby is ten weeks old, had an injection in the left thigh yesterday evening and was fed a
 * quarter of an hour ago; the family is in week 3 of the class. Pass an instant such as
 * {@code 2026-11-21T09:00:00Z} to plan for that moment instead of now.
 *
 * <pre>{@code java dev.infantmassage.curriculum.examples.PlanTodaysSession}</pre>
 */
public final class PlanTodaysSession {
    private PlanTodaysSession() {}

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /** Prints the plan and the cue advice; returns 0, or 2 for an argument that is not an instant. */
    public static int run(PrintStream out, String... args) {
        Clock clock;
        try {
            clock = args.length > 0 ? Clock.fixed(Instant.parse(args[0]), ZoneOffset.UTC) : Clock.systemDefaultZone();
        } catch (DateTimeParseException e) {
            out.println("'" + args[0] + "' is not an instant; use for example 2026-11-21T09:00:00Z");
            return 2;
        }
        Curriculum program = ReferenceCurricula.fiveWeekProgram();
        Instant now = clock.instant();

        // The profile names the curriculum's contraindications by id, with when and where.
        InfantProfile baby = InfantProfile.builder()
                .dateOfBirth(LocalDate.now(clock).minusWeeks(10))
                .addCircumstance(Circumstance.builder()
                        .contraindication("immunisation-site")
                        .since(now.minus(Duration.ofDays(3)))
                        .addSite("left-thigh")
                        .build())
                .addCircumstance(Circumstance.of("just-fed", now.minus(Duration.ofMinutes(15))))
                .build();

        SessionPlan plan = SessionPlanner.of(program).plan(PlanRequest.of(3, baby, clock));

        out.println(
                "Today's session (week " + plan.getWeek() + ", baby aged " + plan.getCorrectedAgeWeeks() + " weeks)");
        if (!plan.isMassageNow()) {
            out.println("No massage now"
                    + plan.getResumeAt().map(at -> "; it may resume at " + at).orElse(""));
            plan.stops().forEach(stop -> out.println("  " + stop.getExplanation()));
        } else {
            out.println("Strokes to do now, in order:");
            String language = program.getDefaultLanguage();
            plan.getStrokes()
                    .forEach(stroke -> out.println(
                            "  - " + stroke.getName().resolve(language, language) + " (" + stroke.getId() + ")"));
        }
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        for (SkippedStroke skipped : plan.getSkipped()) {
            leftOut.computeIfAbsent(skipped.getExplanation(), reason -> new ArrayList<>())
                    .add(skipped.getStroke());
        }
        if (!leftOut.isEmpty()) {
            out.println("Left out for now:");
            leftOut.forEach((reason, strokes) -> out.println("  - " + strokes.size() + " strokes: " + reason));
        }
        plan.getAskProfessional().forEach(ask -> out.println("Ask a health professional: " + ask.getReason()));

        // During the session: what the parent sees, and what to do about it.
        CueGuide guide = CueGuide.of(program);
        for (List<String> seen :
                List.of(List.of("smiling", "cooing"), List.of("looking-away"), List.of("yawning", "hand-to-ear"))) {
            CueAdvice advice = guide.advise(seen);
            out.println("Baby shows " + String.join(" and ", seen) + " -> "
                    + advice.getResponse().code());
            out.println("  " + advice.getExplanation());
        }
        return 0;
    }
}
