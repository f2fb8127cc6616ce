package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.lsp.EditorSession;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curriculum lsp} from the shaded jar, as an editor starts it: a process spoken to over its pipes. */
class LspJarIT {
    private static final Path JAR = Path.of(System.getProperty("curriculum.jar", "target/curriculum.jar"));
    private static final String URI = "file:///work/plan.curriculum.json";

    @TempDir
    Path dir;

    private Process start(String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "lsp"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command)
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
    }

    @Test
    void lsp_misspeltProperty_diagnosticAndExplainOnHover() throws Exception {
        Process process = start();
        try (EditorSession editor = EditorSession.connect(process)) {
            String text = Fixtures.unknownProperty();
            List<Diagnostic> diagnostics = editor.open(URI, text);

            Diagnostic finding = diagnostics.stream()
                    .filter(d -> d.getCode().getLeft().equals("json.unknown-property"))
                    .findFirst()
                    .orElseThrow();
            Hover hover = editor.server()
                    .getTextDocumentService()
                    .hover(new HoverParams(
                            new TextDocumentIdentifier(URI), finding.getRange().getStart()))
                    .join();
            assertThat(hover.getContents().getRight().getValue())
                    .contains(
                            ExplainCommand.explain(IssueCode.JSON_UNKNOWN_PROPERTY)
                                    .strip()
                                    .lines()
                                    .findFirst()
                                    .orElseThrow(),
                            "Fails, reported at ",
                            "Fixed:");
            assertThat(editor.shutDown()).isZero();
        }
    }

    @Test
    void lsp_ignoreOption_silencesTheCodeAsValidateDoes() throws Exception {
        Process process = start("--ignore", "json.unknown-property");
        try (EditorSession editor = EditorSession.connect(process)) {
            List<Diagnostic> diagnostics = editor.open(URI, Fixtures.unknownProperty());

            assertThat(diagnostics).noneMatch(d -> d.getCode().getLeft().equals("json.unknown-property"));
            assertThat(editor.shutDown()).isZero();
        }
    }
}
