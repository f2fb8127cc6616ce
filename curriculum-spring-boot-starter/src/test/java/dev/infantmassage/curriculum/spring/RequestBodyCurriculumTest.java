package dev.infantmassage.curriculum.spring;

import static dev.infantmassage.curriculum.spring.CurriculumAutoConfigurationTest.PLAIN;
import static dev.infantmassage.curriculum.spring.CurriculumAutoConfigurationTest.post;
import static dev.infantmassage.curriculum.spring.CurriculumAutoConfigurationTest.reference;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A {@code @RequestBody Curriculum} read through Boot's own mapper, in a real app called over loopback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestBodyCurriculumTest {
    @LocalServerPort
    int port;

    @Test
    void post_referenceCurriculumFile_bindsToACurriculum() throws Exception {
        HttpResponse<String> response = post(port, "/curricula/bound", reference());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode bound = PLAIN.readTree(response.body());
        // docs/reference-curriculum.md: the five-week program, 50 strokes.
        assertThat(bound.get("id").asString()).isEqualTo("iaim-five-week");
        assertThat(bound.get("title").asString()).isEqualTo("Infant massage: the five-week program");
        assertThat(bound.get("strokes").asInt()).isEqualTo(50);
    }

    @Test
    void post_fileWithAMisspeltProperty_isBadRequestWithoutAStackTrace() throws Exception {
        String misspelt = reference().replaceFirst("\"repetitions\"", "\"repetition\"");
        assertThat(misspelt).isNotEqualTo(reference());

        HttpResponse<String> response = post(port, "/curricula/bound", misspelt);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = PLAIN.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asString()).isEqualTo("Bad Request");
        assertThat(error.get("path").asString()).isEqualTo("/curricula/bound");
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("\"trace\"");
    }
}
