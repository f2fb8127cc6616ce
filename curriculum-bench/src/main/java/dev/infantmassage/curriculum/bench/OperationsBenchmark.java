package dev.infantmassage.curriculum.bench;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.internal.BeanConstraints;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.rules.CurriculumRules;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.util.List;
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
 * The other operations on the reference curriculum: validating a model that is already built (and its
 * two halves, Bean Validation and the curriculum rules), writing it canonically, and checking its JSON against the published JSON Schema with an independent validator
 * (networknt, draft 2020-12), from a parsed tree and from the bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OperationsBenchmark {
    private final CurriculumJson curriculumJson = CurriculumJson.create();
    private final CurriculumValidator validator = CurriculumValidator.create();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private Curriculum curriculum = ReferenceCurricula.fiveWeekProgram();
    private byte[] json = new byte[0];
    private JsonNode tree = mapper.nullNode();
    private Schema schema = Inputs.schema();

    /** Builds the inputs and checks that each operation succeeds on them. */
    @Setup
    public void setUp() {
        json = ReferenceCurricula.fiveWeekProgramJson();
        curriculum = Inputs.requireClean(curriculumJson.read(json, Inputs.REFERENCE_NAME));
        tree = mapper.readTree(json);
        schema = Inputs.schema();
        List<Error> errors = schema.validate(tree);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The reference curriculum fails the published schema: " + errors);
        }
    }

    /** Bean Validation plus every curriculum rule on a built model. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(curriculum);
    }

    /** The Bean Validation half of {@link #validate()} (Hibernate Validator), through the internal entry point. */
    @Benchmark
    public IssueCollector beanValidation() {
        IssueCollector issues = new IssueCollector(ValidationOptions.defaults());
        BeanConstraints.check(curriculum, issues);
        return issues;
    }

    /** The curriculum-rules half of {@link #validate()}, through the internal entry point. */
    @Benchmark
    public IssueCollector curriculumRules() {
        IssueCollector issues = new IssueCollector(ValidationOptions.defaults());
        CurriculumRules.check(curriculum, issues);
        return issues;
    }

    /** The canonical writer. */
    @Benchmark
    public String writeString() {
        return curriculumJson.writeString(curriculum);
    }

    /** The published JSON Schema, checked on an already parsed tree. */
    @Benchmark
    public List<Error> schemaCheckTree() {
        return schema.validate(tree);
    }

    /** The published JSON Schema, checked from the bytes (parse plus check), comparable with reading. */
    @Benchmark
    public List<Error> schemaCheckBytes() {
        return schema.validate(new String(json, java.nio.charset.StandardCharsets.UTF_8), InputFormat.JSON);
    }
}
