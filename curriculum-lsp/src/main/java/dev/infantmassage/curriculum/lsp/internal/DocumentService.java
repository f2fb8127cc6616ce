package dev.infantmassage.curriculum.lsp.internal;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.FileCheck;
import dev.infantmassage.curriculum.json.FixResult;
import dev.infantmassage.curriculum.json.ProjectConfig;
import dev.infantmassage.curriculum.json.Suppressions;
import dev.infantmassage.curriculum.validation.FixKind;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.Suggestions;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;

/** The open documents: each change re-reads and re-validates the whole text, as {@code validate} does. */
public final class DocumentService implements TextDocumentService {
    private static final String SOURCE = "curriculum";
    private static final Pattern SUGGESTION = Pattern.compile("did you mean '(.+)'\\?");

    private final CurriculumJson json;
    private final ValidationOptions options;
    private final Function<IssueCode, String> explainer;
    private final Schema schema = Schema.bundled();
    private final Map<String, Document> open = new ConcurrentHashMap<>();
    private final Map<ValidationOptions, CurriculumJson> facades = new ConcurrentHashMap<>();
    private volatile Optional<LanguageClient> client = Optional.empty();

    public DocumentService(CurriculumJson json, ValidationOptions options, Function<IssueCode, String> explainer) {
        this.json = json;
        this.options = options;
        this.explainer = explainer;
    }

    public void connect(LanguageClient connected) {
        client = Optional.of(connected);
    }

    /**
     * An open document: its text, outline and findings, each finding with the range it is shown at. The
     * outline is made when a request first needs it, not on every keystroke.
     */
    private record Document(String uri, String text, LazyOutline lazyOutline, LineMap lines, List<Finding> findings) {
        JsonOutline outline() {
            return lazyOutline.get();
        }

        Position position(int offset) {
            return new Position(lines.line(offset), lines.column(offset));
        }

        Range range(JsonOutline.Token token) {
            return new Range(position(token.start()), position(token.end()));
        }

        int offset(Position position) {
            return lines.offset(position.getLine(), position.getCharacter());
        }
    }

    private record Finding(Issue issue, Diagnostic diagnostic) {}

    private static final class LazyOutline {
        private final String text;
        private volatile @Nullable JsonOutline outline;

        LazyOutline(String text) {
            this.text = text;
        }

        JsonOutline get() {
            JsonOutline made = outline;
            if (made == null) {
                made = JsonOutline.of(text);
                outline = made;
            }
            return made;
        }
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        update(params.getTextDocument().getUri(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes.isEmpty()) {
            return;
        }
        String text = document(uri).map(Document::text).orElse("");
        for (TextDocumentContentChangeEvent change : changes) {
            text = applied(text, change);
        }
        update(uri, text);
    }

