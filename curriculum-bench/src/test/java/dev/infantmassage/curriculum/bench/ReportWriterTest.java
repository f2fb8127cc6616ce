package dev.infantmassage.curriculum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWriterTest {
    @TempDir
    Path results;

    @Test
    void merge_keepsHandWrittenSectionsAndReplacesGeneratedOnes() {
        String existing = """
                # Performance

                ## Summary

                old figures

                ## CLI start-up

                Measured by hand.

                ```sh
                ## not a heading inside a code block
                ```

                ## Scaling

                old scaling
                """;

        String merged = ReportWriter.merge("# Performance\n\n## Summary\n\nnew figures\n", existing);

        assertThat(merged)
                .contains(
                        "new figures", "## CLI start-up", "Measured by hand.", "## not a heading inside a code block");
        assertThat(merged).doesNotContain("old figures", "old scaling");
        assertThat(merged.indexOf("new figures")).isLessThan(merged.indexOf("## CLI start-up"));
    }

    @Test
    void sections_splitsOnSecondLevelHeadingsOnly() {
        assertThat(ReportWriter.sections("intro\n## A\na\n### A.1\nb\n## B\nc\n"))
                .containsOnlyKeys("A", "B")
                .containsEntry("A", "## A\na\n### A.1\nb\n");
    }

    @Test
    void render_withoutResults_saysNotMeasured() throws IOException {
        String report = new ReportWriter(results).render();

        assertThat(report).startsWith("# Performance\n").contains("| not measured | not measured |");
        assertThat(ReportWriter.sections(report).keySet())
                .containsExactlyInAnyOrderElementsOf(ReportWriter.GENERATED_HEADINGS);
    }

    @Test
    void render_judgesEachTargetFromTheFigures() throws IOException {
        List<String> jmh = new ArrayList<>();
        jmh.add(benchmark("ReadBenchmark.readTree", null, 100, 1000));
        jmh.add(benchmark("ReadBenchmark.bindRecords", null, 150, 1500));
        jmh.add(benchmark("ReadBenchmark.readAndValidate", null, 300, 4000));
        jmh.add(benchmark("LanguageServerBenchmark.keystrokeOverPipes", null, 6000, 9000));
        jmh.add(benchmark("LanguageServerBenchmark.overPipes", null, 8000, 9000));
        jmh.add(benchmark("LanguageServerBenchmark.inProcess", null, 600, 5000));
        for (int factor : new int[] {1, 10, 100, 1000}) {
            // readAndValidate stays linear; validate grows 20 % per stroke at 1000x.
            jmh.add(benchmark("ScalingBenchmark.readAndValidate", factor, 490.0 * factor, 1000.0 * factor));
            jmh.add(benchmark(
                    "ScalingBenchmark.validate", factor, 49.0 * factor * (factor == 1000 ? 1.2 : 1), 100.0 * factor));
        }
        write("jmh.json", "[" + String.join(",", jmh) + "]");
        write(
                "startup.json",
                hyperfine("hello", 0.040) + "," + hyperfine("cli", 0.200) + "," + hyperfine("cli-aot", 0.120) + ","
                        + hyperfine("cli-jar", 0.3) + "," + hyperfine("ajv-one", 0.250));
        write("batch.json", hyperfine("cli-batch", 2.0) + "," + hyperfine("ajv-batch", 4.0));
        write("rss.properties", "cli=90000\najv=60000\ncli-batch=120000\najv-batch=150000\n");
        write("first-load.txt", "310.5\n250.0\n260.0\n");
        write("errors.md", """
                | Build | Input | Errors | Median wall | Median CPU (user + sys) | Peak RSS | CPU per error beyond the baseline | Ratio to 10,000 |
                |---|---|---|---|---|---|---|---|
                | this build | 1 wrong element (baseline) | 7 | 2.71 s | 1.00 s | 60 MB | | |
                | this build | 10,000 wrong elements | 10,006 | 2.16 s | 1.05 s | 73 MB | 5.02 µs | 1.00 |
                | this build | 1,000,000 wrong elements | 1,000,006 | 9.80 s | 3.15 s | 282 MB | 6.00 µs | 1.20 |
                """);
        write("xmx64m.txt", "\tMaximum resident set size (kbytes): 102400\nexit=0\n");
        write("env.properties", "nproc=2\ncpu=Test CPU\n");

        String report = new ReportWriter(results).render();

        assertThat(report)
                .contains(
                        "| Read + full validation ≤ 2.00× Jackson `readTree` of the same bytes | 3.00× (300.0 µs vs 100.0 µs) | **missed** |")
                .contains("`readAndValidate` | worst +0.0 % vs 1× | **met** |")
                .contains("`validate` | worst +20.0 % vs 1× | **missed** |")
                .contains("| CLI cold `validate` of one file ≤ 0.50× `ajv-cli`'s time on the same input"
                        + " | 0.80× (200 ms vs 250 ms) | **missed** |")
                .contains("| The same on a JDK 25 with the launcher's AOT cache ≤ 0.50× `ajv-cli`'s time on the same"
                        + " input | 0.48× (120 ms vs 250 ms) | **met** |")
                .contains("| 1,000 files in one run ≤ 0.50× `ajv-cli`'s time on the same input"
                        + " | 0.50× (2.00 s vs 4.00 s) | **met** |")
                .contains("| CPU time per error linear from 10,000 to 1,000,000 errors in one file (≤ 1.10× the"
                        + " 10,000 figure) | 1.20× | **missed** |")
                .contains("| Peak RSS of one CLI run on one file ≤ 1.00× `ajv-cli`'s | 1.50× (87.89 MiB vs 58.59 MiB)"
                        + " | **missed** |")
                .contains("| Peak RSS of one CLI run on 1,000 files ≤ 1.00× `ajv-cli`'s | 0.80× (117.19 MiB vs"
                        + " 146.48 MiB) | **met** |")
                .contains("| An app's first `ReferenceCurricula.fiveWeekProgram()` in a fresh JVM ≤ 300 ms | 260 ms"
                        + " | **met** |")
                .contains("## Many errors, this run\n")
                .contains("| Re-validating the reference curriculum in the warm language server (a keystroke over"
                        + " JSON-RPC) ≤ 5.00 ms | 6.00 ms | **missed** |")
                .contains("| `inProcess` | the whole text, calling the server directly: read, validate, diagnostics"
                        + " | 600.0 µs | 4.9 KiB | 2.00× |")
                .contains("| Cores (nproc) | 2 |")
                .contains("| Reference curriculum, one file | 0 | 100.0 MiB |")
                .contains("Throughput: the CLI 500 files/s, ajv-cli 250 files/s.");
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.50 µs", "12.34, 12.3 µs", "1234, 1.23 ms", "2500000, 2.50 s"})
    void micros_picksAReadableUnit(double micros, String expected) {
        assertThat(ReportWriter.micros(OptionalDouble.of(micros))).isEqualTo(expected);
    }

    @Test
    void median_ofEvenAndOddCounts() {
        assertThat(ReportWriter.median(List.of(3.0, 1.0, 2.0))).hasValue(2.0);
        assertThat(ReportWriter.median(List.of(4.0, 1.0, 2.0, 3.0))).hasValue(2.5);
        assertThat(ReportWriter.median(List.of())).isEmpty();
    }

    private void write(String name, String content) throws IOException {
        if (name.endsWith(".json") && !content.startsWith("[")) {
            content = "{\"results\": [" + content + "]}";
        }
        Files.writeString(results.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String benchmark(String name, @Nullable Integer factor, double micros, double bytes) {
        String params = factor == null ? "" : String.format(Locale.ROOT, "\"params\": {\"factor\": \"%d\"},", factor);
        return String.format(Locale.ROOT, """
                {"benchmark": "dev.infantmassage.curriculum.bench.%s", %s
                 "primaryMetric": {"score": %f, "scoreUnit": "us/op", "rawData": [[%f, %f, %f]]},
                 "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %f, "scoreUnit": "B/op", "rawData": [[%f]]}}}
                """, name, params, micros, micros * 0.9, micros, micros * 1.5, bytes, bytes);
    }

    private static String hyperfine(String command, double median) {
        return String.format(
                Locale.ROOT,
                "{\"command\": \"%s\", \"median\": %f, \"min\": %f, \"max\": %f, \"times\": [%f, %f, %f]}",
                command,
                median,
                median * 0.9,
                median * 1.2,
                median * 0.9,
                median,
                median * 1.2);
    }
}
