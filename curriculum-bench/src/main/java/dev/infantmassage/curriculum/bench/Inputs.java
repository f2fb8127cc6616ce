package dev.infantmassage.curriculum.bench;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.bench.plain.PlainCurriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.validation.Severity;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Checks that benchmark inputs are what they claim to be, so no benchmark measures an early exit. */
final class Inputs {
    static final String REFERENCE_NAME = "five-week-program.curriculum.json";

    private Inputs() {}

    /** The published schema under networknt, draft 2020-12, without fetching anything. */
    static Schema schema() {
        return SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)))
                .getSchema(CurriculumJson.schema());
    }

    /** The curriculum of a read without errors. */
    static Curriculum requireClean(ReadResult result) {
        if (result.hasErrors()) {
            throw new IllegalStateException("Expected no errors in " + result.source() + ": " + result.report());
        }
        return result.orElseThrow();
    }

    /** The curriculum of a read that bound a model and found no JSON-level errors. */
    static Curriculum requireRead(ReadResult result) {
        boolean jsonErrors = result.report().issues().stream()
                .anyMatch(issue -> issue.getSeverity() == Severity.ERROR
                        && issue.getCode().code().startsWith("json."));
        if (jsonErrors || result.curriculum().isEmpty()) {
            throw new IllegalStateException("Could not read " + result.source() + ": " + result.report());
        }
        return result.curriculum().get();
    }

    static void requireSameStrokes(PlainCurriculum plain, JsonNode tree) {
        List<PlainCurriculum.Stroke> strokes = plain.strokes();
        if (strokes == null || strokes.size() != tree.get("strokes").size()) {
            throw new IllegalStateException("The records did not bind every stroke");
        }
    }
}
