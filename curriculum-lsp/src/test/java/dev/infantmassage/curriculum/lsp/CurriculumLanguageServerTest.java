package dev.infantmassage.curriculum.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CurriculumLanguageServerTest {

    /** The body regions in teaching order (legs and feet first), with resting hands' whole body last. */
    private static final List<String> REGION_CODES = List.of(
            "legs-and-feet", "stomach", "chest", "arms-and-hands", "face", "back", "gentle-movements", "whole-body");

    private static final String URI = "file:///work/plan.curriculum.json";
    private static final String REFERENCE =
            new String(ReferenceCurricula.fiveWeekProgramJson(), StandardCharsets.UTF_8);

    private final EditorSession editor = EditorSession.start();

    @AfterEach
    void shutDown() {
        assertThat(editor.shutDown()).isZero();
    }

    @Test
    void open_misspeltProperty_publishesTheReadersFindingAtItsPosition() {
        String text = REFERENCE.replaceFirst("\"durationSeconds\"", "\"durationSecond\"");

        List<Diagnostic> diagnostics = editor.open(URI, text);

        Position key = position(text, text.indexOf("\"durationSecond\""));
        assertThat(diagnostics).anySatisfy(diagnostic -> {
            assertThat(diagnostic.getCode().getLeft()).isEqualTo("json.unknown-property");
            assertThat(diagnostic.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(diagnostic.getSource()).isEqualTo("curriculum");
            assertThat(diagnostic.getRange().getStart()).isEqualTo(key);
            assertThat(diagnostic.getRange().getEnd())
                    .isEqualTo(new Position(key.getLine(), key.getCharacter() + "\"durationSecond\"".length()));
            assertThat(diagnostic.getMessage()).contains("'durationSecond'", "did you mean 'durationSeconds'");
        });
    }

    @Test
    void change_fixesTheFile_clearsTheErrors() {
        editor.open(URI, REFERENCE.replaceFirst("\"region\": \"whole-body\"", "\"region\": \"whole-bod\""));

        List<Diagnostic> fixed = editor.change(URI, REFERENCE);

        assertThat(fixed).noneMatch(diagnostic -> diagnostic.getSeverity() == DiagnosticSeverity.Error);
    }

    @Test
    void edit_incrementalChanges_validateTheEditedText() {
        editor.open(URI, REFERENCE);
        int at = REFERENCE.indexOf("\"durationSeconds\"") + "\"durationSeconds".length() - 1;
        Range lastLetter = new Range(position(REFERENCE, at), position(REFERENCE, at + 1));

        List<Diagnostic> broken = editor.edit(URI, lastLetter, "");
        List<Diagnostic> mended = editor.edit(URI, new Range(lastLetter.getStart(), lastLetter.getStart()), "s");

        assertThat(broken).anySatisfy(d -> assertThat(d.getMessage()).contains("'durationSecond'"));
        assertThat(mended).noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error);
    }

    @Test
    void edit_afterTextBeyondTheBasicPlane_rangesCountUtf16CodeUnits() {
        String text = "{\"title\": {\"en\": \"Baby \uD83D\uDE00\"}, \"bogus\": 1}";
        editor.open(URI, text);
        int s = text.indexOf("bogus") + "bogu".length();

        List<Diagnostic> diagnostics = editor.edit(URI, new Range(new Position(0, s), new Position(0, s + 1)), "x");

        assertThat(diagnostics)
                .filteredOn(d -> d.getCode().getLeft().equals("json.unknown-property"))
                .singleElement()
                .satisfies(d -> assertThat(d.getMessage()).contains("'bogux'"));
    }

    @Test
    void open_textBeyondTheBasicPlane_columnsAreUtf16CodeUnits() {
        String text = "{\"title\": {\"en\": \"Baby \uD83D\uDE00 \u00e9\"}, \"bogus\": 1}";

        List<Diagnostic> diagnostics = editor.open(URI, text);

        assertThat(diagnostics)
                .filteredOn(d -> d.getCode().getLeft().equals("json.unknown-property"))
                .singleElement()
                .satisfies(
                        d -> assertThat(d.getRange().getStart()).isEqualTo(new Position(0, text.indexOf("\"bogus\""))));
    }

    @Test
    void completion_inAWeeksNewStrokes_offersTheStrokeIds() {
        String text =
                REFERENCE.replaceFirst("\"newStrokes\": \\[\n(\\s*)\"resting-hands\"", "\"newStrokes\": [\n$1\"\"");
        editor.open(URI, text);
        int at = text.indexOf("\"newStrokes\": [");
        int empty = text.indexOf("\"\"", at) + 1;

        List<CompletionItem> items = complete(text, empty);

        assertThat(items).extracting(CompletionItem::getLabel).contains("resting-hands", "legs-indian-milking");
        assertThat(items)
                .filteredOn(item -> item.getLabel().equals("resting-hands"))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.getDetail()).isEqualTo("Resting hands");
                    assertThat(item.getTextEdit().getLeft().getNewText()).isEqualTo("\"resting-hands\"");
                });
    }

    @Test
    void completion_propertyNamesRegionCodesAndLanguageTags_comeFromTheSchemaAndTheFile() {
        String text = REFERENCE.replaceFirst("\"region\": \"whole-body\"", "\"region\": \"\", \"\": 1");
        editor.open(URI, text);
        int region = text.indexOf("\"region\": \"\"") + "\"region\": \"".length();
        int name = text.indexOf(", \"\": 1") + 3;
        int language = text.indexOf("\"Resting hands\"");
        int languageKey = text.lastIndexOf("\"en\"", language) + 1;

        assertThat(complete(text, region)).extracting(CompletionItem::getLabel).containsExactlyElementsOf(REGION_CODES);
        assertThat(complete(text, name))
                .extracting(CompletionItem::getLabel)
                .contains("id", "name", "region", "direction", "steps", "durationSeconds", "sources");
        assertThat(complete(text, languageKey))
                .extracting(CompletionItem::getLabel)
                .containsExactly("en", "es");
    }

    @Test
    void hover_onAStrokeReference_showsItsNameRegionAndSteps() {
        editor.open(URI, REFERENCE);
        int at = REFERENCE.indexOf("\"stroke\": \"resting-hands\"") + "\"stroke\": \"".length() + 2;

        Hover hover = editor.server()
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(URI), position(REFERENCE, at)))
                .join();

        String markdown = hover.getContents().getRight().getValue();
        assertThat(markdown)
                .contains(
                        "Resting hands",
                        "Region: `whole\\-body`",
                        "1. Lay your relaxed hands still on the part of the body");
    }

    @Test
    void hover_onAFinding_showsTheExplanationOfItsCode() {
        String text = REFERENCE.replaceFirst("\"durationSeconds\"", "\"durationSecond\"");
        editor.open(URI, text);

        Hover hover = editor.server()
                .getTextDocumentService()
                .hover(new HoverParams(
                        new TextDocumentIdentifier(URI), position(text, text.indexOf("\"durationSecond\"") + 3)))
                .join();

        assertThat(hover.getContents().getRight().getValue())
                .contains("json.unknown-property (default severity: error)", "Properties of your own are allowed");
    }

    @Test
    void definition_fromARoutineStep_isTheStrokesId() {
        editor.open(URI, REFERENCE);
        int at = REFERENCE.indexOf("\"stroke\": \"resting-hands\"") + "\"stroke\": \"".length() + 1;

        List<? extends Location> locations = editor.server()
                .getTextDocumentService()
                .definition(new DefinitionParams(new TextDocumentIdentifier(URI), position(REFERENCE, at)))
                .join()
                .getLeft();

        int id = REFERENCE.indexOf("\"id\": \"resting-hands\"") + "\"id\": ".length();
        assertThat(locations)
                .singleElement()
                .satisfies(location -> assertThat(location.getRange())
                        .isEqualTo(new Range(
                                position(REFERENCE, id), position(REFERENCE, id + "\"resting-hands\"".length()))));
    }

    @Test
    void references_ofAStrokeId_areEveryWeekAndRoutineThatUsesIt() {
        editor.open(URI, REFERENCE);
        int id = REFERENCE.indexOf("\"id\": \"resting-hands\"") + "\"id\": ".length() + 1;

        List<? extends Location> references = editor.server()
                .getTextDocumentService()
                .references(new ReferenceParams(
                        new TextDocumentIdentifier(URI), position(REFERENCE, id), new ReferenceContext(false)))
                .join();

        // Every "resting-hands" string in the file except the id itself and the stroke's own "role".
        int expected = count(REFERENCE, "\"resting-hands\"") - 2;
        assertThat(references).hasSize(expected);
    }

    @Test
    void rename_aStrokeId_editsEveryOccurrenceAndTheFileStaysValid() {
        editor.open(URI, REFERENCE);
        int id = REFERENCE.indexOf("\"id\": \"resting-hands\"") + "\"id\": ".length() + 1;

        WorkspaceEdit edit = editor.server()
                .getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(URI), position(REFERENCE, id), "still-hands"))
                .join();

        List<TextEdit> edits = edit.getChanges().get(URI);
        assertThat(edits).hasSize(count(REFERENCE, "\"resting-hands\"") - 1);
        String renamed = apply(REFERENCE, edits);
        assertThat(renamed).contains("\"id\": \"still-hands\"", "\"role\": \"resting-hands\"");
        assertThat(editor.change(URI, renamed)).noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error);
    }

    @Test
    void codeAction_onAMisspeltProperty_replacesItWithTheSuggestion() {
        String text = REFERENCE.replaceFirst("\"durationSeconds\"", "\"durationSecond\"");
        Diagnostic finding = editor.open(URI, text).stream()
                .filter(d -> d.getCode().getLeft().equals("json.unknown-property"))
                .findFirst()
                .orElseThrow();

        List<Either<Command, CodeAction>> actions = editor.server()
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(URI), finding.getRange(), new CodeActionContext(List.of(finding))))
                .join();

        CodeAction action = actions.stream().map(Either::getRight).findFirst().orElseThrow();
        assertThat(action.getTitle()).isEqualTo("Replace 'durationSecond' with 'durationSeconds'");
        assertThat(apply(text, action.getEdit().getChanges().get(URI))).isEqualTo(REFERENCE);
    }

    @Test
    void completion_inAContraindicationsImplies_offersTheContraindicationIds() {
        String text = REFERENCE.replaceFirst("\"implies\": \\[\n(\\s*)\"immunisation\"", "\"implies\": [\n$1\"\"");
        editor.open(URI, text);
        int empty = text.indexOf("\"\"", text.indexOf("\"implies\": [")) + 1;

        List<CompletionItem> items = complete(text, empty);

        assertThat(items).extracting(CompletionItem::getLabel).contains("immunisation", "fever", "immunisation-site");
        assertThat(items).extracting(CompletionItem::getKind).containsOnly(CompletionItemKind.Reference);
    }

    @Test
    void completion_inAStrokesContactRegions_offersTheRegionCodes() {
        String text = REFERENCE.replaceFirst(
                "\"contactRegions\": \\[\n(\\s*)\"legs-and-feet\"", "\"contactRegions\": [\n$1\"\"");
        editor.open(URI, text);
        int empty = text.indexOf("\"\"", text.indexOf("\"contactRegions\": [")) + 1;

        assertThat(complete(text, empty)).extracting(CompletionItem::getLabel).containsExactlyElementsOf(REGION_CODES);
    }

    @Test
    void codeAction_fixAll_makesEverySafeFix_andLeavesSuggestions() {
        String text = REFERENCE
                .replace("\"durationSeconds\"", "\"durationSecond\"")
                .replaceFirst("\"region\": \"stomach\"", "\"region\": \"Stomach\"");
        String withSuggestion = text.replaceFirst("\"stroke\": \"resting-hands\"", "\"stroke\": \"resting-hand\"");
        assertThat(withSuggestion).isNotEqualTo(text);
        editor.open(URI, withSuggestion);

        List<CodeAction> actions = editor
                .server()
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(URI),
                        new Range(new Position(0, 0), new Position(0, 0)),
                        new CodeActionContext(List.of(), List.of("source.fixAll"))))
                .join()
                .stream()
                .map(Either::getRight)
                .toList();

        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.getKind()).isEqualTo("source.fixAll");
            assertThat(action.getTitle()).startsWith("Make all ").endsWith(" safe fixes");
            String fixed = apply(withSuggestion, action.getEdit().getChanges().get(URI));
            assertThat(fixed)
                    .isEqualTo(REFERENCE.replaceFirst("\"stroke\": \"resting-hands\"", "\"stroke\": \"resting-hand\""));
        });
    }

    @Test
    void codeAction_quickFixesOnly_offersNoFixAll() {
        String text = REFERENCE.replaceFirst("\"durationSeconds\"", "\"durationSecond\"");
        editor.open(URI, text);

        List<Either<Command, CodeAction>> actions = editor.server()
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(URI),
                        new Range(new Position(0, 0), new Position(0, 0)),
                        new CodeActionContext(List.of(), List.of("quickfix"))))
                .join();

        assertThat(actions).isEmpty();
    }

    @Test
    void codeAction_onAnUnresolvedStrokeReference_replacesItWithTheNearestStrokeId() {
        String text = REFERENCE.replaceFirst(
                "\"reviewStrokes\": \\[\n(\\s*)\"resting-hands\"", "\"reviewStrokes\": [\n$1\"resting-hand\"");
        Diagnostic finding = editor.open(URI, text).stream()
                .filter(d -> d.getCode().getLeft().equals("reference.unresolved"))
                .findFirst()
                .orElseThrow();

        List<CodeAction> actions = actions(finding);

        assertThat(actions).first().satisfies(action -> {
            assertThat(action.getTitle()).isEqualTo("Replace 'resting-hand' with 'resting-hands'");
            assertThat(action.getIsPreferred()).isTrue();
            assertThat(action.getDiagnostics()).containsExactly(finding);
            assertThat(apply(text, action.getEdit().getChanges().get(URI))).isEqualTo(REFERENCE);
        });
    }

    @Test
    void codeAction_onAnUnknownRegionCode_replacesItWithTheNearestCode() {
        String text = REFERENCE.replaceFirst("\"region\": \"whole-body\"", "\"region\": \"whole-bod\"");
        Diagnostic finding = editor.open(URI, text).stream()
                .filter(d -> d.getCode().getLeft().equals("json.unknown-value"))
                .findFirst()
                .orElseThrow();

        List<CodeAction> actions = actions(finding);

        assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Replace 'whole-bod' with 'whole-body'");
        assertThat(apply(text, actions.get(0).getEdit().getChanges().get(URI))).isEqualTo(REFERENCE);
    }

    @Test
    void codeAction_controlCharacterInTheName_titleShowsItEscaped() {
        String text = REFERENCE.replaceFirst("\"durationSeconds\"", "\"duration\\\\u0007Seconds\"");
        Diagnostic finding = editor.open(URI, text).stream()
                .filter(d -> d.getCode().getLeft().equals("json.unknown-property"))
                .findFirst()
                .orElseThrow();

        List<CodeAction> actions = actions(finding);

        assertThat(actions)
                .extracting(CodeAction::getTitle)
                .containsExactly("Replace 'duration\\u0007Seconds' with 'durationSeconds'");
        assertThat(apply(text, actions.get(0).getEdit().getChanges().get(URI))).isEqualTo(REFERENCE);
    }

    @Test
    void codeAction_onAFindingWithoutAFix_offersNothing() {
        String text = REFERENCE.replaceFirst("\"region\": \"whole-body\"", "\"region\": \"zzzzzzzz\"");
        Diagnostic finding = editor.open(URI, text).stream()
                .filter(d -> d.getCode().getLeft().equals("json.unknown-value"))
                .findFirst()
                .orElseThrow();

        assertThat(actions(finding)).isEmpty();
    }

    @Test
    void schemaRequest_servesTheBundledSchemaWithoutANetwork() {
        String schema = editor.server().schema().join();

        assertThat(schema)
                .contains("\"$id\"", "https://infantmassage.dev/schema/curriculum-1.json", "\"localizedText\"");
    }

    /** The quick fixes offered for {@code finding}; the document's fix-all action is tested on its own. */
    private List<CodeAction> actions(Diagnostic finding) {
        return editor
                .server()
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(URI), finding.getRange(), new CodeActionContext(List.of(finding))))
                .join()
                .stream()
                .map(Either::getRight)
                .filter(action -> action.getKind().equals("quickfix"))
                .toList();
    }

    private List<CompletionItem> complete(String text, int offset) {
        return editor.server()
                .getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(URI), position(text, offset)))
                .join()
                .getRight()
                .getItems();
    }

    static Position position(String text, int offset) {
        int line = 0;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return new Position(line, offset - start);
    }

    private static int offset(String text, Position position) {
        int line = 0;
        int i = 0;
        while (line < position.getLine()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        return i + position.getCharacter();
    }

    private static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(
                Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                        .thenComparing(e -> e.getRange().getStart().getCharacter())
                        .reversed());
        StringBuilder result = new StringBuilder(text);
        for (TextEdit edit : ordered) {
            result.replace(
                    offset(text, edit.getRange().getStart()),
                    offset(text, edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return result.toString();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
