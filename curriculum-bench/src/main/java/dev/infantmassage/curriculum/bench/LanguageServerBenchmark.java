package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.lsp.CurriculumLanguageServer;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A keystroke in the editor, until the server's diagnostics for the reference curriculum arrive.
 * {@code keystrokeOverPipes} sends a one-character edit (incremental synchronisation, as editors do when
 * the server offers it) through JSON-RPC on piped streams, as an editor's process pipes would;
 * {@code overPipes} sends the whole text (full synchronisation); {@code inProcess} calls the document
 * service directly with the whole text, which is the re-read and re-validate work alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LanguageServerBenchmark {
    private static final String URI = "file:///bench/five-week-program.curriculum.json";

    private final String text = new String(ReferenceCurricula.fiveWeekProgramJson(), StandardCharsets.UTF_8);
    private final AtomicReference<CompletableFuture<PublishDiagnosticsParams>> next = new AtomicReference<>();
    private final TextDocumentContentChangeEvent keystroke = keystroke(text);
    private LanguageServer remote;
    private CurriculumLanguageServer direct;
    private Thread serving;
    private Future<Void> listening;
    private PipedOutputStream clientOut;
    private PipedOutputStream serverOut;
    private int version = 1;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        serverOut = new PipedOutputStream(clientIn);
        CurriculumLanguageServer server = CurriculumLanguageServer.create();
        serving = new Thread(() -> server.serve(serverIn, serverOut), "curriculum-lsp");
        serving.setDaemon(true);
        serving.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        remote = launcher.getRemoteProxy();
        listening = launcher.startListening();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        remote.initialize(params).join();
        remote.initialized(new InitializedParams());
        expect();
        remote.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "json", 1, text)));
        next.get().join();

        direct = CurriculumLanguageServer.create();
        direct.connect(new Client());
        expect();
        direct.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "json", 1, text)));
        next.get().join();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        remote.shutdown().join();
        remote.exit();
        // Both readers see the end of their input, so no listening thread outlives the trial.
        listening.cancel(true);
        clientOut.close();
        serverOut.close();
    }

    @Benchmark
    public PublishDiagnosticsParams overPipes() {
        CompletableFuture<PublishDiagnosticsParams> published = expect();
        remote.getTextDocumentService().didChange(change());
        return published.join();
    }

    /** A one-character edit, as an editor sends with incremental synchronisation: the character itself again. */
    @Benchmark
    public PublishDiagnosticsParams keystrokeOverPipes() {
        CompletableFuture<PublishDiagnosticsParams> published = expect();
        version++;
        remote.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(URI, version), List.of(keystroke)));
        return published.join();
    }

    @Benchmark
    public PublishDiagnosticsParams inProcess() {
        CompletableFuture<PublishDiagnosticsParams> published = expect();
        direct.getTextDocumentService().didChange(change());
        return published.join();
    }

    private static TextDocumentContentChangeEvent keystroke(String text) {
        int at = text.indexOf("\"durationSeconds\"") + 1;
        int line = 0;
        int start = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        Range range = new Range(new Position(line, at - start), new Position(line, at - start + 1));
        return new TextDocumentContentChangeEvent(range, text.substring(at, at + 1));
    }

    private CompletableFuture<PublishDiagnosticsParams> expect() {
        CompletableFuture<PublishDiagnosticsParams> published = new CompletableFuture<>();
        next.set(published);
        return published;
    }

    private DidChangeTextDocumentParams change() {
        version++;
        return new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, version), List.of(new TextDocumentContentChangeEvent(text)));
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            next.get().complete(diagnostics);
        }

        @Override
        public void showMessage(MessageParams message) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }
}
