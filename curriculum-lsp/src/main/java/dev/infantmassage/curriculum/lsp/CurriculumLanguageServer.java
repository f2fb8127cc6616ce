package dev.infantmassage.curriculum.lsp;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.lsp.internal.DocumentService;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * A Language Server Protocol server for curriculum files. Diagnostics come from the same
 * {@link CurriculumJson} reader, rules and {@link ValidationOptions} as {@code curriculum validate}, so an
 * editor and the CLI report the same codes, severities and positions. It also completes ids, property
 * names, codes and language tags; shows strokes and issue codes on hover; finds definitions and
 * references; renames ids; offers the reader's "did you mean" as a quick fix; and serves the bundled JSON
 * Schema through the {@code curriculum/schema} request.
 *
 * @since 0.1.0
 */
public final class CurriculumLanguageServer implements LanguageServer, LanguageClientAware {
    /** The custom request that returns the bundled JSON Schema as text. */
    public static final String SCHEMA_REQUEST = "curriculum/schema";

    private final DocumentService documents;
    private final WorkspaceService workspace = new DocumentService.NoWorkspace();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutdown;

    private CurriculumLanguageServer(ValidationOptions options, Function<IssueCode, String> explainer) {
        CurriculumJson json = options.equals(ValidationOptions.defaults())
                ? CurriculumJson.create()
                : CurriculumJson.builder().validationOptions(options).build();
        this.documents = new DocumentService(json, options, explainer);
    }

    /** {@return a server with the default options that explains a code by its description and message} */
    public static CurriculumLanguageServer create() {
        return create(ValidationOptions.defaults(), CurriculumLanguageServer::describe);
    }

    /**
     * {@return a server that reports issues as {@code options} re-level or silence them and shows
     * {@code explainer}'s text when the cursor rests on a finding}
     *
     * @param options the codes to re-level or silence
     * @param explainer the hover text of each code
     */
    public static CurriculumLanguageServer create(ValidationOptions options, Function<IssueCode, String> explainer) {
        return new CurriculumLanguageServer(
                Objects.requireNonNull(options, "options"), Objects.requireNonNull(explainer, "explainer"));
    }

    /**
     * Serves {@code in} and {@code out} (an editor's pipes: standard input and output) until the client
     * sends {@code exit} or closes the input, and returns the process exit code the protocol asks for:
     * 0 after an orderly shutdown, 1 otherwise.
     *
     * @param in the client's messages, usually standard input
     * @param out where the server's messages go, usually standard output
     * @return 0 after an orderly shutdown, 1 otherwise
     */
    public int serve(InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(this, in, out);
        connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // The input failed: the client has gone.
            }
            exited.complete(shutdown ? 0 : 1);
        });
        try {
            return exited.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            return 1;
        } finally {
            listening.cancel(true);
        }
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        CompletionOptions completion = new CompletionOptions();
        completion.setTriggerCharacters(List.of("\"", ":"));
        capabilities.setCompletionProvider(completion);
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setRenameProvider(new RenameOptions(false));
        capabilities.setCodeActionProvider(
                new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll)));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("curriculum")));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** {@return the bundled JSON Schema, for clients that cannot reach its {@code $id} address} */
    @JsonRequest(SCHEMA_REQUEST)
    public CompletableFuture<String> schema() {
        return CompletableFuture.completedFuture(CurriculumJson.schema());
    }

    /**
     * {@return a code's description and message template: the hover text when no richer explainer is given}
     *
     * @param code an issue code
     */
    public static String describe(IssueCode code) {
        return code.code() + " (default severity: " + code.defaultSeverity().code() + ")\n\n" + code.description()
                + "\n\nMessage: " + code.template().replace("''", "'") + "\n";
    }
}
