package org.example.boot3app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app over loopback, as a phone app would call it: every text, code and list in the format's shape. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot3AppTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @LocalServerPort
    int port;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder post(String path, byte[] body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    @Test
    void stroke_isServedWithItsTextsAsLanguageMaps_andCodesInLowerCase() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/strokes/stomach-sun-moon")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode stroke = PLAIN.readTree(response.body());
        assertThat(stroke.get("id").asText()).isEqualTo("stomach-sun-moon");
        assertThat(stroke.get("region").asText()).isEqualTo("stomach");
        assertThat(stroke.get("direction").asText()).isEqualTo("clockwise");
        assertThat(stroke.get("name").get("en").asText()).isNotBlank();
        assertThat(stroke.get("name").get("es").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("\"empty\"").doesNotContainPattern("\"[A-Z]+_[A-Z_]+\"");
    }

    @Test
    void plan_isServedInTheFormatsShape() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/plan?week=1&ageWeeks=10")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode plan = PLAIN.readTree(response.body());
        assertThat(plan.get("scope").asText()).isEqualTo("up-to-week");
        assertThat(plan.get("strokes").get(0).get("id").asText()).isEqualTo("resting-hands");
    }

    @Test
    void curriculumRequestBody_isBoundByTheModule() throws Exception {
        HttpResponse<String> response = send(post("/curricula", ReferenceCurricula.fiveWeekProgramJson()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("iaim-five-week 50");
    }

    @Test
    void curriculumRequestBody_withAMistake_isABadRequest() throws Exception {
        String misspelt = new String(ReferenceCurricula.fiveWeekProgramJson(), StandardCharsets.UTF_8)
                .replaceFirst("\"repetitions\":", "\"repetition\":");

        HttpResponse<String> response = send(post("/curricula", misspelt.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void report_isServedWithCodesLocationsAndPositions() throws Exception {
        String misspelt = new String(ReferenceCurricula.fiveWeekProgramJson(), StandardCharsets.UTF_8)
                .replaceFirst("\"repetitions\":", "\"repetition\":");

        HttpResponse<String> response = send(post("/curricula/report", misspelt.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode issue = PLAIN.readTree(response.body()).get("issues").get(0);
        assertThat(issue.get("code").asText()).isEqualTo("json.unknown-property");
        assertThat(issue.get("severity").asText()).isEqualTo("error");
        assertThat(issue.get("pointer").asText()).endsWith("/repetition");
        assertThat(issue.get("line").asInt()).isPositive();
        assertThat(issue.get("message").asText()).contains("did you mean 'repetitions'?");
    }
}
