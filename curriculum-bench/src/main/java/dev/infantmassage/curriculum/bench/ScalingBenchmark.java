package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadLimits;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and validating curricula with 1, 10, 100 and 1000 times the reference's strokes (see
 * {@link ScaledCurricula}). The report divides each figure by the stroke count: time and allocation
 * per stroke should not grow with the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
    /** How many times the reference's strokes the curriculum holds. */
    @Param({"1", "10", "100", "1000"})
    public int factor;

    private final CurriculumJson curriculumJson = CurriculumJson.builder()
            .limits(ReadLimits.builder().maxFileBytes(Integer.MAX_VALUE - 8).build())
            .build();
    private final CurriculumValidator validator = CurriculumValidator.create();
    private Curriculum curriculum = ReferenceCurricula.fiveWeekProgram();
    private byte[] json = new byte[0];

    /** Generates the curriculum and its canonical bytes, and checks that they read back. */
    @Setup
    public void setUp() {
        curriculum = ScaledCurricula.scale(ReferenceCurricula.fiveWeekProgram(), factor);
        json = curriculumJson.writeBytes(curriculum);
        Inputs.requireRead(curriculumJson.read(json, "scaled-" + factor + ".curriculum.json"));
    }

    /** Bytes to model plus report. */
    @Benchmark
    public ReadResult readAndValidate() {
        return curriculumJson.read(json, "scaled.curriculum.json");
    }

    /** Bean Validation plus every curriculum rule on the built model. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(curriculum);
    }
}
