package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PlanEndpointTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static PlanEndpoint endpoint;

    @BeforeAll
    static void start() throws IOException {
        endpoint = PlanEndpoint.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ReferenceCurricula.fiveWeekProgram(),
                CLOCK);
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private static HttpResponse<String> get(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.uri() + "?" + query))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void plan_injectionSite_leavesOutTheLegsOverLoopback() throws Exception {
        HttpResponse<String> response =
                get("week=2&ageWeeks=10" + "&circumstance=immunisation-site@2026-11-17T18:00:00Z:left-thigh");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.body())
                .startsWith(
                        "{\"massageNow\": true, \"resumeAt\": null, \"strokes\": [\"resting-hands\", \"stomach-water-wheel-a\"")
                .contains("{\"stroke\": \"legs-indian-milking\", \"reason\": \"avoided-region\","
                        + " \"contraindication\": \"immunisation-site\", \"until\": null}")
                .endsWith("\"askProfessional\": []}\n");
    }

    @Test
    void plan_immunisationYesterday_noMassageWithResumeTime() throws Exception {
        HttpResponse<String> response = get("week=1&born=2026-09-01&circumstance=immunisation@2026-11-20T10:00:00Z");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .startsWith(
                        "{\"massageNow\": false, \"resumeAt\": \"2026-11-22T10:00:00Z\", \"strokes\": [], \"skipped\": [");
    }

    @Test
    void plan_unknownContraindication_isABadRequest() throws Exception {
        HttpResponse<String> response = get("week=1&ageWeeks=10&circumstance=teething");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "{\"error\": \"circumstance 'teething' is not one of the curriculum's contraindications\"}\n");
    }

    @Test
    void plan_missingWeek_isABadRequest() throws Exception {
        HttpResponse<String> response = get("ageWeeks=10");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\": \"week is required\"}\n");
    }

    @Test
    void plan_overlongQuery_isRefused() throws Exception {
        HttpResponse<String> response = get("week=1&ageWeeks=10&pad=" + "x".repeat(PlanEndpoint.MAX_QUERY_LENGTH));

        assertThat(response.statusCode()).isEqualTo(414);
    }

    @Test
    void plan_post_isNotAllowed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint.uri())
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();

        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET");
    }
}
