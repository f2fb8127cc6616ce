package dev.infantmassage.curriculum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a class-loading log of one CLI run ({@code -Xlog:class+load:file=LOG:uptime}) into a Markdown
 * timeline: each phase of a {@code validate} run starts when its first class loads, so the gaps
 * between those first loads show where the start-up time goes. The last line of the log stands for
 * the end of the run.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.infantmassage.curriculum.bench.StartupTimeline LOG OUT.md TITLE}
 */
public final class StartupTimeline {
    /** The class whose first load starts each phase, and the phase's name, in the order they run. */
    static final List<String[]> MILESTONES = List.of(
            new String[] {"java.lang.Object", "JVM start-up until the main class loads"},
            new String[] {"dev.infantmassage.curriculum.cli.CurriculumCli", "Command line (picocli) and set-up"},
            new String[] {"dev.infantmassage.curriculum.json.internal.DocumentParser", "Parse the file"},
            new String[] {"dev.infantmassage.curriculum.json.internal.CurriculumFormat",
                "Bind to the model (with its class initialisation)"},
            new String[] {"dev.infantmassage.curriculum.internal.BeanConstraints",
                "Bean Validation (Hibernate Validator bootstrap and checks)"},
            new String[] {"dev.infantmassage.curriculum.internal.rules.CurriculumRules", "Curriculum rules"},
            new String[] {"dev.infantmassage.curriculum.cli.TextReport", "Print the report and exit"});

    private static final Pattern LINE = Pattern.compile("^\\[(\\d+\\.\\d+)s\\]\\S* (\\S+) source: .*$");

    private StartupTimeline() {}

    /** Writes the timeline; the arguments are the log, the Markdown file and a title. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: StartupTimeline LOG OUT.md TITLE");
            System.exit(2);
        }
        String log = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1]), render(log, args[2]), StandardCharsets.UTF_8);
    }

    static String render(String log, String title) {
        Map<String, Double> firstLoad = new LinkedHashMap<>();
        double end = 0;
        int classes = 0;
        int fromArchive = 0;
        for (String line : log.split("\n")) {
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            double at = Double.parseDouble(matcher.group(1));
            firstLoad.putIfAbsent(matcher.group(2), at);
            end = Math.max(end, at);
            classes++;
            if (line.contains("source: shared objects file")) {
                fromArchive++;
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Start-up timeline of %s: %,d classes loaded, %,d of them from the"
                + " class-data archive; each phase starts when its first class loads.%n%n", title, classes, fromArchive));
        md.append("| Phase | Starts at | Takes |\n|---|---|---|\n");
        double start = 0;
        String phase = null;
        for (String[] milestone : MILESTONES) {
            Double at = firstLoad.get(milestone[0]);
            if (at == null) {
                continue;
            }
            if (phase != null) {
                md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms |%n", phase, start * 1000,
                        (at - start) * 1000));
            }
            phase = milestone[1];
            start = milestone[0].equals("java.lang.Object") ? 0 : at;
        }
        if (phase != null) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms |%n", phase, start * 1000,
                    (end - start) * 1000));
        }
        md.append(String.format(Locale.ROOT, "| **Total** (to the last class load) | | %.0f ms |%n", end * 1000));
        return md.toString();
    }
}
