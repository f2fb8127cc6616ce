package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BaselineFileTest {

    private static final String HOSTILE = "we\"ek\\1\n\t\u0007\u001b[31m.curriculum.json";

    @Test
    void toJson_hostileNames_areValidJsonThatReadsBackTheSameNames(@TempDir Path dir) throws IOException {
        Baseline baseline = Baseline.of(List.of(new Baseline.Entry(HOSTILE, "order.first-region", "/a~1b/\"", "f1")));

        String json = baseline.toJson();
        JsonNode finding = JsonMapper.shared().readTree(json).path("findings").path(0);
        Path file = Files.writeString(dir.resolve("baseline.json"), json, StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("\u0007").doesNotContain("\u001b").doesNotContain("\t");
        assertThat(finding.path("file").stringValue()).isEqualTo(HOSTILE);
        assertThat(finding.path("pointer").stringValue()).isEqualTo("/a~1b/\"");
        assertThat(Baseline.read(file)).isEqualTo(baseline);
    }

    @Test
    void toJson_loneSurrogate_isWrittenEscapedSoUtf8DoesNotLoseIt(@TempDir Path dir) throws IOException {
        Baseline baseline =
                Baseline.of(List.of(new Baseline.Entry("a\ud800.curriculum.json", "order.first-region", "", "f")));

        String json = baseline.toJson();
        Path file = Files.writeString(dir.resolve("baseline.json"), json, StandardCharsets.UTF_8);

        assertThat(json).contains("a\\ud800.curriculum.json");
        assertThat(Baseline.read(file).entries().get(0).file()).isEqualTo("a\ud800.curriculum.json");
    }
}
