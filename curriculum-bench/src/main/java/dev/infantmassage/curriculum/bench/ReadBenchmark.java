package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.bench.plain.PlainCurriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the reference curriculum from its bytes, three ways on the same bytes in the same run: the
 * library (parse, bind, Bean Validation, every curriculum rule, located report), Jackson's tree (the
 * floor: parsing only) and Jackson binding into plain records (what an application does by hand,
 * without any checks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {
    private byte[] json = new byte[0];
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final CurriculumJson curriculumJson = CurriculumJson.create();

    /** Loads the bytes and checks that every variant reads them completely. */
    @Setup
    public void setUp() {
        json = ReferenceCurricula.fiveWeekProgramJson();
        Inputs.requireClean(curriculumJson.read(json, Inputs.REFERENCE_NAME));
        Inputs.requireSameStrokes(mapper.readValue(json, PlainCurriculum.class), mapper.readTree(json));
    }

    /** The floor: Jackson parses the bytes into a tree. */
    @Benchmark
    public JsonNode readTree() {
        return mapper.readTree(json);
    }

    /** An application's hand-written binding: Jackson into records, no validation. */
    @Benchmark
    public PlainCurriculum bindRecords() {
        return mapper.readValue(json, PlainCurriculum.class);
    }

    /** The library: bytes to model plus the full report. */
    @Benchmark
    public ReadResult readAndValidate() {
        return curriculumJson.read(json, Inputs.REFERENCE_NAME);
    }
}
