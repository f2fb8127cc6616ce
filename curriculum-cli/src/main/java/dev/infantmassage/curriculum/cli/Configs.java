package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.ProjectConfig;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The project configs of one run: none ({@code --no-config}), one named with {@code --config}, or for
 * each path the nearest {@value ProjectConfig#FILE_NAME} above it, each read once. Command-line
 * {@code --ignore} and {@code --severity} win over every config.
 *
 * <p>Not thread-safe: used by the command's own thread while it gathers inputs.
 */
final class Configs {
    private final @Nullable ProjectConfig explicit;
    private final boolean enabled;
    private final Map<Path, ProjectConfig> byFile = new LinkedHashMap<>();
    private final Map<Path, Optional<Path>> nearest = new HashMap<>();
    private final Path workingDirectory = Path.of("").toAbsolutePath();
    private final List<String> problems = new ArrayList<>();

    private Configs(@Nullable ProjectConfig explicit, boolean enabled) {
        this.explicit = explicit;
        this.enabled = enabled;
    }

    /** No configs at all. */
    static Configs none() {
        return new Configs(null, false);
    }

    /** The nearest config of each path. */
    static Configs nearest() {
        return new Configs(null, true);
    }

    /** This one config for every path; it is read here (an unreadable file throws). */
    static Configs of(Path file) {
        ProjectConfig config = ProjectConfig.read(file);
        Configs configs = new Configs(config, true);
        configs.byFile.put(file.toAbsolutePath().normalize(), config);
        return configs;
    }

    /** The config that governs {@code path} (a file or a directory). */
    ProjectConfig at(Path path) {
        if (explicit != null) {
            return explicit;
        }
        if (!enabled) {
            return ProjectConfig.none();
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        if (dir == null) {
            return ProjectConfig.none();
        }
        Optional<Path> file = nearest.computeIfAbsent(dir, ProjectConfig::find);
        if (file.isEmpty()) {
            return ProjectConfig.none();
        }
        ProjectConfig config = byFile.get(file.get());
        if (config == null) {
            try {
                config = ProjectConfig.read(display(file.get()));
            } catch (UncheckedIOException e) {
                problems.add("cannot read config '" + display(file.get()) + "': " + Inputs.describe(e.getCause()));
                config = ProjectConfig.none();
            }
            byFile.put(file.get(), config);
        }
        return config;
    }

    /** The config of an input: that of its file, of the working directory for standard input. */
    ProjectConfig at(Input input) {
        return switch (input.kind()) {
            case FILE -> at(input.file().orElseThrow());
            case STDIN -> at(workingDirectory);
            case REFERENCE -> explicit != null ? explicit : ProjectConfig.none();
        };
    }

    /** The configs that were found but could not be read. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The problems of every config read so far, each config's once, grouped by file in reading order. */
    Map<String, List<Issue>> issues() {
        Map<String, List<Issue>> issues = new LinkedHashMap<>();
        Set<Issue> seen = new LinkedHashSet<>();
        for (ProjectConfig config : byFile.values()) {
            for (Issue issue : config.issues()) {
                if (seen.add(issue)) {
                    issues.computeIfAbsent(issue.getFile().orElse(ProjectConfig.FILE_NAME), unused -> new ArrayList<>())
                            .add(issue);
                }
            }
        }
        return issues;
    }

    /** The config's options for {@code input}, then the command line's over them. */
    static ValidationOptions options(
            ProjectConfig config, Input input, Set<IssueCode> ignored, Map<IssueCode, Severity> severities) {
        ValidationOptions fromConfig = input.file().map(config::optionsFor).orElseGet(config::options);
        return fromConfig.overriddenBy(ValidationOptions.builder()
                .addAllIgnored(ignored)
                .putAllSeverityOverrides(severities)
                .build());
    }

    /** A config's path as reports name it: relative to the working directory when it is inside. */
    private Path display(Path absolute) {
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    }
}
