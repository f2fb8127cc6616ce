package dev.infantmassage.curriculum.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor's side of the protocol: a JSON-RPC client on LSP4J's launcher, talking to a server over pipes
 * exactly as it would over a process's standard input and output.
 */
public final class EditorSession implements AutoCloseable {
    /** The server's interface plus the custom schema request, as the client sees it. */
    public interface CurriculumServer extends LanguageServer {
        @JsonRequest(CurriculumLanguageServer.SCHEMA_REQUEST)
        CompletableFuture<String> schema();
    }

    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    private final CurriculumServer server;
    private final Future<Void> listening;
    private final CompletableFuture<Integer> serving;
    private int version = 1;

    private EditorSession(InputStream fromServer, OutputStream toServer, CompletableFuture<Integer> serving) {
        this.serving = serving;
        Launcher<CurriculumServer> launcher = new Launcher.Builder<CurriculumServer>()
                .setLocalService(new Client())
                .setRemoteInterface(CurriculumServer.class)
                .setInput(fromServer)
                .setOutput(toServer)
                .create();
        server = launcher.getRemoteProxy();
        listening = launcher.startListening();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        server.initialize(params).join();
        server.initialized(new InitializedParams());
    }

    /** A session with a server in this process, over pipes. */
    public static EditorSession start(CurriculumLanguageServer server) {
        try {
            PipedInputStream serverIn = new PipedInputStream(1 << 16);
            PipedOutputStream clientOut = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 16);
            PipedOutputStream serverOut = new PipedOutputStream(clientIn);
            CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> server.serve(serverIn, serverOut));
            return new EditorSession(clientIn, clientOut, serving);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A session with a server running as {@code process}, over its standard input and output. */
    public static EditorSession connect(Process process) {
        return new EditorSession(
                process.getInputStream(),
                process.getOutputStream(),
                process.onExit().thenApply(Process::exitValue));
    }

    public static EditorSession start() {
        return start(CurriculumLanguageServer.create());
    }

    public CurriculumServer server() {
        return server;
    }

    /** Opens {@code text} as {@code uri} and returns the diagnostics the server publishes for it. */
    public List<Diagnostic> open(String uri, String text) {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "json", version, text)));
        return next(uri);
    }

    /** Replaces the whole text of {@code uri}, as full synchronisation does, and returns the new diagnostics. */
    public List<Diagnostic> change(String uri, String text) {
        version++;
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(text))));
        return next(uri);
    }

    /** Replaces {@code range} of {@code uri} with {@code text}, as incremental synchronisation does, and returns the new diagnostics. */
    public List<Diagnostic> edit(String uri, Range range, String text) {
        version++;
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(range, text))));
        return next(uri);
    }

    private List<Diagnostic> next(String uri) {
        try {
            while (true) {
                PublishDiagnosticsParams published = diagnostics.poll(60, TimeUnit.SECONDS);
                if (published == null) {
                    throw new IllegalStateException("No diagnostics for " + uri + " within 60 s");
                }
                if (published.getUri().equals(uri)) {
                    return published.getDiagnostics();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Shuts the server down as an editor does and returns the exit code it asks for. */
    public int shutDown() {
        server.shutdown().join();
        server.exit();
        try {
            return serving.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new CompletionException(e);
        } finally {
            listening.cancel(true);
        }
    }

    @Override
    public void close() {
        if (!serving.isDone()) {
            shutDown();
        }
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams published) {
            diagnostics.add(published);
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
