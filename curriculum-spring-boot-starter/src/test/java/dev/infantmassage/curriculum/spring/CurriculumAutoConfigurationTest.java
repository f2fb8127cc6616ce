package dev.infantmassage.curriculum.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The starter in a real app, called over loopback as a client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurriculumAutoConfigurationTest {
    static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final JsonMapper PLAIN = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void post_referenceCurriculum_isOkWithAReportWithoutErrors() throws Exception {
        HttpResponse<String> response = post(port, "/curricula", reference());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = PLAIN.readTree(response.body());
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("errors").asInt()).isZero();
        assertThat(report.get("issues").isArray()).isTrue();
    }

    @Test
    void post_curriculumWithAnUnknownProperty_isBadRequestNamingCodeAndPointer() throws Exception {
        String broken = reference().replaceFirst("\\{", "{\"colour\": \"blue\", ");

        HttpResponse<String> response = post(port, "/curricula", broken);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = PLAIN.readTree(response.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).asString())
                .startsWith("Property 'colour' is not allowed")
                .endsWith("[json.unknown-property] at /colour");
    }

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

    @Test
    void get_plan_isInTheFormatsShape() throws Exception {
        HttpResponse<String> response = get(port, "/plan?week=2&ageWeeks=10");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode plan = PLAIN.readTree(response.body());
        assertThat(plan.get("week").asInt()).isEqualTo(2);
        assertThat(plan.get("scope").asString()).isEqualTo("up-to-week");
        assertThat(plan.get("at").asString()).isEqualTo("2026-11-21T09:00:00Z");
        JsonNode first = plan.get("strokes").get(0);
        assertThat(first.get("id").asString()).isEqualTo("resting-hands");
        assertThat(first.get("name").get("en").isString()).isTrue();
        assertThat(first.get("region").asString()).matches("[a-z]+(-[a-z]+)*");
        assertThat(response.body()).doesNotContain("\"empty\"").doesNotContainPattern("\"[A-Z]+_[A-Z_]+\"");
    }

    static String reference() {
        return new String(ReferenceCurricula.fiveWeekProgramJson(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static HttpResponse<String> post(int port, String path, String body) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
