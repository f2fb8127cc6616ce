package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of {@code README.md} and {@code docs/*.md} compiles and runs, and prints what
 * the doc shows.
 *
 * <p>The convention the docs follow: a block holds statements, as a reader would type them into a
 * method. The blocks of one page are one program, run in their order, so a later block may use what an
 * earlier one declared. The program is compiled in process (javax.tools) against this module's test class
 * path, with the library's public packages, {@code java.time}, {@code java.util}, {@code java.nio.file}
 * and {@code java.io} imported, and run in a new JVM whose working directory holds
 * {@code my-program.curriculum.json} (a copy of the example {@code mini-course-with-mistakes.curriculum.json}).
 * A {@code ```text} block right after a {@code ```java} block (only blank lines between) is what that
 * block prints, a {@code ...} line standing for any lines; a block without one may print anything.
 */
class JavaSnippetsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\n?");
    private static final String SEPARATOR = "----8<---- snippet end";
    private static final List<String> IMPORTS = List.of(
            "dev.infantmassage.curriculum.*",
            "dev.infantmassage.curriculum.validation.*",
            "dev.infantmassage.curriculum.planning.*",
            "dev.infantmassage.curriculum.json.*",
            "dev.infantmassage.curriculum.render.*",
            "java.time.*",
            "java.util.*",
            "java.nio.file.*",
            "java.io.*");

    /** One {@code ```java} block: where it starts, its statements and the output the doc shows after it. */
    record Block(int line, String code, Optional<String> output) {}

    /** The blocks of one page. */
    record Page(String doc, List<Block> blocks) {
        @Override
        public String toString() {
            return doc + " (" + blocks.size() + " java blocks)";
        }
    }

    @TempDir
    Path scratch;

    static List<Page> pages() {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Page> pages = new ArrayList<>();
        for (Path doc : docs) {
            List<Block> blocks = blocks(read(doc));
            if (!blocks.isEmpty()) {
                pages.add(new Page(ROOT.relativize(doc).toString(), blocks));
            }
        }
        return pages;
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            if (!fence.group(1).equals("java")) {
                continue;
            }
            int line = (int) text.substring(0, fence.start(2)).lines().count() + 1;
            Optional<String> output = Optional.empty();
            Matcher next = FENCE.matcher(text);
            if (next.find(fence.end())
                    && next.group(1).equals("text")
                    && text.substring(fence.end(), next.start()).isBlank()) {
                output = Optional.of(next.group(2));
            }
            blocks.add(new Block(line, fence.group(2), output));
        }
        return blocks;
    }

    @Test
    void blocks_areFoundWhereTheDocsHaveThem() {
        assertThat(pages())
                .extracting(Page::doc)
                .contains(
                        "README.md",
                        "docs/handouts.md",
                        "docs/planning.md",
                        "docs/reference-curriculum.md",
                        "docs/rules.md");
        assertThat(pages())
                .flatExtracting(Page::blocks)
                .hasSizeGreaterThanOrEqualTo(6)
                .anySatisfy(block -> assertThat(block.output()).isPresent());
    }

    @Test
    void blocks_takeTheTextBlockRightAfterThemAsOutput() {
        String doc = """
                Intro.

                ```java
                System.out.println("a");
                ```

                ```text
                a
                ```

                ```java
                int x = 1;
                ```

                Prose between.

                ```text
                not output
                ```
                """;

        assertThat(blocks(doc))
                .containsExactly(
                        new Block(4, "System.out.println(\"a\");\n", Optional.of("a\n")),
                        new Block(12, "int x = 1;\n", Optional.empty()));
    }

    @Test
    void aBrokenBlock_failsToCompileWithItsDocLine() {
        Page page = new Page(
                "broken.md",
                List.of(new Block(7, "Curriculum program = ReferenceCurricula.noSuchProgram();\n", Optional.empty())));

        assertThat(compile(page, scratch))
                .isPresent()
                .get()
                .asString()
                .contains("broken.md:7")
                .contains("noSuchProgram");
    }

    /** What one page's program did: the compiler's errors, or what it printed and how it ended. */
    record PageRun(Optional<String> compileErrors, String printed, Optional<String> failure) {}

    private static final String BEGIN = "=====8<===== begin ";
    private static final String FAILED = "=====8<===== failed ";
    private static @Nullable Map<String, PageRun> runs;

    /**
     * Compiles every page, then runs all of them in one new JVM (one start-up instead of one per page),
     * each page's {@code main} in turn, its output and any exception kept apart by marker lines.
     */
    private static synchronized Map<String, PageRun> runs(Path scratch) throws Exception {
        if (runs != null) {
            return runs;
        }
        Path classes = Files.createDirectories(scratch.resolve("classes"));
        Path work = Files.createDirectories(scratch.resolve("work"));
        try (var example =
                JavaSnippetsTest.class.getResourceAsStream("/examples/mini-course-with-mistakes.curriculum.json")) {
            assertThat(example).isNotNull();
            Files.copy(example, work.resolve("my-program.curriculum.json"));
        }
        Map<String, Optional<String>> compiled = new LinkedHashMap<>();
        for (Page page : pages()) {
            compiled.put(page.doc(), compile(page, classes));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"),
                Runner.class.getName()));
        pages().stream()
                .filter(page -> compiled.get(page.doc()).isEmpty())
                .forEach(page -> command.add(className(page)));
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectError(scratch.resolve("stderr.txt").toFile())
                .start();
        process.getOutputStream().close();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("the snippet runner; it printed:%n%s%n%s", printed, Files.readString(scratch.resolve("stderr.txt")))
                .isZero();

        Map<String, PageRun> result = new LinkedHashMap<>();
        for (Page page : pages()) {
            Optional<String> errors = compiled.get(page.doc());
            int begin = printed.indexOf(BEGIN + className(page) + "\n");
            if (errors.isPresent() || begin < 0) {
                result.put(page.doc(), new PageRun(errors, "", Optional.empty()));
                continue;
            }
            String rest = printed.substring(begin + (BEGIN + className(page) + "\n").length());
            int next = rest.indexOf(BEGIN);
            String own = next < 0 ? rest : rest.substring(0, next);
            int failed = own.indexOf(FAILED);
            result.put(
                    page.doc(),
                    new PageRun(
                            errors,
                            failed < 0 ? own : own.substring(0, failed),
                            failed < 0 ? Optional.empty() : Optional.of(own.substring(failed + FAILED.length()))));
        }
        runs = result;
        return result;
    }

    /** Runs the {@code main} of each class named, in turn, in this JVM: what the test starts. */
    static final class Runner {
        private Runner() {}

        public static void main(String[] classNames) throws Exception {
            for (String name : classNames) {
                System.out.println(BEGIN + name);
                try {
                    Class.forName(name).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    System.out.println(FAILED + e.getCause());
                    e.getCause().printStackTrace(System.out);
                }
                System.out.flush();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page_compilesRunsAndPrintsWhatItShows(Page page, @TempDir Path shared) throws Exception {
        PageRun run = runs(shared).get(page.doc());

        assertThat(run.compileErrors()).as("compiler errors of %s", page.doc()).isEmpty();
        assertThat(run.failure())
                .as("what %s threw; it printed:%n%s", page.doc(), run.printed())
                .isEmpty();
        List<String> outputs = List.of(run.printed().split(Pattern.quote(SEPARATOR) + "\\R?", -1));
        assertThat(outputs).hasSize(page.blocks().size() + 1);
        for (int i = 0; i < page.blocks().size(); i++) {
            Block block = page.blocks().get(i);
            String shown = block.output().orElse(null);
            if (shown != null) {
                assertThat(matches(shown, outputs.get(i)))
                        .as(
                                "%s:%d prints what the doc shows:%n--- shown%n%s--- printed%n%s",
                                page.doc(), block.line(), shown, outputs.get(i))
                        .isTrue();
            }
        }
    }

    /** The page's blocks as one class, compiled into {@code classes}; the compiler's errors, if any. */
    static Optional<String> compile(Page page, Path classes) {
        StringBuilder source = new StringBuilder();
        IMPORTS.forEach(each -> source.append("import ").append(each).append(";\n"));
        source.append("public final class ")
                .append(className(page))
                .append(" {\n")
                .append("public static void main(String[] args) throws Exception {\n");
        List<int[]> lines = new ArrayList<>(); // [first source line, doc line] per block
        for (Block block : page.blocks()) {
            lines.add(new int[] {(int) source.toString().lines().count() + 1, block.line()});
            source.append(block.code())
                    .append("System.out.println(\"")
                    .append(SEPARATOR)
                    .append("\");\n");
        }
        source.append("}\n}\n");

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaFileObject unit =
                    new SimpleJavaFileObject(
                            URI.create("string:///" + className(page) + ".java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return source;
                        }
                    };
            List<String> options =
                    List.of("-proc:none", "-d", classes.toString(), "-cp", System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(new StringWriter(), files, diagnostics, options, null, List.of(unit))
                    .call();
            if (ok) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(diagnostic -> page.doc() + ":" + docLine(lines, (int) diagnostic.getLineNumber()) + ": "
                        + diagnostic.getMessage(null))
                .collect(Collectors.joining("\n")));
    }

    private static int docLine(List<int[]> lines, int sourceLine) {
        int docLine = sourceLine;
        for (int[] block : lines) {
            if (sourceLine >= block[0]) {
                docLine = block[1] + sourceLine - block[0];
            }
        }
        return docLine;
    }

    private static String className(Page page) {
        return "Snippets_" + page.doc().replaceAll("\\W", "_");
    }

    /** Whether {@code printed} is {@code shown}, a {@code ...} line of {@code shown} standing for any lines. */
    static boolean matches(String shown, String printed) {
        StringBuilder regex = new StringBuilder("(?s)");
        for (String line : shown.strip().split("\n", -1)) {
            regex.append(line.strip().equals("...") ? ".*?" : Pattern.quote(line.stripTrailing()) + "\n");
        }
        String normalised =
                printed.strip().lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
        return Pattern.compile(regex.toString()).matcher(normalised).matches();
    }

    private static String read(Path doc) {
        try {
            return Files.readString(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
