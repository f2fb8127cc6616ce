package dev.infantmassage.curriculum.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.validation.Issue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server as an editor's client sees it on the wire: {@code Content-Length} framed JSON-RPC, written and
 * read byte by byte here without LSP4J on the client side.
 */
class WireProtocolTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private OutputStream toServer;
    private InputStream fromServer;
    private CompletableFuture<Integer> serving;

    @BeforeEach
    void start() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        fromServer = clientIn;
        CurriculumLanguageServer server = CurriculumLanguageServer.create();
        serving = CompletableFuture.supplyAsync(() -> server.serve(serverIn, serverOut));
    }

    @AfterEach
    void stop() throws IOException {
        if (!serving.isDone()) {
            toServer.close();
        }
    }

    @Test
    void session_initializeOpenShutdownExit_answersEachAndExitsWithZero() throws Exception {
        JsonNode initialized =
                request(1, "initialize", MAPPER.createObjectNode().set("capabilities", MAPPER.createObjectNode()));
        assertThat(initialized.at("/result/capabilities/textDocumentSync").asInt())
                .isEqualTo(2);
        assertThat(initialized.at("/result/capabilities/hoverProvider").asBoolean())
                .isTrue();
        assertThat(initialized.at("/result/serverInfo/name").asString()).isEqualTo("curriculum");
        notify("initialized", MAPPER.createObjectNode());

        String uri = "file:///work/b%C3%A9b%C3%A9.curriculum.json";
        String text = "{\"title\": {\"en\": \"B\u00e9b\u00e9 \uD83D\uDE00\"}, \"bogus\": 1}";
        open(uri, text);
        JsonNode published = nextMessage("textDocument/publishDiagnostics").json();

        assertThat(published.at("/params/uri").asString()).isEqualTo(uri);
        JsonNode bogus = findByCode(published, "json.unknown-property");
        assertThat(bogus.at("/range/start/line").asInt()).isZero();
        assertThat(bogus.at("/range/start/character").asInt()).isEqualTo(text.indexOf("\"bogus\""));
        assertThat(bogus.at("/severity").asInt()).isEqualTo(1);

        JsonNode shutdown = request(2, "shutdown", null);
        assertThat(shutdown.has("error")).isFalse();
        notify("exit", null);
        assertThat(serving.get(60, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void diagnostics_controlCharactersFromTheFile_areEscapedOnTheWire() throws Exception {
        request(1, "initialize", MAPPER.createObjectNode().set("capabilities", MAPPER.createObjectNode()));
        notify("initialized", MAPPER.createObjectNode());
        // An escaped bell, a line break and an escape character in a property name the reader quotes back.
        String text = "{\"bo\\u0007g\\nu\\u001bs\": 1}";
        open("file:///work/control.curriculum.json", text);

        Frame frame = nextMessage("textDocument/publishDiagnostics");

        for (byte each : frame.body()) {
            assertThat(each & 0xff).as("a byte of the message").isGreaterThanOrEqualTo(0x20);
        }
        List<String> expected = CurriculumJson.create()
                .read(text.getBytes(StandardCharsets.UTF_8), "control.curriculum.json")
                .report()
                .issues()
                .stream()
                .filter(issue -> issue.getCode().code().equals("json.unknown-property"))
                .map(Issue::getMessage)
                .toList();
        assertThat(expected).singleElement().asString().contains("bo");
        assertThat(findByCode(frame.json(), "json.unknown-property")
                        .at("/message")
                        .asString())
                .isEqualTo(expected.get(0));
    }

    @Test
    void input_closedWithoutShutdown_exitsWithOne() throws Exception {
        request(1, "initialize", MAPPER.createObjectNode().set("capabilities", MAPPER.createObjectNode()));

        toServer.close();

        assertThat(serving.get(60, TimeUnit.SECONDS)).isEqualTo(1);
    }

    private void open(String uri, String text) throws IOException {
        ObjectNode document = MAPPER.createObjectNode()
                .put("uri", uri)
                .put("languageId", "json")
                .put("version", 1)
                .put("text", text);
        notify("textDocument/didOpen", MAPPER.createObjectNode().set("textDocument", document));
    }

    private static JsonNode findByCode(JsonNode published, String code) {
        for (JsonNode diagnostic : published.at("/params/diagnostics")) {
            if (diagnostic.path("code").asString().equals(code)) {
                return diagnostic;
            }
        }
        throw new AssertionError("No " + code + " in " + published);
    }

    private JsonNode request(int id, String method, @Nullable JsonNode params) throws IOException {
        ObjectNode message =
                MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        send(message);
        while (true) {
            Frame frame = read();
            if (frame.json().path("id").asInt(-1) == id && !frame.json().has("method")) {
                return frame.json();
            }
        }
    }

    private void notify(String method, @Nullable JsonNode params) throws IOException {
        ObjectNode message = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        send(message);
    }

    private void send(JsonNode message) throws IOException {
        byte[] body = MAPPER.writeValueAsBytes(message);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    private Frame nextMessage(String method) throws IOException {
        while (true) {
            Frame frame = read();
            if (frame.json().path("method").asString("").equals(method)) {
                return frame;
            }
        }
    }

    /** One framed message; the length is the body's size in bytes, so a wrong count breaks the next read. */
    private Frame read() throws IOException {
        int length = -1;
        while (true) {
            String header = headerLine();
            if (header.isEmpty()) {
                break;
            }
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(
                        header.substring("content-length:".length()).strip());
            }
        }
        assertThat(length).as("Content-Length").isPositive();
        byte[] body = fromServer.readNBytes(length);
        assertThat(body).hasSize(length);
        return new Frame(body, MAPPER.readTree(body));
    }

    private String headerLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int next = fromServer.read();
            if (next < 0) {
                throw new IOException("The server closed its output");
            }
            if (previous == '\r' && next == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.US_ASCII);
            }
            line.write(next);
            previous = next;
        }
    }

    private record Frame(byte[] body, JsonNode json) {}
}
