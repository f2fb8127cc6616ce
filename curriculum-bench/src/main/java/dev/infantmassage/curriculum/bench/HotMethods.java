package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises Java Flight Recorder execution samples as Markdown: the share of samples spent inside
 * each phase of reading a curriculum (inclusive), and the methods with the most samples at the top of
 * the stack (self time).
 *
 * <p>Two modes:
 * <ul>
 *   <li>{@code read OUT.md SECONDS [RECORDING.jfr]} profiles {@code CurriculumJson.read} of the reference
 *       curriculum in this JVM: it warms the code up for 5 s, then records samples every millisecond
 *       while reading the same bytes in a loop for the given time;
 *   <li>{@code summarise RECORDING.jfr OUT.md TITLE} summarises a recording made elsewhere (for example
 *       the CLI run with {@code -XX:StartFlightRecording}), counting the samples whose stack passes
 *       through this project's code.
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.infantmassage.curriculum.bench.HotMethods MODE ...}
 */
public final class HotMethods {
    /** Phases of a read, by a method that only that phase runs, in the order they happen. */
    static final List<String[]> PHASES = List.of(
            new String[] {
                "dev.infantmassage.curriculum.json.internal.DocumentParser.parse",
                "Parse into a located tree (`DocumentParser`)"
            },
            new String[] {
                "dev.infantmassage.curriculum.json.internal.ObjectType.read",
                "Bind the tree to the model (`CurriculumFormat`, `ObjectType`, `Shapes`)"
            },
            new String[] {
                "dev.infantmassage.curriculum.internal.BeanConstraints.check", "Bean Validation (Hibernate Validator)"
            },
            new String[] {"dev.infantmassage.curriculum.internal.rules.CurriculumRules.check", "Curriculum rules"},
            new String[] {
                "dev.infantmassage.curriculum.json.internal.CurriculumReader.locate",
                "Locate issues (pointer to line and column)"
            });

    private static final int TOP = 15;
    private static final String READ_ROOT = "dev.infantmassage.curriculum.json.CurriculumJson.read";
    private static final String PROJECT_ROOT = "dev.infantmassage.curriculum.";

    private HotMethods() {}

    /** Runs one of the modes described above. */
    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args.length <= 4 && args[0].equals("read")) {
            Path jfr = args.length == 4 ? Path.of(args[3]) : Files.createTempFile("hot-methods", ".jfr");
            long seconds = Long.parseLong(args[2]);
            record(jfr, Duration.ofSeconds(seconds));
            Files.writeString(
                    Path.of(args[1]),
                    summarise(
                            jfr,
                            READ_ROOT,
                            String.format(
                                    Locale.ROOT,
                                    "`CurriculumJson.read` of the reference curriculum in a loop for %d s, after 5 s of warm-up",
                                    seconds)),
                    StandardCharsets.UTF_8);
        } else if (args.length == 4 && args[0].equals("summarise")) {
            Files.writeString(
                    Path.of(args[2]), summarise(Path.of(args[1]), PROJECT_ROOT, args[3]), StandardCharsets.UTF_8);
        } else {
            System.err.println("usage: HotMethods read OUT.md SECONDS [RECORDING.jfr]");
            System.err.println("       HotMethods summarise RECORDING.jfr OUT.md TITLE");
            System.exit(2);
        }
    }

    static void record(Path jfr, Duration duration) throws IOException {
        CurriculumJson curriculumJson = CurriculumJson.create();
        byte[] json = ReferenceCurricula.fiveWeekProgramJson();
        long sink = 0;
        long warmUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < warmUntil) {
            sink += curriculumJson
                    .read(json, Inputs.REFERENCE_NAME)
                    .report()
                    .issues()
                    .size();
        }
        try (Recording recording = new Recording()) {
            recording
                    .enable("jdk.ExecutionSample")
                    .withPeriod(Duration.ofMillis(1))
                    .withStackTrace();
            recording.start();
            long until = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < until) {
                sink += curriculumJson
                        .read(json, Inputs.REFERENCE_NAME)
                        .report()
                        .issues()
                        .size();
            }
            recording.stop();
            recording.dump(jfr);
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
    }

    /** The Markdown summary of the execution samples in a JFR file. */
    static String summarise(Path jfr, String root, String title) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> phases = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty() || !passesThrough(frames, root)) {
                continue;
            }
            total++;
            self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = name(frame.getMethod());
                for (String[] phase : PHASES) {
                    if (method.startsWith(phase[0]) && seen.add(phase[1])) {
                        phases.merge(phase[1], 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT, "JFR execution samples of %s (%,d samples in `%s*`).%n%n", title, total, root));
        if (total == 0) {
            return md.append("No samples were recorded.\n").toString();
        }
        md.append("| Phase (inclusive) | Share of samples |\n|---|---|\n");
        int accounted = 0;
        for (String[] phase : PHASES) {
            int count = phases.getOrDefault(phase[1], 0);
            accounted += count;
            md.append(String.format(Locale.ROOT, "| %s | %.1f %% |%n", phase[1], 100.0 * count / total));
        }
        md.append(String.format(
                Locale.ROOT,
                "| Elsewhere (reading files, building and printing the report, ...) | %.1f %% |%n%n",
                100.0 * Math.max(0, total - accounted) / total));
        md.append("Methods with the most samples at the top of the stack (self time):\n\n");
        md.append("| Method | Share of samples |\n|---|---|\n");
        List<Map.Entry<String, Integer>> hottest = new ArrayList<>(self.entrySet());
        hottest.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> entry : hottest.subList(0, Math.min(TOP, hottest.size()))) {
            md.append(String.format(
                    Locale.ROOT, "| `%s` | %.1f %% |%n", entry.getKey(), 100.0 * entry.getValue() / total));
        }
        return md.toString();
    }

    private static boolean passesThrough(List<RecordedFrame> frames, String root) {
        for (RecordedFrame frame : frames) {
            if (name(frame.getMethod()).startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }
}
