package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.CurriculumJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SchemaCommandTest {
    @Test
    void schema_printsThePublishedSchema() {
        CliRun run = CliRun.run("schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(CurriculumJson.schema().strip());
        assertThat(run.out()).endsWith("\n");
        assertThat(JsonMapper.builder().build().readTree(run.out()).has("$schema"))
                .isTrue();
    }
}
