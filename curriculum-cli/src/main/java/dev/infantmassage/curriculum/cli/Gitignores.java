package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.PathPattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code .gitignore} files in force during one directory search, as git reads them: the file of
 * each directory applies to the paths below it, relative to that directory; a deeper file's
 * patterns win over a shallower one's, and within a file the last matching pattern wins. The files
 * of the search root's parents count too, up to the repository's root (the nearest directory with
 * a {@code .git}); outside a repository only the files inside the search count.
 *
 * <p>Not thread-safe: one search, one instance.
 */
final class Gitignores {
    /** The patterns of one directory's {@code .gitignore}, and the directory they are relative to. */
    private record Level(Path base, List<PathPattern> patterns) {}

    /** Innermost first. */
    private final Deque<Level> levels = new ArrayDeque<>();

    private Gitignores() {}

    /** The files in force above {@code root}: those of its parents inside the same repository. */
    static Gitignores above(Path root) {
        Gitignores ignores = new Gitignores();
        Path absolute = root.toAbsolutePath().normalize();
        List<Path> parents = new ArrayList<>();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            parents.add(dir);
            if (Files.exists(dir.resolve(".git"))) {
                parents.forEach(parent -> ignores.levels.addLast(new Level(parent, read(parent))));
                break;
            }
        }
        if (Files.exists(absolute.resolve(".git"))) {
            ignores.levels.clear();
        }
        return ignores;
    }

    /** Enters {@code dir} during the search: its {@code .gitignore}, if any, now applies. */
    void enter(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        levels.addFirst(new Level(absolute, read(absolute)));
    }

    /** Leaves the directory last entered. */
    void leave() {
        levels.removeFirst();
    }

    /** Whether the files in force leave {@code path} out. */
    boolean ignored(Path path, boolean directory) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Iterator<Level> it = levels.iterator(); it.hasNext(); ) {
            Level level = it.next();
            if (level.patterns().isEmpty() || !absolute.startsWith(level.base())) {
                continue;
            }
            String relative = PathPattern.slashed(level.base().relativize(absolute));
            Optional<Boolean> decided = decide(level.patterns(), relative, directory);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return false;
    }

    private static Optional<Boolean> decide(List<PathPattern> patterns, String relative, boolean directory) {
        for (int i = patterns.size() - 1; i >= 0; i--) {
            if (patterns.get(i).matches(relative, directory)) {
                return Optional.of(!patterns.get(i).isNegated());
            }
        }
        return Optional.empty();
    }

    /** The patterns of {@code dir}'s {@code .gitignore}; none when it is missing or unreadable, as for git. */
    private static List<PathPattern> read(Path dir) {
        Path file = dir.resolve(".gitignore");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<PathPattern> patterns = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    PathPattern.parseLine(line).ifPresent(patterns::add);
                } catch (IllegalArgumentException e) {
                    // A line such as '!' or '/' matches nothing; git passes over it too.
                }
            }
            return List.copyOf(patterns);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
