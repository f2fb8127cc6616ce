package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.render.HandoutRenderer;
import dev.infantmassage.curriculum.render.Paper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code render}: the weekly parent handouts and the instructor overview as static HTML files. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes printable, self-contained HTML pages from a curriculum: the parent handout of each week "
                    + "(strokes with steps and body maps, cues, safety, home practice) and the instructor overview.",
            "Without --week or --overview, writes every week's handout and the overview."
        },
        footer = {
            "",
            "Examples:",
            "  curriculum render --week 2 --lang es -o out/",
            "  curriculum render --overview --paper letter -o out/",
            "",
            "Exit codes: 0 pages written, 1 the curriculum file has errors, 2 bad command line or unwritable folder."
        })
final class RenderCommand implements Callable<Integer> {
    @Option(names = "--week", paramLabel = "N", description = "Only the handout of this week, 1 to 5.")
    @Nullable
    Integer week;

    @Option(
            names = "--overview",
            description = "The instructor overview (with --week: as well as that week's handout).")
    boolean overview;

    @Option(
            names = {"--lang", "--language"},
            paramLabel = "TAG",
            description = "One of the curriculum's languages, such as es (default: its default language).")
    @Nullable
    String language;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "The folder to write the pages into; made if missing.")
    Path output;

    @Mixin
    CurriculumOption curriculumOption = new CurriculumOption();

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a4", description = "a4 (the default) or letter.")
    String paper = "a4";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Paper size = switch (paper.toLowerCase(Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw usage("--paper must be a4 or letter, but was '" + paper + "'");
        };
        Optional<Curriculum> read = curriculumOption.readValid("render", spec);
        if (read.isEmpty()) {
            return CurriculumCli.EXIT_INVALID;
        }
        Curriculum curriculum = read.get();
        String tag = language == null ? curriculum.getDefaultLanguage() : language.strip();
        if (!curriculum.allLanguages().contains(tag)) {
            throw usage("--lang must be one of the curriculum's languages ("
                    + String.join(", ", curriculum.allLanguages()) + "), but was '" + tag + "'");
        }
        if (week != null && curriculum.getSchedule().week(week).isEmpty()) {
            throw usage("--week must be one of the schedule's weeks ("
                    + String.join(
                            ", ",
                            curriculum.getSchedule().getWeeks().stream()
                                    .map(plan -> Integer.toString(plan.getNumber()))
                                    .toList())
                    + "), but was " + week);
        }
        HandoutRenderer renderer = HandoutRenderer.of(curriculum).withPaper(size);
        Map<String, String> pages = new LinkedHashMap<>();
        List<Integer> weeks = week != null
                ? List.of(week)
                : overview
                        ? List.of()
                        : curriculum.getSchedule().getWeeks().stream()
                                .map(WeekPlan::getNumber)
                                .sorted(Comparator.naturalOrder())
                                .toList();
        for (int number : weeks) {
            pages.put("week-" + number + "." + tag + ".html", renderer.weeklyHandout(number, tag));
        }
        if (overview || week == null) {
            pages.put("overview." + tag + ".html", renderer.instructorOverview(tag));
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println("curriculum: cannot make the folder '" + output + "': " + Inputs.describe(e));
            return CurriculumCli.EXIT_USAGE;
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = output.resolve(page.getKey());
            try {
                Files.writeString(file, page.getValue());
            } catch (IOException e) {
                err.println("curriculum: cannot write '" + file + "': " + Inputs.describe(e));
                return CurriculumCli.EXIT_USAGE;
            }
            out.println("Wrote " + file);
        }
        out.flush();
        return 0;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
