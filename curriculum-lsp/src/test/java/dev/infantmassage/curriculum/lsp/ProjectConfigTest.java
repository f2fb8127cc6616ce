package dev.infantmassage.curriculum.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server judges a file as {@code curriculum validate} does: by the nearest {@code curriculum.config.json}
 * above it (rules, per-glob overrides, excludes, suppressions) and by the document's {@code x-suppress}.
 */
class ProjectConfigTest {
    private static final String SHORT_WEEK = "week.session-length.unusual";
    private static final String REFERENCE =
            new String(ReferenceCurricula.fiveWeekProgramJson(), StandardCharsets.UTF_8);
    /** The reference with week 1 lasting 30 minutes: one {@code week.session-length.unusual} warning. */
    private static final String SHORT = REFERENCE.replaceFirst("\"sessionMinutes\": 60,", "\"sessionMinutes\": 30,");

    @TempDir
    Path project;

    private final EditorSession editor = EditorSession.start();

    @AfterEach
    void shutDown() {
        assertThat(editor.shutDown()).isZero();
    }

    private String uri(Path file) {
        return file.toUri().toString();
    }

    private List<Diagnostic> shortWeek(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .filter(diagnostic -> SHORT_WEEK.equals(diagnostic.getCode().getLeft()))
                .toList();
    }

    @Test
    void noConfig_shortWeek_isAWarning() {
        List<Diagnostic> diagnostics = editor.open(uri(project.resolve("class.curriculum.json")), SHORT);

        assertThat(shortWeek(diagnostics))
                .singleElement()
                .extracting(Diagnostic::getSeverity)
                .isEqualTo(DiagnosticSeverity.Warning);
    }

    @Test
    void configRaisingTheCode_makesItAnError() throws Exception {
        Files.writeString(
                project.resolve("curriculum.config.json"), "{\"rules\": {\"" + SHORT_WEEK + "\": \"error\"}}");
        Path nested = Files.createDirectories(project.resolve("content/week1"));

        List<Diagnostic> diagnostics = editor.open(uri(nested.resolve("class.curriculum.json")), SHORT);

        assertThat(shortWeek(diagnostics))
                .singleElement()
                .extracting(Diagnostic::getSeverity)
                .isEqualTo(DiagnosticSeverity.Error);
    }

    @Test
    void configTurningTheCodeOff_hidesIt() throws Exception {
        Files.writeString(project.resolve("curriculum.config.json"), "{\"rules\": {\"" + SHORT_WEEK + "\": \"off\"}}");

        List<Diagnostic> diagnostics = editor.open(uri(project.resolve("class.curriculum.json")), SHORT);

        assertThat(shortWeek(diagnostics)).isEmpty();
    }

    @Test
    void overrideForAGlob_appliesOnlyToMatchingFiles() throws Exception {
        Files.writeString(
                project.resolve("curriculum.config.json"),
                "{\"overrides\": [{\"files\": [\"legacy/**\"], \"rules\": {\"" + SHORT_WEEK + "\": \"info\"}}]}");
        Path legacy = Files.createDirectories(project.resolve("legacy"));

        assertThat(shortWeek(editor.open(uri(legacy.resolve("old.curriculum.json")), SHORT)))
                .singleElement()
                .extracting(Diagnostic::getSeverity)
                .isEqualTo(DiagnosticSeverity.Information);
        assertThat(shortWeek(editor.open(uri(project.resolve("new.curriculum.json")), SHORT)))
                .singleElement()
                .extracting(Diagnostic::getSeverity)
                .isEqualTo(DiagnosticSeverity.Warning);
    }

    @Test
    void excludedFile_getsNoDiagnostics() throws Exception {
        Files.writeString(project.resolve("curriculum.config.json"), "{\"exclude\": [\"drafts/\"]}");
        Path drafts = Files.createDirectories(project.resolve("drafts"));

        assertThat(editor.open(uri(drafts.resolve("idea.curriculum.json")), "{\"id\": "))
                .isEmpty();
    }

    @Test
    void inDocumentSuppression_hidesTheFinding() {
        String suppressed = SHORT.replaceFirst(
                "\"sessionMinutes\": 30,",
                "\"x-suppress\": [{\"code\": \"" + SHORT_WEEK + "\", \"reason\": \"a 30-minute trial class\"}],\n"
                        + "        \"sessionMinutes\": 30,");

        List<Diagnostic> diagnostics = editor.open(uri(project.resolve("class.curriculum.json")), suppressed);

        assertThat(shortWeek(diagnostics)).isEmpty();
        assertThat(diagnostics)
                .noneMatch(diagnostic -> diagnostic.getCode().getLeft().startsWith("suppression."));
    }

    @Test
    void configSuppression_hidesTheFinding() throws Exception {
        Files.writeString(
                project.resolve("curriculum.config.json"),
                "{\"suppressions\": {\"class.curriculum.json\": {\"" + SHORT_WEEK
                        + "\": {\"/schedule/weeks/0/sessionMinutes\": {\"reason\": \"a trial class\"}}}}}");

        List<Diagnostic> diagnostics = editor.open(uri(project.resolve("class.curriculum.json")), SHORT);

        assertThat(shortWeek(diagnostics)).isEmpty();
    }

    @Test
    void configWithAProblem_isNamedAtTheTopOfTheFile_andWhatItCouldReadStillApplies() throws Exception {
        Path config = project.resolve("curriculum.config.json");
        Files.writeString(
                config, "{\"rules\": {\"" + SHORT_WEEK + "\": \"error\", \"stroke.duration.too-long\": \"loud\"}}");

        List<Diagnostic> diagnostics = editor.open(uri(project.resolve("class.curriculum.json")), SHORT);

        assertThat(diagnostics)
                .filteredOn(diagnostic -> diagnostic.getMessage().startsWith("The project config"))
                .singleElement()
                .satisfies(diagnostic -> {
                    assertThat(diagnostic.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
                    assertThat(diagnostic.getRange().getStart().getLine()).isZero();
                    assertThat(diagnostic.getMessage())
                            .contains(config.toString())
                            .contains("'loud'")
                            .contains("[config.invalid-value]")
                            .contains("'curriculum validate' lists them all");
                });
        assertThat(shortWeek(diagnostics))
                .singleElement()
                .extracting(Diagnostic::getSeverity)
                .isEqualTo(DiagnosticSeverity.Error);
    }

    @Test
    void configWithoutProblems_addsNoNote() throws Exception {
        Files.writeString(project.resolve("curriculum.config.json"), "{\"rules\": {\"" + SHORT_WEEK + "\": \"off\"}}");

        List<Diagnostic> diagnostics = editor.open(uri(project.resolve("class.curriculum.json")), SHORT);

        assertThat(diagnostics).noneMatch(diagnostic -> diagnostic.getMessage().startsWith("The project config"));
    }
}
