package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.SinceTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the published modules' API packages says since which version it exists. javac's
 * doclint, which each of those modules runs while compiling, checks that every member has its comment and
 * tags, but it has no check for {@code @since}; this test reads the sources as javadoc does (javac's parser
 * and its doc comment trees), so a tag inside a code sample or a string does not count.
 */
class ApiSinceTagsTest {
    private static final Path ROOT = Path.of("..");
    private static final List<String> PUBLISHED_MODULES =
            List.of("curriculum-core", "curriculum-json", "curriculum-render", "curriculum-jackson2", "curriculum-lsp");
    private static final String FIRST_VERSION = "0.1.0";

    @Test
    void publicTypes_outsideInternalPackages_sayTheirSinceVersion() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) compiler.getTask(
                    null, files, null, List.of("-proc:none"), null, files.getJavaFileObjectsFromPaths(apiSources()));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                TreePath file = new TreePath(unit);
                for (Tree declaration : unit.getTypeDecls()) {
                    check(
                            docs,
                            new TreePath(file, declaration),
                            String.valueOf(unit.getPackageName()),
                            false,
                            checked,
                            missing);
                }
            }
        }

        assertThat(checked)
                .as("the scan reached the published modules")
                .contains(
                        "dev.infantmassage.curriculum.Curriculum",
                        "dev.infantmassage.curriculum.Curriculum.Builder",
                        "dev.infantmassage.curriculum.validation.IssueCode",
                        "dev.infantmassage.curriculum.planning.SessionPlanner",
                        "dev.infantmassage.curriculum.json.CurriculumJson",
                        "dev.infantmassage.curriculum.render.HandoutRenderer",
                        "dev.infantmassage.curriculum.jackson2.CurriculumJackson2Module",
                        "dev.infantmassage.curriculum.lsp.CurriculumLanguageServer")
                .doesNotContain("dev.infantmassage.curriculum.internal.CurriculumStyle");
        assertThat(missing).as("public types without @since " + FIRST_VERSION).isEmpty();
    }

    /** Checks a type declared at {@code path} and its member types: the public ones, and all of an interface's. */
    private static void check(
            DocTrees docs,
            TreePath path,
            String outer,
            boolean inInterface,
            List<String> checked,
            List<String> missing) {
        if (!(path.getLeaf() instanceof ClassTree type)
                || !(inInterface || type.getModifiers().getFlags().contains(Modifier.PUBLIC))) {
            return;
        }
        String name = outer + "." + type.getSimpleName();
        checked.add(name);
        DocCommentTree comment = docs.getDocCommentTree(path);
        boolean since = comment != null
                && comment.getBlockTags().stream()
                        .filter(tag -> tag.getKind() == DocTree.Kind.SINCE)
                        .map(tag -> ((SinceTree) tag).getBody().toString())
                        .anyMatch(FIRST_VERSION::equals);
        if (!since) {
            missing.add(name);
        }
        boolean isInterface = type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
        for (Tree member : type.getMembers()) {
            check(docs, new TreePath(path, member), name, isInterface, checked, missing);
        }
    }

    private static List<Path> apiSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : PUBLISHED_MODULES) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                walk.filter(path -> path.toString().endsWith(".java"))
                        .filter(path -> !path.getFileName().toString().equals("package-info.java"))
                        .filter(path -> !path.toString().replace('\\', '/').contains("/internal/"))
                        .forEach(sources::add);
            }
        }
        return sources;
    }
}
