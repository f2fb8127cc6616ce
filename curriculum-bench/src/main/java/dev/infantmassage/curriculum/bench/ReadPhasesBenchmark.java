package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReadLimits;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.json.internal.Binding;
import dev.infantmassage.curriculum.json.internal.CurriculumFormat;
import dev.infantmassage.curriculum.json.internal.DocumentParser;
import dev.infantmassage.curriculum.json.internal.ParsedDocument;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/**
 * The two JSON phases of {@code CurriculumJson.read} on their own, through the JSON module's internal
 * entry points, so the report can say exactly what each phase costs next to {@code readTree}: parsing
 * into a tree that knows every value's line and column, and binding that tree to the model. (The other
 * two phases, Bean Validation and the curriculum rules, are in {@link OperationsBenchmark}.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadPhasesBenchmark {
    private final DocumentParser parser = new DocumentParser(ReadLimits.defaults());
    private byte[] json = new byte[0];
    private @Nullable JsonNode root;

    /** Parses once for the binding benchmark and checks that both phases succeed. */
    @Setup
    public void setUp() {
        json = ReferenceCurricula.fiveWeekProgramJson();
        root = Objects.requireNonNull(parser.parse(json).root(), "root");
        if (bind() == null) {
            throw new IllegalStateException("The reference curriculum does not bind");
        }
    }

    /** Bytes to a tree with the position of every value and name. */
    @Benchmark
    public ParsedDocument parseLocated() {
        return parser.parse(json);
    }

    /** The located tree to the model, collecting binding issues. */
    @Benchmark
    public @Nullable Curriculum bind() {
        return CurriculumFormat.CURRICULUM.read(
                Objects.requireNonNull(root), IssueLocation.root(), "curriculum", Binding.reporting());
    }
}
