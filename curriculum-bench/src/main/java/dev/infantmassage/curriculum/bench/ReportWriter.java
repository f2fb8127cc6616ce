package dev.infantmassage.curriculum.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code docs/performance.md} from the raw results {@code bench/run} leaves in its results
 * directory.
 *
 * <p>Inputs, each optional (a missing one becomes a "not measured" note): {@code env.properties}
 * (machine, versions, settings), {@code jmh.json} (JMH's JSON result), {@code memory.json}
 * ({@link MemoryFootprint}), {@code startup.json} and {@code batch.json} (hyperfine exports; commands
 * named {@code hello}, {@code cli}, {@code cli-aot}, {@code cli-jar}, {@code ajv-one}, {@code cli-batch},
 * {@code ajv-batch}), {@code rss.properties} (peak resident memory in KiB of the commands {@code cli},
 * {@code ajv}, {@code cli-batch}, {@code ajv-batch}), {@code errors.md} (the table of
 * {@code curriculum-cli/bench/errors.sh}), {@code first-load.txt} (milliseconds of {@link FirstLoad},
 * one run per line), {@code xmx64m.txt} and {@code xmx64m-batch.txt} ({@code /usr/bin/time -v} output
 * followed by a line {@code exit=N}) and {@code profile.md} (the hot-method summary of {@link HotMethods}).
 *
 * <p>The file it writes starts with the generated sections; every {@code ## } section of the existing
 * file whose heading is not one of {@link #GENERATED_HEADINGS} (for example the hand-written
 * "CLI start-up" and "Analysis" sections) is kept verbatim after them, in its original order.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.infantmassage.curriculum.bench.ReportWriter RESULTS OUT.md}
 */
public final class ReportWriter {
    /** The headings of the sections this class writes; all other sections of the file are kept. */
    static final Set<String> GENERATED_HEADINGS = Set.of(
            "Summary",
            "Machine, versions and settings",
            "Reading and validating",
            "Other operations",
            "Language server",
            "Scaling",
            "Memory",
            "Whole process",
            "Many errors, this run",
            "Where the time goes",
            "How it is measured");

    static final double READ_TARGET = 2.0;
    static final double DRIFT_TARGET = 0.10;
    /** The CLI's cold run on one file, and a batch of files, against ajv-cli's time on the same input. */
    static final double AJV_TIME_TARGET = 0.5;
    /** The CLI's peak resident memory against ajv-cli's on the same input. */
    static final double AJV_MEMORY_TARGET = 1.0;
    /** CPU per error at 1,000,000 errors against 10,000: linear, within the noise. */
    static final double ERRORS_LINEAR_TARGET = 1.10;
    /** An app's first {@code ReferenceCurricula.fiveWeekProgram()} in a fresh JVM, in milliseconds. */
    static final double FIRST_LOAD_TARGET_MS = 300;
    /** A keystroke's re-validation in the warm language server, in milliseconds: "a few". */
    static final double KEYSTROKE_TARGET_MS = 5.0;

    private static final String BENCH = "dev.infantmassage.curriculum.bench.";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path results;
    private final Properties env = new Properties();
    private final @Nullable JsonNode jmh;
    private final @Nullable JsonNode memory;
    private final @Nullable JsonNode startup;
    private final @Nullable JsonNode batch;
    private final Properties rss = new Properties();

    ReportWriter(Path results) throws IOException {
        this.results = results;
        Path envFile = results.resolve("env.properties");
        if (Files.exists(envFile)) {
            try (Reader reader = Files.newBufferedReader(envFile, StandardCharsets.UTF_8)) {
                env.load(reader);
            }
        }
        this.jmh = readJson("jmh.json");
        this.memory = readJson("memory.json");
        this.startup = readJson("startup.json");
        this.batch = readJson("batch.json");
        Path rssFile = results.resolve("rss.properties");
        if (Files.exists(rssFile)) {
            try (Reader reader = Files.newBufferedReader(rssFile, StandardCharsets.UTF_8)) {
                rss.load(reader);
            }
        }
    }

    /** Writes the report; the arguments are the results directory and the Markdown file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReportWriter RESULTS_DIR OUT.md");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        String existing = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        String report = new ReportWriter(Path.of(args[0])).render();
        Files.writeString(out, merge(report, existing), StandardCharsets.UTF_8);
    }

    /** The generated report followed by the sections of {@code existing} it does not generate. */
    static String merge(String generated, String existing) {
        StringBuilder out = new StringBuilder(generated);
        for (Map.Entry<String, String> section : sections(existing).entrySet()) {
            if (!GENERATED_HEADINGS.contains(section.getKey())) {
                out.append('\n').append(section.getValue().strip()).append('\n');
            }
        }
        return out.toString();
    }

    /** The {@code ## } sections of a Markdown text by heading, each with its heading line and body. */
    static Map<String, String> sections(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        @Nullable String heading = null;
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("## ")) {
                if (heading != null) {
                    sections.put(heading, body.toString());
                }
                heading = line.substring(3).strip();
                body.setLength(0);
            }
            if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, body.toString());
        }
        return sections;
    }

    String render() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("How fast the library reads, validates and writes curricula, measured side by side with its"
                + " baselines and peers in one run of `bench/run` on one machine. Generated by `bench/run`"
                + " (sections below \"How it is measured\" are written by hand and kept when it runs again);"
                + " raw results are in `bench/results/` after a run. Figures are medians; ratios divide by the"
                + " baseline measured in the same run.\n\n");
        summary(md);
        machine(md);
        reading(md);
        operations(md);
        languageServer(md);
        scaling(md);
        memorySection(md);
        wholeProcess(md);
        manyErrors(md);
        profile(md);
        method(md);
        return md.toString();
    }

    // ---- sections ---------------------------------------------------------------------------------

    private void summary(StringBuilder md) {
        md.append("## Summary\n\n");
        md.append("| Target | Measured | Result |\n|---|---|---|\n");
        OptionalDouble readMedian = jmhMedian("ReadBenchmark.readAndValidate");
        OptionalDouble treeMedian = jmhMedian("ReadBenchmark.readTree");
        OptionalDouble read = ratio(readMedian, treeMedian);
        md.append(row(
                "Read + full validation ≤ " + fmt(READ_TARGET) + "× Jackson `readTree` of the same bytes",
                read.isPresent()
                        ? fmt(read.getAsDouble()) + "× (" + micros(readMedian) + " vs " + micros(treeMedian) + ")"
                        : "not measured",
                verdict(read, READ_TARGET)));
        for (String benchmark : List.of("readAndValidate", "validate")) {
            OptionalDouble drift = maxDrift(benchmark);
            md.append(row(
                    "Time per stroke flat from 1× to 1000× (≤ " + percent(DRIFT_TARGET) + " growth): `" + benchmark
                            + "`",
                    drift.isPresent() ? "worst " + signedPercent(drift.getAsDouble()) + " vs 1×" : "not measured",
                    verdict(drift, DRIFT_TARGET)));
        }
        JsonNode withoutGc = readJsonQuietly("scaling-without-gc.json");
        if (withoutGc != null && withoutGc.has("10") && withoutGc.has("1000")) {
            double drift =
                    withoutGc.get("1000").asDouble() / withoutGc.get("10").asDouble() - 1;
            md.append(row(
                    "The same, reads without garbage collection (Epsilon), 10× to 1000×: the code's own cost",
                    signedPercent(drift),
                    verdict(OptionalDouble.of(drift), DRIFT_TARGET)));
        }
        OptionalDouble ajvOne = hyperfineMedian(startup, "ajv-one");
        timeAgainstAjv(md, "CLI cold `validate` of one file", hyperfineMedian(startup, "cli"), ajvOne);
        timeAgainstAjv(
                md, "The same on a JDK 25 with the launcher's AOT cache", hyperfineMedian(startup, "cli-aot"), ajvOne);
        OptionalDouble keystroke = jmhMedian("LanguageServerBenchmark.keystrokeOverPipes");
        OptionalDouble keystrokeMs =
                keystroke.isPresent() ? OptionalDouble.of(keystroke.getAsDouble() / 1000) : OptionalDouble.empty();
        md.append(row(
                "Re-validating the reference curriculum in the warm language server (a keystroke over" + " JSON-RPC) ≤ "
                        + fmt(KEYSTROKE_TARGET_MS) + " ms",
                micros(keystroke),
                verdict(keystrokeMs, KEYSTROKE_TARGET_MS)));
        timeAgainstAjv(
                md,
                filesText() + " in one run",
                hyperfineMedian(batch, "cli-batch"),
                hyperfineMedian(batch, "ajv-batch"));
        OptionalDouble errors = errorsRatio();
        md.append(row(
                "CPU time per error linear from 10,000 to 1,000,000 errors in one file (≤ " + fmt(ERRORS_LINEAR_TARGET)
                        + "× the 10,000 figure)",
                errors.isPresent() ? fmt(errors.getAsDouble()) + "×" : "not measured",
                verdict(errors, ERRORS_LINEAR_TARGET)));
        memoryAgainstAjv(md, "Peak RSS of one CLI run on one file", "cli", "ajv");
        memoryAgainstAjv(md, "Peak RSS of one CLI run on " + filesText(), "cli-batch", "ajv-batch");
        OptionalDouble firstLoad = median(readText("first-load.txt").stream()
                .flatMap(text -> Arrays.stream(text.split("\\s+")))
                .filter(value -> !value.isBlank())
                .map(Double::parseDouble)
                .toList());
        md.append(row(
                "An app's first `ReferenceCurricula.fiveWeekProgram()` in a fresh JVM ≤ " + fmt(FIRST_LOAD_TARGET_MS)
                        + " ms",
                firstLoad.isPresent() ? seconds(firstLoad.getAsDouble() / 1000) : "not measured",
                verdict(firstLoad, FIRST_LOAD_TARGET_MS)));
        md.append('\n');
        if (md.indexOf("**missed**") >= 0) {
            md.append("What costs the time where a target is missed, and what would fix it: see *Where the time"
                    + " goes* (profiles) and the hand-written *Analysis* at the end.\n\n");
        }
    }

    private static void timeAgainstAjv(StringBuilder md, String what, OptionalDouble cli, OptionalDouble ajv) {
        OptionalDouble ratio = ratio(cli, ajv);
        md.append(row(
                what + " ≤ " + fmt(AJV_TIME_TARGET) + "× `ajv-cli`'s time on the same input",
                ratio.isPresent()
                        ? fmt(ratio.getAsDouble()) + "× (" + seconds(cli.getAsDouble()) + " vs "
                                + seconds(ajv.getAsDouble()) + ")"
                        : "not measured",
                verdict(ratio, AJV_TIME_TARGET)));
    }

    private void memoryAgainstAjv(StringBuilder md, String what, String cliKey, String ajvKey) {
        OptionalDouble cli = kilobytes(rss.getProperty(cliKey));
        OptionalDouble ajv = kilobytes(rss.getProperty(ajvKey));
        OptionalDouble ratio = ratio(cli, ajv);
        md.append(row(
                what + " ≤ " + fmt(AJV_MEMORY_TARGET) + "× `ajv-cli`'s",
                ratio.isPresent()
                        ? fmt(ratio.getAsDouble()) + "× (" + bytes(OptionalDouble.of(cli.getAsDouble() * 1024)) + " vs "
                                + bytes(OptionalDouble.of(ajv.getAsDouble() * 1024)) + ")"
                        : "not measured",
                verdict(ratio, AJV_MEMORY_TARGET)));
    }

    private static OptionalDouble kilobytes(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d+")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(value.strip()));
    }

    /** The last column of the largest input's row in {@code errors.md}: CPU per error against 10,000. */
    private OptionalDouble errorsRatio() {
        Optional<String> table = readText("errors.md");
        if (table.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble last = OptionalDouble.empty();
        for (String line : table.get().split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length > 8 && cells[1].strip().equals("this build") && cells[2].contains("wrong elements")) {
                String ratio = cells[8].strip();
                if (ratio.matches("[0-9.]+")) {
                    last = OptionalDouble.of(Double.parseDouble(ratio));
                }
            }
        }
        return last;
    }

    private void manyErrors(StringBuilder md) {
        md.append("## Many errors, this run\n\n");
        Optional<String> table = readText("errors.md");
        if (table.isEmpty() || table.get().isBlank()) {
            md.append("Not measured in this run.\n\n");
            return;
        }
        md.append("`curriculum-cli/bench/errors.sh` in this run: `validate` of `{\"authors\": [1, 1, ...]}` with a"
                + " number where each text belongs, against the same file with one element (start-up and one read"
                + " of that shape); the last column is the CPU per error against the 10,000 case (1.00 ="
                + " linear). *Errors at scale* below explains the figures.\n\n");
        md.append(table.get().strip()).append("\n\n");
    }

    private void machine(StringBuilder md) {
        md.append("## Machine, versions and settings\n\n");
        md.append("| | |\n|---|---|\n");
        for (String[] key : new String[][] {
            {"date", "Date (UTC)"}, {"cpu", "CPU"}, {"nproc", "Cores (nproc)"}, {"memory", "Memory"},
            {"os", "OS"}, {"load", "Load average at start"}, {"java", "Java"}, {"maven", "Maven"},
            {"jmh", "JMH"}, {"jmhOptions", "JMH options"}, {"hyperfine", "hyperfine"}, {"node", "Node.js"},
            {"ajv", "ajv-cli"}, {"commit", "Commit"}
        }) {
            String value = env.getProperty(key[0]);
            if (value != null && !value.isBlank()) {
                md.append(row(key[1], value.strip()));
            }
        }
        String notes = env.getProperty("notes", "").strip();
        if (!notes.isEmpty()) {
            md.append("\nNotes: ").append(notes).append('\n');
        }
        md.append('\n');
    }

    private void reading(StringBuilder md) {
        md.append("## Reading and validating\n\n");
        md.append("The reference curriculum (`five-week-program.curriculum.json`, ")
                .append(memoryValue("fileBytes")
                        .map(b -> String.format(Locale.ROOT, "%,d bytes, ", b))
                        .orElse(""))
                .append(memoryValue("strokes").map(s -> s + " strokes").orElse("49 strokes"))
                .append(") from bytes, in one JVM (JMH, average time per operation). Baseline: `readTree`.\n\n");
        md.append("| Benchmark | What it does | Median | Allocated per op | Ratio to `readTree` |\n"
                + "|---|---|---|---|---|\n");
        OptionalDouble floor = jmhMedian("ReadBenchmark.readTree");
        OptionalDouble floorAlloc = jmhAlloc("ReadBenchmark.readTree");
        String[][] rows = {
            {"ReadBenchmark.readTree", "Jackson parses into a tree (the floor)"},
            {"ReadBenchmark.bindRecords", "Jackson binds into plain records, nothing checked (what an app does by hand)"
            },
            {
                "ReadBenchmark.readAndValidate",
                "`CurriculumJson.read`: parse, bind, Bean Validation, every rule, located report"
            },
        };
        for (String[] r : rows) {
            OptionalDouble median = jmhMedian(r[0]);
            OptionalDouble alloc = jmhAlloc(r[0]);
            md.append(row(
                    "`" + r[0].substring(r[0].indexOf('.') + 1) + "`",
                    r[1],
                    micros(median),
                    bytes(alloc),
                    ratioText(median, floor) + allocRatio(alloc, floorAlloc)));
        }
        md.append('\n');
    }

    private void operations(StringBuilder md) {
        md.append("## Other operations\n\n");
        md.append("On the reference curriculum. The first four rows are the phases of `readAndValidate` measured"
                + " one by one (through internal entry points), so their ratios show what each costs.");
        md.append(" The schema checks use networknt json-schema-validator (draft"
                + " 2020-12) with the published schema (`CurriculumJson.schema()`); they check the structure only,"
                + " none of the curriculum rules.\n\n");
        md.append("| Benchmark | What it does | Median | Allocated per op | Ratio to `readTree` |"
                + " Ratio to `readAndValidate` |\n|---|---|---|---|---|---|\n");
        OptionalDouble readTree = jmhMedian("ReadBenchmark.readTree");
        OptionalDouble readAndValidate = jmhMedian("ReadBenchmark.readAndValidate");
        String[][] rows = {
            {
                "ReadPhasesBenchmark.parseLocated",
                "phase 1 of `readAndValidate`: parse into a tree that knows each value's line and column"
            },
            {"ReadPhasesBenchmark.bind", "phase 2: bind that tree to the model, collecting issues"},
            {"OperationsBenchmark.beanValidation", "phase 3: Bean Validation (Hibernate Validator)"},
            {"OperationsBenchmark.curriculumRules", "phase 4: the curriculum rules"},
            {"OperationsBenchmark.validate", "`CurriculumValidator.validate` on a built model (phases 3 and 4)"},
            {"OperationsBenchmark.writeString", "`CurriculumJson.writeString` (canonical)"},
            {"OperationsBenchmark.schemaCheckTree", "JSON Schema check of a parsed tree"},
            {"OperationsBenchmark.schemaCheckBytes", "JSON Schema check from the text (parse + check)"},
        };
        for (String[] r : rows) {
            OptionalDouble median = jmhMedian(r[0]);
            md.append(row(
                    "`" + r[0].substring(r[0].indexOf('.') + 1) + "`",
                    r[1],
                    micros(median),
                    bytes(jmhAlloc(r[0])),
                    ratioText(median, readTree),
                    ratioText(median, readAndValidate)));
        }
        md.append('\n');
    }

    private void languageServer(StringBuilder md) {
        md.append("## Language server\n\n");
        md.append("A keystroke in the editor (`curriculum lsp`, `LanguageServerBenchmark`) on the reference"
                + " curriculum, timed from `textDocument/didChange` until the server's `publishDiagnostics` for it"
                + " arrives. The server re-reads and re-validates the whole text as `validate` does. The JSON-RPC"
                + " rows go through LSP4J on piped streams, as an editor's process pipes would, and include the"
                + " client's side of the protocol.\n\n");
        md.append("| Benchmark | What it does | Median | Allocated per op | Ratio to `readAndValidate` |\n"
                + "|---|---|---|---|---|\n");
        OptionalDouble readAndValidate = jmhMedian("ReadBenchmark.readAndValidate");
        String[][] rows = {
            {
                "LanguageServerBenchmark.keystrokeOverPipes",
                "a one-character edit (incremental sync, what editors send) over JSON-RPC"
            },
            {"LanguageServerBenchmark.overPipes", "the whole text (full sync) over JSON-RPC"},
            {
                "LanguageServerBenchmark.inProcess",
                "the whole text, calling the server directly: read, validate, diagnostics"
            },
        };
        for (String[] r : rows) {
            OptionalDouble median = jmhMedian(r[0]);
            md.append(row(
                    "`" + r[0].substring(r[0].indexOf('.') + 1) + "`",
                    r[1],
                    micros(median),
                    bytes(jmhAlloc(r[0])),
                    ratioText(median, readAndValidate)));
        }
        md.append('\n');
    }

    private void scaling(StringBuilder md) {
        md.append("## Scaling\n\n");
        md.append("Generated curricula with 1, 10, 100 and 1000 copies of each of the reference's strokes, each"
                + " copy named where the original is named (week lists, routine steps), so every rule works on"
                + " all of them (`ScaledCurricula`). Per stroke = median time (or allocation) divided by the"
                + " stroke count; drift = per-stroke figure against the 1× one. The 1× figure also carries the"
                + " content that does not grow (cues, contraindications, sources: about two thirds of the file),"
                + " so a flat or falling per-stroke figure is linear behaviour; only growth means a rule is worse"
                + " than linear.\n\n");
        md.append(
                "| Benchmark | Factor | Strokes | Median per op | Per stroke | Drift | Allocated per stroke | Drift |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        int baseStrokes = memoryValue("strokes").map(Long::intValue).orElse(49);
        for (String benchmark : List.of("readAndValidate", "validate")) {
            OptionalDouble time1 = OptionalDouble.empty();
            OptionalDouble alloc1 = OptionalDouble.empty();
            for (String factor : List.of("1", "10", "100", "1000")) {
                Optional<JsonNode> result = jmhResult("ScalingBenchmark." + benchmark, factor);
                if (result.isEmpty()) {
                    continue;
                }
                int strokes = baseStrokes * Integer.parseInt(factor);
                OptionalDouble time = perStroke(median(result.get()), strokes);
                OptionalDouble alloc = perStroke(alloc(result.get()), strokes);
                if (factor.equals("1")) {
                    time1 = time;
                    alloc1 = alloc;
                }
                md.append(row(
                        "`" + benchmark + "`",
                        factor + "×",
                        String.format(Locale.ROOT, "%,d", strokes),
                        micros(median(result.get())),
                        micros(time),
                        drift(time, time1),
                        bytes(alloc),
                        drift(alloc, alloc1)));
            }
        }
        md.append('\n');
        Optional<String> withoutGc = readText("scaling-without-gc.md");
        if (withoutGc.isPresent()) {
            md.append("The same reads in a JVM whose collector never collects (Epsilon; `ScalingWithoutGc`, a plain"
                    + " timing loop): what the code costs per stroke without the garbage collector's share.\n\n");
            md.append(withoutGc.get().strip()).append("\n\n");
        }
    }

    private void memorySection(StringBuilder md) {
        md.append("## Memory\n\n");
        if (memory == null) {
            md.append("Retained heap: not measured.\n\n");
        } else {
            md.append("Retained heap of the reference curriculum once loaded, against Jackson's tree of the same"
                    + " bytes:\n\n");
            md.append("| Measure | Model (`Curriculum`) | Jackson tree | File |\n|---|---|---|---|\n");
            md.append(row(
                    "JOL, size of the object graph of one copy",
                    bytes(memoryDouble("jolModelBytes")),
                    bytes(memoryDouble("jolTreeBytes")),
                    bytes(memoryDouble("fileBytes"))));
            md.append(row(
                    "Used heap after full GC, per copy, "
                            + memoryValue("copies").orElse(0L) + " copies kept alive",
                    bytes(memoryDouble("heapModelBytesPerCopy")),
                    bytes(memoryDouble("heapTreeBytesPerCopy")),
                    ""));
            md.append('\n');
        }
        md.append("The CLI under a 64 MiB heap (`CURRICULUM_JAVA_OPTS=-Xmx64m ./curriculum validate ...`), peak"
                + " resident set size of the whole process from `/usr/bin/time -v`:\n\n");
        md.append("| Run | Exit code | Peak RSS |\n|---|---|---|\n");
        for (String[] run : new String[][] {
            {"xmx64m.txt", "Reference curriculum, one file"}, {"xmx64m-batch.txt", filesText() + " in one run"}
        }) {
            Optional<String> text = readText(run[0]);
            md.append(row(
                    run[1],
                    text.flatMap(t -> grep(t, "exit=")).orElse("not run"),
                    text.flatMap(t -> grep(t, "Maximum resident set size (kbytes): "))
                            .map(kb -> String.format(Locale.ROOT, "%.1f MiB", Long.parseLong(kb) / 1024.0))
                            .orElse("not measured")));
        }
        md.append('\n');
    }

    private void wholeProcess(StringBuilder md) {
        md.append("## Whole process\n\n");
        md.append("Wall-clock time of whole processes, median of repeated runs (hyperfine, after warm-up runs so"
                + " the files are in the page cache).\n\n");
        md.append("| Command | What it runs | Median | Min | Max | Runs | Ratio |\n|---|---|---|---|---|---|---|\n");
        OptionalDouble hello = hyperfineMedian(startup, "hello");
        String[][] rows = {
            {"hello", "`java -cp . Hello` (prints one line): the JVM's floor", "hello"},
            {"cli", "`./curriculum validate reference.curriculum.json` (the launcher: AppCDS, C1, serial GC)", "hello"},
            {"cli-aot", "the same on a JDK 25, where the launcher uses its AOT cache instead of AppCDS", "hello"},
            {"cli-jar", "`java -jar curriculum.jar validate reference.curriculum.json` (no launcher options)", "hello"},
            {"ajv-one", "`ajv validate --spec=draft2020 -c ajv-formats -s schema -d reference.curriculum.json`", "hello"
            },
        };
        for (String[] r : rows) {
            hyperfineRow(md, startup, r[0], r[1], hello, "hello world");
        }
        OptionalDouble ajv = hyperfineMedian(batch, "ajv-batch");
        hyperfineRow(
                md,
                batch,
                "cli-batch",
                "`./curriculum validate files/`: " + filesText()
                        + ", every check (the launcher: C1 only, files on every core)",
                ajv,
                "ajv");
        hyperfineRow(
                md,
                batch,
                "cli-batch-c2",
                "the same with the C2 compiler too" + " (`CURRICULUM_JAVA_OPTS=-XX:TieredStopAtLevel=4`)",
                ajv,
                "ajv");
        hyperfineRow(
                md,
                batch,
                "ajv-batch",
                "`ajv validate --spec=draft2020 -c ajv-formats -s schema -d 'files/*.json'`:" + " the schema only",
                ajv,
                "ajv");
        md.append('\n');
        OptionalDouble cli = hyperfineMedian(batch, "cli-batch");
        if (cli.isPresent() && ajv.isPresent()) {
            md.append(String.format(
                    Locale.ROOT,
                    "Throughput: the CLI %,.0f files/s, ajv-cli %,.0f files/s.%n%n",
                    batchFiles() / cli.getAsDouble(),
                    batchFiles() / ajv.getAsDouble()));
        }
        String batchNote = env.getProperty("batchNote", "").strip();
        if (!batchNote.isEmpty()) {
            md.append(batchNote).append("\n\n");
        }
    }

    private void profile(StringBuilder md) throws IOException {
        md.append("## Where the time goes\n\n");
        Optional<String> text = readText("profile.md");
        if (text.isEmpty()) {
            md.append("No profile in this run.\n\n");
            return;
        }
        md.append(text.get().strip()).append("\n\n");
    }

    private void method(StringBuilder md) {
        md.append("## How it is measured\n\n");
        md.append("- `bench/run` builds `curriculum-cli` and `curriculum-bench`, runs JMH (")
                .append(env.getProperty("jmhOptions", "see bench/run").strip())
                .append(", `-prof gc` for allocation per operation), then the whole-process runs, then writes"
                        + " this file.\n");
        md.append("- JMH figures are the median of the measurement iterations; allocation is JMH's"
                + " `gc.alloc.rate.norm` (bytes per operation).\n");
        md.append("- The inputs are the shipped reference curriculum and copies generated from it"
                + " (`ScaledCurricula`, `BatchFiles`); the batch files differ in their id only.\n");
        md.append("- Whole-process figures are hyperfine medians; the JVM hello world is a one-line `Hello.java`"
                + " compiled into the work directory and run with default options.\n");
        md.append("- Retained heap: JOL's walk of one loaded model, and the growth of the used heap after full GCs"
                + " with 200 separately read copies alive (`MemoryFootprint`). Peak RSS: GNU time's maximum"
                + " resident set size of the whole CLI process.\n");
        md.append("- Profiles: Java Flight Recorder execution samples every millisecond (`HotMethods`); a phase's"
                + " share counts the samples with that phase's method anywhere on the stack.\n");
        md.append("- The whole suite takes about 10 minutes on 2 cores; `bench/run --quick` is a smoke run of about"
                + " 3 minutes whose figures are rough.\n");
        md.append("- The 2-core machine is shared: compare ratios, which are measured in the same run, more than"
                + " absolute times.\n\n");
    }

    private int batchFiles() {
        return Integer.parseInt(env.getProperty("batchFiles", "1000").strip());
    }

    private String filesText() {
        return String.format(Locale.ROOT, "%,d files", batchFiles());
    }

    // ---- JMH --------------------------------------------------------------------------------------

    private Optional<JsonNode> jmhResult(String benchmark, @Nullable String factor) {
        if (jmh == null) {
            return Optional.empty();
        }
        for (JsonNode result : jmh) {
            if (!result.path("benchmark").asString().equals(BENCH + benchmark)) {
                continue;
            }
            JsonNode params = result.path("params");
            if (factor == null || params.path("factor").asString().equals(factor)) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }

    private OptionalDouble jmhMedian(String benchmark) {
        return jmhResult(benchmark, null).map(ReportWriter::median).orElse(OptionalDouble.empty());
    }

    private OptionalDouble jmhAlloc(String benchmark) {
        return jmhResult(benchmark, null).map(ReportWriter::alloc).orElse(OptionalDouble.empty());
    }

    /** The median of the measurement iterations, in microseconds. */
    static OptionalDouble median(JsonNode result) {
        JsonNode metric = result.path("primaryMetric");
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode value : fork) {
                values.add(value.asDouble());
            }
        }
        OptionalDouble median = median(values);
        if (median.isEmpty() && metric.has("score")) {
            median = OptionalDouble.of(metric.path("score").asDouble());
        }
        if (median.isEmpty()) {
            return median;
        }
        return OptionalDouble.of(
                median.getAsDouble() * toMicros(metric.path("scoreUnit").asString()));
    }

    static OptionalDouble alloc(JsonNode result) {
        JsonNode metric = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
        if (metric.isMissingNode()) {
            return OptionalDouble.empty();
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode value : fork) {
                values.add(value.asDouble());
            }
        }
        OptionalDouble median = median(values);
        return median.isPresent()
                ? median
                : OptionalDouble.of(metric.path("score").asDouble());
    }

    static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }

    private static double toMicros(String unit) {
        return switch (unit) {
            case "ns/op" -> 0.001;
            case "ms/op" -> 1000;
            case "s/op" -> 1_000_000;
            default -> 1;
        };
    }

    /** The largest growth of the per-stroke figure over the 1× one, across the larger factors. */
    private OptionalDouble maxDrift(String benchmark) {
        int baseStrokes = memoryValue("strokes").map(Long::intValue).orElse(49);
        Optional<JsonNode> base = jmhResult("ScalingBenchmark." + benchmark, "1");
        if (base.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble perStroke1 = perStroke(median(base.get()), baseStrokes);
        OptionalDouble worst = OptionalDouble.empty();
        for (String factor : List.of("10", "100", "1000")) {
            Optional<JsonNode> result = jmhResult("ScalingBenchmark." + benchmark, factor);
            if (result.isEmpty() || perStroke1.isEmpty()) {
                continue;
            }
            OptionalDouble perStroke = perStroke(median(result.get()), baseStrokes * Integer.parseInt(factor));
            if (perStroke.isPresent()) {
                double drift = perStroke.getAsDouble() / perStroke1.getAsDouble() - 1;
                if (worst.isEmpty() || drift > worst.getAsDouble()) {
                    worst = OptionalDouble.of(drift);
                }
            }
        }
        return worst;
    }

    private static OptionalDouble perStroke(OptionalDouble value, int strokes) {
        return value.isPresent() ? OptionalDouble.of(value.getAsDouble() / strokes) : value;
    }

    // ---- hyperfine --------------------------------------------------------------------------------

    private static Optional<JsonNode> hyperfineResult(@Nullable JsonNode export, String command) {
        if (export == null) {
            return Optional.empty();
        }
        for (JsonNode result : export.path("results")) {
            if (result.path("command").asString().equals(command)) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }

    private static OptionalDouble hyperfineMedian(@Nullable JsonNode export, String command) {
        return hyperfineResult(export, command)
                .map(result -> OptionalDouble.of(result.path("median").asDouble()))
                .orElse(OptionalDouble.empty());
    }

    private static void hyperfineRow(
            StringBuilder md,
            @Nullable JsonNode export,
            String command,
            String what,
            OptionalDouble base,
            String baseName) {
        Optional<JsonNode> result = hyperfineResult(export, command);
        if (result.isEmpty()) {
            md.append(row("`" + command + "`", what, "not measured", "", "", "", ""));
            return;
        }
        JsonNode r = result.get();
        OptionalDouble median = OptionalDouble.of(r.path("median").asDouble());
        md.append(row(
                "`" + command + "`",
                what,
                seconds(r.path("median").asDouble()),
                seconds(r.path("min").asDouble()),
                seconds(r.path("max").asDouble()),
                String.valueOf(r.path("times").size()),
                ratioText(median, base) + " " + baseName));
    }

    // ---- formatting -------------------------------------------------------------------------------

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static OptionalDouble ratio(OptionalDouble value, OptionalDouble base) {
        if (value.isEmpty() || base.isEmpty() || base.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value.getAsDouble() / base.getAsDouble());
    }

    private static String ratioText(OptionalDouble value, OptionalDouble base) {
        OptionalDouble ratio = ratio(value, base);
        return ratio.isPresent() ? fmt(ratio.getAsDouble()) + "×" : "–";
    }

    private static String allocRatio(OptionalDouble value, OptionalDouble base) {
        OptionalDouble ratio = ratio(value, base);
        return ratio.isPresent() ? " (allocation " + fmt(ratio.getAsDouble()) + "×)" : "";
    }

    private static String verdict(OptionalDouble measured, double limit) {
        if (measured.isEmpty()) {
            return "not measured";
        }
        return measured.getAsDouble() <= limit ? "**met**" : "**missed**";
    }

    static String fmt(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }

    private static String signedPercent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
    }

    private static String drift(OptionalDouble value, OptionalDouble base) {
        OptionalDouble ratio = ratio(value, base);
        return ratio.isPresent() ? signedPercent(ratio.getAsDouble() - 1) : "–";
    }

    static String micros(OptionalDouble micros) {
        if (micros.isEmpty()) {
            return "not measured";
        }
        double us = micros.getAsDouble();
        if (us >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2f s", us / 1_000_000);
        }
        if (us >= 1000) {
            return String.format(Locale.ROOT, "%.2f ms", us / 1000);
        }
        return String.format(Locale.ROOT, us >= 10 ? "%.1f µs" : "%.2f µs", us);
    }

    private static String seconds(double s) {
        return s >= 1 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.0f ms", s * 1000);
    }

    static String bytes(OptionalDouble bytes) {
        if (bytes.isEmpty()) {
            return "not measured";
        }
        double b = bytes.getAsDouble();
        if (b >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2f MiB", b / (1024 * 1024));
        }
        if (b >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", b / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", b);
    }

    // ---- inputs -----------------------------------------------------------------------------------

    private @Nullable JsonNode readJson(String name) throws IOException {
        Path file = results.resolve(name);
        if (!Files.exists(file) || Files.size(file) == 0) {
            return null;
        }
        return MAPPER.readTree(file.toFile());
    }

    private @Nullable JsonNode readJsonQuietly(String name) {
        try {
            return readJson(name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Optional<String> readText(String name) {
        try {
            Path file = results.resolve(name);
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Long> memoryValue(String field) {
        return memory != null && memory.has(field)
                ? Optional.of(memory.get(field).asLong())
                : Optional.empty();
    }

    private OptionalDouble memoryDouble(String field) {
        return memory != null && memory.has(field)
                ? OptionalDouble.of(memory.get(field).asDouble())
                : OptionalDouble.empty();
    }

    private static Optional<String> grep(String text, String prefix) {
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip())
                .reduce((first, second) -> second);
    }
}