    /**
     * {@code text} after one change: the whole new text, or (incremental synchronisation) the change's
     * text in place of its range, whose positions count UTF-16 code units as LSP's do.
     */
    static String applied(String text, TextDocumentContentChangeEvent change) {
        Range range = change.getRange();
        if (range == null) {
            return change.getText();
        }
        LineMap lines = LineMap.of(text);
        int start = lines.offset(range.getStart().getLine(), range.getStart().getCharacter());
        int end = Math.max(
                start, lines.offset(range.getEnd().getLine(), range.getEnd().getCharacter()));
        return text.substring(0, start) + change.getText() + text.substring(end);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        client.ifPresent(connected -> connected.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Every change is validated already.
    }

    private void update(String uri, String text) {
        LazyOutline outline = new LazyOutline(text);
        LineMap lines = LineMap.of(text);
        Governing governing = file(uri).map(DocumentService::governing).orElse(Governing.NONE);
        List<Issue> issues = check(uri, text.getBytes(StandardCharsets.UTF_8), governing.config());
        List<Finding> findings = new ArrayList<>(issues.size());
        Document partial = new Document(uri, text, outline, lines, List.of());
        for (Issue issue : issues) {
            findings.add(new Finding(issue, diagnostic(issue, partial)));
        }
        Document document = new Document(uri, text, outline, lines, List.copyOf(findings));
        open.put(uri, document);
        List<Diagnostic> diagnostics = new ArrayList<>(configProblem(governing));
        findings.forEach(finding -> diagnostics.add(finding.diagnostic()));
        client.ifPresent(
                connected -> connected.publishDiagnostics(new PublishDiagnosticsParams(uri, List.copyOf(diagnostics))));
    }

    /**
     * The findings {@code validate} reports for the document: for a file, judged by the nearest project
     * config (nothing when its {@code exclude} leaves the file out) and its suppressions, with the
     * server's own options over the config's.
     */
    private List<Issue> check(String uri, byte[] bytes, ProjectConfig config) {
        Optional<Path> file = file(uri);
        if (file.isPresent() && config.excludes(file.get(), false)) {
            return List.of();
        }
        FileCheck check = fileCheck(file, config);
        return check.check(facade(check), bytes, name(uri)).reported();
    }

    private FileCheck fileCheck(Optional<Path> file, ProjectConfig config) {
        return file.map(path -> FileCheck.of(config, path, options, LocalDate.now()))
                .orElseGet(() -> FileCheck.of(
                        config.options().overriddenBy(options), Suppressions.of(List.of(), LocalDate.now())));
    }

    private CurriculumJson facade(FileCheck check) {
        return facades.computeIfAbsent(
                check.options(),
                wanted -> wanted.equals(json.validationOptions())
                        ? json
                        : CurriculumJson.builder()
                                .limits(json.limits())
                                .validationOptions(wanted)
                                .build());
    }

    /**
     * Every safe fix of the document at once, as {@code curriculum fix} makes them (the project config's
     * options apply): empty when there is none, or when the config leaves the file out.
     */
    private Optional<CodeAction> fixAll(Document document) {
        Optional<Path> file = file(document.uri());
        ProjectConfig config = file.map(DocumentService::config).orElse(ProjectConfig.none());
        if (file.isPresent() && config.excludes(file.get(), false)) {
            return Optional.empty();
        }
        FixResult fixed = facade(fileCheck(file, config))
                .fix(document.text().getBytes(StandardCharsets.UTF_8), name(document.uri()));
        if (!fixed.changed()) {
            return Optional.empty();
        }
        int count = fixed.fixes().size();
        CodeAction action = new CodeAction("Make " + (count == 1 ? "the safe fix" : "all " + count + " safe fixes"));
        action.setKind(CodeActionKind.SourceFixAll);
        Range whole =
                new Range(new Position(0, 0), document.position(document.text().length()));
        action.setEdit(new WorkspaceEdit(Map.of(
                document.uri(), List.of(new TextEdit(whole, new String(fixed.fixed(), StandardCharsets.UTF_8))))));
        return Optional.of(action);
    }

    private static Optional<Path> file(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The project config that governs a file, and what is wrong with it: a config that cannot be read
     * is not applied, and one with problems applies what it could read. Either way the editor says so
     * at the top of the file, since {@code validate} would refuse to run.
     */
    private record Governing(ProjectConfig config, Optional<String> problem) {
        static final Governing NONE = new Governing(ProjectConfig.none(), Optional.empty());
    }

    /** The nearest project config above {@code file}, read anew so an edit to it counts. */
    private static Governing governing(Path file) {
        Path directory = file.toAbsolutePath().normalize().getParent();
        Optional<Path> found = directory == null ? Optional.empty() : ProjectConfig.find(directory);
        if (found.isEmpty()) {
            return Governing.NONE;
        }
        try {
            ProjectConfig config = ProjectConfig.read(found.get());
            Optional<String> problem = config.issues().stream()
                    .findFirst()
                    .map(first -> "The project config '" + found.get() + "' has "
                            + (config.issues().size() == 1
                                    ? "a problem"
                                    : config.issues().size() + " problems")
                            + ", so some of its settings are not applied: " + first.getMessage() + " ["
                            + first.getCode().code() + "] at line "
                            + first.getLine().orElse(1)
                            + "; 'curriculum validate' lists them all");
            return new Governing(config, problem);
        } catch (java.io.UncheckedIOException e) {
            return new Governing(
                    ProjectConfig.none(),
                    Optional.of("The project config '" + found.get() + "' cannot be read ("
                            + String.valueOf(e.getCause().getMessage())
                            + "), so this file is checked without it"));
        }
    }

    private static ProjectConfig config(Path file) {
        return governing(file).config();
    }

    /** The diagnostic at the top of the file that says its project config is not (all) applied. */
    private static List<Diagnostic> configProblem(Governing governing) {
        return governing
                .problem()
                .map(problem -> List.of(new Diagnostic(
                        new Range(new Position(0, 0), new Position(0, 0)),
                        problem,
                        DiagnosticSeverity.Warning,
                        SOURCE,
                        IssueCode.JSON_UNREADABLE.code())))
                .orElse(List.of());
    }

    private static String name(String uri) {
        int slash = uri.lastIndexOf('/');
        return slash >= 0 ? uri.substring(slash + 1) : uri;
    }

    private static Diagnostic diagnostic(Issue issue, Document document) {
        int line = issue.getLine().orElse(1) - 1;
        int column = issue.getColumn().orElse(1) - 1;
        int start = document.lines().offset(line, column);
        int end = JsonOutline.stringEnd(document.text(), start)
                .orElse(Math.min(start + 1, document.lines().lineEnd(line, document.text())));
        Range range = new Range(
                new Position(line, column), end > start ? document.position(end) : new Position(line, column));
        Diagnostic diagnostic = new Diagnostic(
                range,
                issue.getMessage(),
                severity(issue.getSeverity()),
                SOURCE,
                issue.getCode().code());
        return diagnostic;
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    private Optional<Document> document(String uri) {
        return Optional.ofNullable(open.get(uri));
    }

    // ----- completion

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        List<CompletionItem> items = document(params.getTextDocument().getUri())
                .map(document -> completions(document, document.offset(params.getPosition())))
                .orElse(List.of());
        return CompletableFuture.completedFuture(Either.forRight(new CompletionList(false, items)));
    }

    private List<CompletionItem> completions(Document document, int offset) {
        JsonOutline.Context context = document.outline().contextAt(offset);
        List<CompletionItem> items = new ArrayList<>();
        if (context.key()) {
            if (schema.isLocalizedText(context.path())) {
                for (String language : declaredLanguages(document.outline())) {
                    items.add(item(
                            language,
                            CompletionItemKind.Property,
                            "Language tag the curriculum declares",
                            context,
                            document,
                            offset));
                }
            } else {
                for (Schema.Property property : schema.properties(context.path())) {
                    CompletionItem item =
                            item(property.name(), CompletionItemKind.Property, null, context, document, offset);
                    item.setDocumentation(property.description());
                    items.add(item);
                }
            }
            return items;
        }
        Optional<Ids> expected = Ids.expected(context.path());
        if (expected.isPresent()) {
            for (JsonOutline.Token definition : expected.get().definitions(document.outline())) {
                items.add(item(
                        definition.value(),
                        CompletionItemKind.Reference,
                        label(expected.get(), definition, document.outline()).orElse(null),
                        context,
                        document,
                        offset));
            }
            return items;
        }
        for (String code : schema.codes(context.path())) {
            items.add(item(code, CompletionItemKind.EnumMember, null, context, document, offset));
        }
        return items;
    }

    private static CompletionItem item(
            String label,
            CompletionItemKind kind,
            @Nullable String detail,
            JsonOutline.Context context,
            Document document,
            int offset) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        if (detail != null) {
            item.setDetail(detail);
        }
        String quoted = quote(label);
        Range range = context.token()
                .map(document::range)
                .orElseGet(() -> new Range(document.position(offset), document.position(offset)));
        item.setTextEdit(Either.forLeft(new TextEdit(range, quoted)));
        item.setFilterText(quoted);
        return item;
    }

    private static Set<String> declaredLanguages(JsonOutline outline) {
        Set<String> languages = new LinkedHashSet<>();
        for (JsonOutline.Token token : outline.tokens()) {
            String pattern = token.pattern();
            if (!token.key() && (pattern.equals("defaultLanguage") || pattern.equals("languages/*"))) {
                languages.add(token.value());
            }
        }
        return languages;
    }

    private static String defaultLanguage(JsonOutline outline) {
        return declaredLanguages(outline).stream().findFirst().orElse("en");
    }

    /** The entry's name in the default language, for the entry whose id is {@code definition}. */
    private static Optional<String> label(Ids ids, JsonOutline.Token definition, JsonOutline outline) {
        List<String> entry = definition.path().subList(0, definition.path().size() - 1);
        String property = ids == Ids.CONTRAINDICATION ? "condition" : ids == Ids.SOURCE ? "title" : "name";
        return field(outline, entry, property, defaultLanguage(outline));
    }

    private static Optional<String> field(JsonOutline outline, List<String> entry, String property, String language) {
        List<JsonOutline.Token> values = values(outline, entry, property);
        for (JsonOutline.Token value : values) {
            if (value.path().size() == entry.size() + 1
                    || value.path().get(entry.size() + 1).equals(language)) {
                return Optional.of(value.value());
            }
        }
        return values.stream().findFirst().map(JsonOutline.Token::value);
    }

    private static List<JsonOutline.Token> values(JsonOutline outline, List<String> entry, String property) {
        List<String> prefix = new ArrayList<>(entry);
        prefix.add(property);
        return outline.tokens().stream()
                .filter(token -> !token.key()
                        && token.path().size() >= prefix.size()
                        && token.path().subList(0, prefix.size()).equals(prefix))
                .toList();
    }

    // ----- hover

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Hover hover = document(params.getTextDocument().getUri())
                .flatMap(document -> hover(document, params.getPosition()))
                .orElse(null);
        return CompletableFuture.completedFuture(hover);
    }

