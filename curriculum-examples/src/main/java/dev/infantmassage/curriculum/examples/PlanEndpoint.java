package dev.infantmassage.curriculum.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.Circumstance;
import dev.infantmassage.curriculum.planning.Consultation;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.planning.SkippedStroke;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Example 5: embed the planner in a service. A tiny HTTP endpoint on the JDK's built-in server
 * returns today's plan for a baby described by query parameters, as JSON:
 *
 * <pre>{@code
 * GET /plan?week=3&ageWeeks=10&circumstance=immunisation-site@2026-11-17T18:00:00Z:left-thigh
 *
 * {"massageNow": true, "resumeAt": null, "strokes": ["resting-hands", ...],
 *  "skipped": [{"stroke": "legs-indian-milking", "reason": "avoided-region",
 *               "contraindication": "immunisation-site", "until": null}, ...],
 *  "askProfessional": []}
 * }</pre>
 *
 * <p>Parameters: {@code week} (1 to 5), {@code ageWeeks} or {@code born} (YYYY-MM-DD),
 * optionally {@code gestationalWeeks}, {@code cleared} and any number of {@code circumstance}s
 * ({@code id[@instant][:site]}). A bad parameter gives status 400 with {@code {"error": "..."}}.
 * Requests are bounded: the query may be at most {@value #MAX_QUERY_LENGTH} characters.
 *
 * <pre>{@code java dev.infantmassage.curriculum.examples.PlanEndpoint 8080}</pre>
 */
public final class PlanEndpoint implements AutoCloseable {
    /** The longest query string served; longer ones get status 414. */
    public static final int MAX_QUERY_LENGTH = 2_048;

    private static final Pattern CIRCUMSTANCE =
            Pattern.compile("(?<id>[a-z0-9-]+)(?:@(?<since>[0-9T:.Z+-]+?))?(?::(?<site>[A-Za-z][A-Za-z -]*))?");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Curriculum curriculum;
    private final SessionPlanner planner;
    private final Clock clock;

    private PlanEndpoint(HttpServer server, ExecutorService executor, Curriculum curriculum, Clock clock) {
        this.server = server;
        this.executor = executor;
        this.curriculum = curriculum;
        this.planner = SessionPlanner.of(curriculum);
        this.clock = clock;
    }

    /** Starts serving {@code /plan} on {@code address} (port 0 picks a free port). */
    public static PlanEndpoint start(InetSocketAddress address, Curriculum curriculum, Clock clock) throws IOException {
        HttpServer server = HttpServer.create(address, 16);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        PlanEndpoint endpoint = new PlanEndpoint(server, executor, curriculum, clock);
        server.createContext("/plan", endpoint::handle);
        server.setExecutor(executor);
        server.start();
        return endpoint;
    }

    public static void main(String[] args) throws IOException {
        String port = args.length > 0 ? args[0] : "8080";
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65_535) {
            System.err.println("'" + port + "' is not a port number");
            System.exit(2);
        }
        PlanEndpoint endpoint = start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)),
                ReferenceCurricula.fiveWeekProgram(),
                Clock.systemDefaultZone());
        print(System.out, endpoint);
    }

    static void print(PrintStream out, PlanEndpoint endpoint) {
        out.println("Serving " + endpoint.uri() + "?week=2&ageWeeks=10 (stop with Ctrl-C)");
    }

    /** The endpoint's address, for example {@code http://127.0.0.1:8080/plan}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/plan");
    }

    /** Stops the server at once and releases its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, error("Only GET is supported"));
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && query.length() > MAX_QUERY_LENGTH) {
                send(exchange, 414, error("The query must be at most " + MAX_QUERY_LENGTH + " characters"));
                return;
            }
            SessionPlan plan;
            try {
                plan = planner.plan(request(parameters(query)));
            } catch (IllegalArgumentException | DateTimeException e) {
                send(exchange, 400, error(e.getMessage()));
                return;
            }
            send(exchange, 200, json(plan));
        }
    }

    private PlanRequest request(Map<String, List<String>> parameters) {
        InfantProfile.Builder profile = InfantProfile.builder();
        one(parameters, "ageWeeks").ifPresent(age -> profile.ageWeeks(number(age, "ageWeeks")));
        one(parameters, "born").ifPresent(born -> profile.dateOfBirth(LocalDate.parse(born)));
        one(parameters, "gestationalWeeks")
                .ifPresent(weeks -> profile.gestationalWeeks(number(weeks, "gestationalWeeks")));
        parameters.getOrDefault("cleared", List.of()).forEach(profile::addClearance);
        for (String text : parameters.getOrDefault("circumstance", List.of())) {
            profile.addCircumstance(circumstance(text));
        }
        int week = number(
                one(parameters, "week").orElseThrow(() -> new IllegalArgumentException("week is required")), "week");
        return PlanRequest.of(week, profile.build(), clock);
    }

    private Circumstance circumstance(String text) {
        Matcher matcher = CIRCUMSTANCE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "circumstance must look like id[@instant][:site], but was '" + text + "'");
        }
        String id = matcher.group("id");
        if (curriculum.contraindication(id).isEmpty()) {
            throw new IllegalArgumentException(
                    "circumstance '" + id + "' is not one of the curriculum's contraindications");
        }
        Circumstance.Builder circumstance = Circumstance.builder().contraindication(id);
        Optional.ofNullable(matcher.group("since")).ifPresent(since -> circumstance.since(Instant.parse(since)));
        Optional.ofNullable(matcher.group("site")).ifPresent(circumstance::addSite);
        return circumstance.build();
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static Optional<String> one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException(name + " must be given once");
        }
        return values.stream().findFirst();
    }

    private static int number(String text, String name) {
        if (!text.matches("\\d{1,4}")) {
            throw new IllegalArgumentException(name + " must be a whole number, but was '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The plan as JSON; an app would use its own JSON library here. */
    static String json(SessionPlan plan) {
        StringBuilder json = new StringBuilder("{\"massageNow\": ")
                .append(plan.isMassageNow())
                .append(", \"resumeAt\": ")
                .append(string(plan.getResumeAt().map(Instant::toString)))
                .append(", \"strokes\": [");
        List<String> strokes = plan.strokeIds();
        for (int i = 0; i < strokes.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(string(Optional.of(strokes.get(i))));
        }
        json.append("], \"skipped\": [");
        List<SkippedStroke> skipped = plan.getSkipped();
        for (int i = 0; i < skipped.size(); i++) {
            SkippedStroke skip = skipped.get(i);
            json.append(i == 0 ? "" : ", ")
                    .append("{\"stroke\": ")
                    .append(string(Optional.of(skip.getStroke())))
                    .append(", \"reason\": ")
                    .append(string(Optional.of(skip.getReason().code())))
                    .append(", \"contraindication\": ")
                    .append(string(skip.getContraindication()))
                    .append(", \"until\": ")
                    .append(string(skip.getUntil().map(Instant::toString)))
                    .append('}');
        }
        json.append("], \"askProfessional\": [");
        List<Consultation> asks = plan.getAskProfessional();
        for (int i = 0; i < asks.size(); i++) {
            json.append(i == 0 ? "" : ", ")
                    .append("{\"contraindication\": ")
                    .append(string(asks.get(i).getContraindication()))
                    .append(", \"reason\": ")
                    .append(string(Optional.of(asks.get(i).getReason())))
                    .append('}');
        }
        return json.append("]}\n").toString();
    }

    private static String error(String message) {
        return "{\"error\": " + string(Optional.of(message)) + "}\n";
    }

    private static String string(Optional<String> value) {
        if (value.isEmpty()) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.get().toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
