package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped five-week program validates against the published JSON Schema under an independent
 * validator (networknt, draft 2020-12), so editors and other tools agree with the library about it.
 */
class ReferenceSchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CurriculumJson.schema());

    @Test
    void fiveWeekProgram_validatesAgainstThePublishedSchema() {
        JsonNode program = MAPPER.readTree(ReferenceCurricula.fiveWeekProgramJson());

        List<Error> errors = SCHEMA.validate(program);

        assertThat(errors).isEmpty();
    }

    @Test
    void fiveWeekProgram_namesThePublishedSchema() {
        JsonNode program = MAPPER.readTree(ReferenceCurricula.fiveWeekProgramJson());

        assertThat(program.get("$schema").asString())
                .isEqualTo(SCHEMA.getSchemaNode().get("$id").asString());
    }

    @Test
    void fiveWeekProgram_withAStrokeMovingAnUnknownWay_failsTheSchema() {
        ObjectNode program = (ObjectNode) MAPPER.readTree(ReferenceCurricula.fiveWeekProgramJson());
        ((ObjectNode) program.get("strokes").get(1)).put("direction", "upside-down");

        List<Error> errors = SCHEMA.validate(program);

        assertThat(errors)
                .extracting(error -> error.getInstanceLocation().toString())
                .contains("/strokes/1/direction");
    }
}