    private Optional<Hover> hover(Document document, Position position) {
        int offset = document.offset(position);
        StringBuilder text = new StringBuilder();
        Set<IssueCode> codes = new LinkedHashSet<>();
        for (Finding finding : document.findings()) {
            if (covers(finding.diagnostic().getRange(), position)) {
                codes.add(finding.issue().getCode());
            }
        }
        for (IssueCode code : codes) {
            text.append("```text\n").append(explainer.apply(code).strip()).append("\n```\n\n");
        }
        Optional<JsonOutline.Token> token = document.outline().tokenAt(offset);
        if (token.isPresent()) {
            Optional<Ids> ids = Ids.of(token.get());
            if (ids.isPresent()) {
                entryHover(ids.get(), token.get().value(), document.outline()).ifPresent(text::append);
            } else if (token.get().key()) {
                schema.description(token.get().path()).ifPresent(text::append);
            }
        }
        if (text.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString().strip())));
    }

    private static boolean covers(Range range, Position position) {
        return compare(range.getStart(), position) <= 0
                && (compare(position, range.getEnd()) < 0
                        || range.getStart().equals(range.getEnd())
                                && range.getStart().equals(position));
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine()
                ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    private static Optional<String> entryHover(Ids ids, String id, JsonOutline outline) {
        Optional<JsonOutline.Token> definition = ids.definitions(outline).stream()
                .filter(token -> token.value().equals(id))
                .findFirst();
        if (definition.isEmpty()) {
            return Optional.of("No entry in `" + ids.catalogue() + "` has the id `" + markdown(id) + "`");
        }
        List<String> entry =
                definition.get().path().subList(0, definition.get().path().size() - 1);
        String language = defaultLanguage(outline);
        StringBuilder text = new StringBuilder();
        text.append("**")
                .append(markdown(label(ids, definition.get(), outline).orElse(id)))
                .append("** `")
                .append(markdown(id))
                .append("`");
        if (ids == Ids.STROKE) {
            field(outline, entry, "region", language)
                    .ifPresent(region -> text.append("\n\nRegion: `")
                            .append(markdown(region))
                            .append('`'));
            Map<String, String> steps = new LinkedHashMap<>();
            for (JsonOutline.Token step : values(outline, entry, "steps")) {
                if (step.path().size() == entry.size() + 3
                        && step.path().get(entry.size() + 2).equals(language)) {
                    steps.put(step.path().get(entry.size() + 1), step.value());
                }
            }
            if (!steps.isEmpty()) {
                text.append("\n\nSteps:\n");
                int number = 1;
                for (String step : steps.values()) {
                    text.append('\n').append(number++).append(". ").append(markdown(step));
                }
            }
        }
        return Optional.of(text.toString());
    }

    /**
     * Author text made inert in Markdown: every punctuation character that Markdown reads is escaped, and
     * control characters are shown as {@code \\uXXXX}.
     */
    static String markdown(String text) {
        String printable = printable(text);
        StringBuilder escaped = new StringBuilder(printable.length());
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            if ("\\`*_{}[]()#+-.!|<>&~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Author text for a line of plain text, such as a code action's title: control characters as {@code \\uXXXX}. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    // ----- definition, references, rename

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        List<Location> locations = document(params.getTextDocument().getUri())
                .map(document -> idAt(document, params.getPosition())
                        .map(found -> found.ids().definitions(document.outline()).stream()
                                .filter(token ->
                                        token.value().equals(found.token().value()))
                                .map(token -> new Location(document.uri(), document.range(token)))
                                .toList())
                        .orElse(List.of()))
                .orElse(List.of());
        return CompletableFuture.completedFuture(Either.forLeft(locations));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean declarations =
                params.getContext() != null && params.getContext().isIncludeDeclaration();
        List<Location> locations = document(params.getTextDocument().getUri())
                .map(document -> idAt(document, params.getPosition())
                        .map(found -> found
                                .ids()
                                .occurrences(document.outline(), found.token().value())
                                .stream()
                                .filter(token -> declarations || !found.ids().defines(token))
                                .map(token -> new Location(document.uri(), document.range(token)))
                                .toList())
                        .orElse(List.of()))
                .orElse(List.of());
        return CompletableFuture.completedFuture(locations);
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        WorkspaceEdit edit = document(params.getTextDocument().getUri())
                .flatMap(document -> idAt(document, params.getPosition()).map(found -> {
                    List<TextEdit> edits = found
                            .ids()
                            .occurrences(document.outline(), found.token().value())
                            .stream()
                            .map(token -> new TextEdit(document.range(token), quote(params.getNewName())))
                            .toList();
                    return new WorkspaceEdit(Map.of(document.uri(), edits));
                }))
                .orElse(null);
        return CompletableFuture.completedFuture(edit);
    }

    private record IdAt(Ids ids, JsonOutline.Token token) {}

    private static Optional<IdAt> idAt(Document document, Position position) {
        return document.outline()
                .tokenAt(document.offset(position))
                .flatMap(token -> Ids.of(token).map(ids -> new IdAt(ids, token)));
    }

    // ----- code actions

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        document(params.getTextDocument().getUri()).ifPresent(document -> {
            for (Finding finding : document.findings()) {
                Range range = finding.diagnostic().getRange();
                if (!overlaps(range, params.getRange())) {
                    continue;
                }
                document.outline()
                        .tokenStartingAt(document.offset(range.getStart()))
                        .ifPresent(token -> {
                            List<String> replacements = replacements(finding.issue(), token, document.outline());
                            for (int i = 0; i < replacements.size(); i++) {
                                String replacement = replacements.get(i);
                                CodeAction action = new CodeAction("Replace '" + printable(token.value()) + "' with '"
                                        + printable(replacement) + "'");
                                action.setKind(CodeActionKind.QuickFix);
                                action.setDiagnostics(List.of(finding.diagnostic()));
                                action.setIsPreferred(i == 0);
                                action.setEdit(new WorkspaceEdit(Map.of(
                                        document.uri(),
                                        List.of(new TextEdit(document.range(token), quote(replacement))))));
                                actions.add(Either.forRight(action));
                            }
                        });
            }
            // Editors ask for actions on every cursor move: fixing is only tried when a finding has a safe fix.
            boolean fixable = document.findings().stream()
                    .anyMatch(finding -> finding.issue().getCode().fixKind() == FixKind.SAFE);
            if (fixable && wanted(params, CodeActionKind.SourceFixAll)) {
                fixAll(document).ifPresent(action -> actions.add(Either.forRight(action)));
            }
        });
        return CompletableFuture.completedFuture(actions);
    }

    /** Whether the client asks for actions of {@code kind}: it names no kinds, or the kind or one above it. */
    private static boolean wanted(CodeActionParams params, String kind) {
        List<String> only =
                params.getContext() == null ? null : params.getContext().getOnly();
        return only == null
                || only.isEmpty()
                || only.stream().anyMatch(asked -> kind.equals(asked) || kind.startsWith(asked + "."));
    }

    /**
     * What may replace {@code token}, the string a finding starts at, best first: the reader's suggestion
     * for a misspelt property; for an id that nothing defines, the nearest ids of its catalogue; for a code
     * the format does not have, the nearest codes the schema allows there.
     */
    private List<String> replacements(Issue issue, JsonOutline.Token token, JsonOutline outline) {
        IssueCode code = issue.getCode();
        if (code == IssueCode.JSON_UNKNOWN_PROPERTY && token.key()) {
            return suggestion(issue).map(List::of).orElse(List.of());
        }
        if (token.key()) {
            return List.of();
        }
        if (code == IssueCode.REFERENCE_UNRESOLVED || code == IssueCode.CONTRAINDICATION_IMPLIES_UNRESOLVED) {
            return Ids.of(token)
                    .map(ids -> Suggestions.closest(
                            token.value(),
                            ids.definitions(outline).stream()
                                    .map(JsonOutline.Token::value)
                                    .distinct()
                                    .toList()))
                    .orElse(List.of());
        }
        if (code == IssueCode.JSON_UNKNOWN_VALUE) {
            return Suggestions.closest(token.value(), schema.codes(token.path()));
        }
        return List.of();
    }

    /** The name the reader suggests for a misspelt property, from the finding's last argument. */
    private static Optional<String> suggestion(Issue issue) {
        if (issue.getArguments().isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher =
                SUGGESTION.matcher(issue.getArguments().get(issue.getArguments().size() - 1));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean overlaps(Range a, Range b) {
        return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
    }

    /** {@code value} as a JSON string literal. */
    static String quote(String value) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsCharArray(value)) + '"';
    }

    /** The workspace side: nothing to do, every document is checked on its own. */
    public static final class NoWorkspace implements WorkspaceService {
        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams params) {
            // No settings yet: options come from the command line.
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
            // Only open documents are checked.
        }
    }
}
