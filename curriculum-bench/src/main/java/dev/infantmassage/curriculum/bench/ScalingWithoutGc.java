package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadLimits;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The read part of the scaling benchmark once more, in a JVM run with the Epsilon collector (which
 * never collects), to separate the cost of the code from the cost of collecting garbage: if time per
 * stroke is flat here but grows under the normal collector, the growth is the collector copying a
 * live set that grows with the document, not a rule that is worse than linear.
 *
 * <p>A plain timing loop, not JMH: JMH's timed iterations would allocate more than any heap holds
 * without a collector. Each size is read {@link #ROUNDS} times to warm up and {@link #ROUNDS} times
 * timed, after warming the code up on the 10× curriculum. Needs about 12 GB of heap. Writes the table to
 * {@code OUT.md} and the microseconds per stroke by factor to {@code OUT.json} beside it.
 *
 * <p>Usage: {@code java -XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xmx14g -cp benchmarks.jar
 * dev.infantmassage.curriculum.bench.ScalingWithoutGc OUT.md}
 */
public final class ScalingWithoutGc {
    static final int[] FACTORS = {10, 100, 1000};
    static final int ROUNDS = 2;

    private ScalingWithoutGc() {}

    /** Writes the Markdown table to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ScalingWithoutGc OUT.md");
            System.exit(2);
        }
        CurriculumJson json = CurriculumJson.builder()
                .limits(ReadLimits.builder().maxFileBytes(Integer.MAX_VALUE - 8).build())
                .build();
        Curriculum reference = ReferenceCurricula.fiveWeekProgram();
        int strokes = reference.getStrokes().size();
        byte[] warm = json.writeBytes(ScaledCurricula.scale(reference, 10));
        long sink = 0;
        for (int i = 0; i < 100; i++) {
            sink += json.read(warm, "warm-up.curriculum.json").report().issues().size();
        }
        StringBuilder md = new StringBuilder();
        java.util.Map<String, Double> perStroke = new java.util.LinkedHashMap<>();
        md.append("| Factor | Strokes | Per op | Per stroke |\n|---|---|---|---|\n");
        for (int factor : FACTORS) {
            byte[] bytes = json.writeBytes(ScaledCurricula.scale(reference, factor));
            int rounds = factor == 10 ? 20 * ROUNDS : ROUNDS;
            for (int i = 0; i < rounds; i++) {
                sink += json.read(bytes, "scaled.curriculum.json")
                        .report()
                        .issues()
                        .size();
            }
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                sink += json.read(bytes, "scaled.curriculum.json")
                        .report()
                        .issues()
                        .size();
            }
            double micros = (System.nanoTime() - start) / 1000.0 / rounds;
            perStroke.put(String.valueOf(factor), micros / (strokes * factor));
            md.append(String.format(
                    Locale.ROOT,
                    "| %d× | %,d | %s | %s |%n",
                    factor,
                    strokes * factor,
                    ReportWriter.micros(java.util.OptionalDouble.of(micros)),
                    ReportWriter.micros(java.util.OptionalDouble.of(micros / (strokes * factor)))));
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        Path out = Path.of(args[0]);
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        // The per-stroke figures in microseconds, for the report's summary.
        Files.writeString(
                out.resolveSibling(out.getFileName().toString().replaceFirst("\\.md$", "") + ".json"),
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(perStroke) + "\n",
                StandardCharsets.UTF_8);
    }
}
