package dev.infantmassage.curriculum.json;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.json.internal.ConfigReader;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A project's settings for validation, from a {@value #FILE_NAME} file: the severity of each code
 * ({@code rules}), rules for some files only ({@code overrides}), which files a directory search checks
 * ({@code include}, {@code exclude}), findings not to report ({@code suppressions}), and another config
 * to start from ({@code extends}). The command line, and any app, read it the same way:
 *
 * <pre>{@code
 * Path file = Path.of("content/week-1.curriculum.json");
 * ProjectConfig config = ProjectConfig.find(file).map(ProjectConfig::read).orElse(ProjectConfig.none());
 * config.issues().forEach(System.out::println);   // mistakes in the config itself, located
 * CurriculumJson json = CurriculumJson.builder().validationOptions(config.optionsFor(file)).build();
 * }</pre>
 *
 * <p>Bad content in a config is reported by {@link #issues()} with file, line, column, JSON Pointer and
 * a stable {@code config.*} or {@code json.*} code, never thrown; what could be read still applies.
 * Codes that stop a file being read ({@link IssueCode#isAdjustable()} false) cannot be set. Patterns
 * are {@link PathPattern}s relative to the directory of the config that names them.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProjectConfig {
    /** The name of a project config file. */
    public static final String FILE_NAME = "curriculum.config.json";

    private static final ProjectConfig NONE = new ProjectConfig(
            null, new ConfigReader.Settings(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

    private final @Nullable Path file;
    private final ConfigReader.Settings settings;

    private ProjectConfig(@Nullable Path file, ConfigReader.Settings settings) {
        this.file = file;
        this.settings = settings;
    }

    /**
     * {@return a config that sets nothing: every code at its default severity, every {@code *.curriculum.json} file
     * searched}
     */
    public static ProjectConfig none() {
        return NONE;
    }

    /**
     * {@return the nearest {@value #FILE_NAME} from {@code start} (a file, or a directory) upwards: in its
     * directory, then each parent's, up to the repository's root (the first directory with a
     * {@code .git}) or the file system's root} The path found is absolute.
     *
     * @param start a file or directory to search from
     */
    public static Optional<Path> find(Path start) {
        requireNonNull(start, "start");
        Path absolute = start.toAbsolutePath().normalize();
        for (Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
                dir != null;
                dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the config {@code file} and the configs it extends; problems in them are {@link #issues()}.
     *
     * @param file the config file
     * @return the config, with the problems found in it and in the configs it extends
     * @throws UncheckedIOException if {@code file} itself cannot be read
     */
    public static ProjectConfig read(Path file) {
        requireNonNull(file, "file");
        try {
            return new ProjectConfig(file, ConfigReader.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read project config '" + file + "'", e);
        }
    }

    /** {@return the config file, or empty for {@link #none()}} */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** {@return the problems of the config file and of the configs it extends, each in its own file} */
    public List<Issue> issues() {
        return settings.issues();
    }

    /** {@return the options of the top-level {@code rules}, for files no override matches} */
    public ValidationOptions options() {
        return toOptions(settings.rules());
    }

    /**
     * {@return the options for {@code file}: the top-level rules, then each override whose {@code files} match it
     * or a directory above it}
     *
     * @param file a curriculum file
     */
    public ValidationOptions optionsFor(Path file) {
        requireNonNull(file, "file");
        Map<IssueCode, Optional<Severity>> rules = new LinkedHashMap<>(settings.rules());
        for (ConfigReader.Override override : settings.overrides()) {
            if (matches(override.files(), file, false)) {
                rules.putAll(override.rules());
            }
        }
        return toOptions(rules);
    }

    /**
     * {@return whether a directory search checks {@code file}: it matches {@code include} (by default, its name
     * ends with {@code .curriculum.json}) and {@code exclude} does not leave it out} A config file itself
     * is never checked.
     *
     * @param file a file found by a directory search
     */
    public boolean includes(Path file) {
        requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        if (name.equals(FILE_NAME)) {
            return false;
        }
        boolean included = settings.include().isEmpty()
                ? name.endsWith(".curriculum.json")
                : matches(settings.include(), file, false);
        return included && !excludes(file, false);
    }

    /**
     * {@return whether {@code exclude} leaves {@code path} out: the last pattern matching it or a directory
     * above it decides, as in a {@code .gitignore}}
     *
     * @param path a file or directory
     * @param directory whether {@code path} is a directory
     */
    public boolean excludes(Path path, boolean directory) {
        requireNonNull(path, "path");
        if (settings.exclude().isEmpty()) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        for (Path parent = absolute.getParent(); parent != null; parent = parent.getParent()) {
            if (Boolean.TRUE.equals(decide(settings.exclude(), parent, true))) {
                return true;
            }
        }
        return Boolean.TRUE.equals(decide(settings.exclude(), absolute, directory));
    }

    /**
     * {@return the suppressions of findings in {@code file}, expired ones too, so reports can say they no longer hold}
     *
     * @param file a curriculum file
     */
    public List<Suppression> suppressionsFor(Path file) {
        requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        List<Suppression> found = new ArrayList<>();
        for (ConfigReader.Suppression entry : settings.suppressions()) {
            if (entry.file().toAbsolutePath().normalize().equals(absolute)) {
                found.add(new Suppression(
                        entry.code(),
                        entry.pointer(),
                        entry.reason(),
                        entry.expires(),
                        entry.configFile(),
                        entry.line(),
                        entry.column(),
                        entry.entryPointer()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * One finding a config says not to report: in a file, of a code, at a JSON Pointer, with why, and
     * until when (inclusive) if it expires. {@link #source()}, {@link #line()}, {@link #column()} and
     * {@link #entryPointer()} say where the entry is written, for a report that it has expired.
     *
     * @param code the code of the finding
     * @param pointer the JSON Pointer of the finding
     * @param reason why the finding is accepted
     * @param expires the last day the suppression holds, if it expires
     * @param source the config file the entry is written in
     * @param line the line of the entry, from 1
     * @param column the column of the entry, from 1
     * @param entryPointer the JSON Pointer of the entry in its config file
     * @since 0.1.0
     */
    public record Suppression(
            IssueCode code,
            String pointer,
            String reason,
            Optional<LocalDate> expires,
            Path source,
            int line,
            int column,
            String entryPointer) {
        /**
         * {@return whether the entry no longer holds on {@code today}}
         *
         * @param today the day to judge on
         */
        public boolean isExpired(LocalDate today) {
            return expires.map(today::isAfter).orElse(false);
        }
    }

    /**
     * {@return the JSON Schema (draft 2020-12) of config files, {@code $id} {@code
     * https://infantmassage.dev/schema/curriculum-config-1.json}}
     */
    public static String schema() {
        return SchemaHolder.TEXT;
    }

    private static ValidationOptions toOptions(Map<IssueCode, Optional<Severity>> rules) {
        if (rules.isEmpty()) {
            return ValidationOptions.defaults();
        }
        ValidationOptions.Builder options = ValidationOptions.builder();
        rules.forEach((code, level) -> level.ifPresentOrElse(
                severity -> options.putSeverityOverride(code, severity), () -> options.addIgnored(code)));
        return options.build();
    }

    /** Whether the patterns take in {@code path}, or a directory above it. */
    private static boolean matches(List<ConfigReader.Scoped> patterns, Path path, boolean directory) {
        Path absolute = path.toAbsolutePath().normalize();
        Boolean decided = decide(patterns, absolute, directory);
        for (Path parent = absolute.getParent(); decided == null && parent != null; parent = parent.getParent()) {
            decided = decide(patterns, parent, true);
        }
        return Boolean.TRUE.equals(decided);
    }

    /** Whether the last pattern that matches takes {@code path} in (true) or back out (false); null if none matches. */
    private static @Nullable Boolean decide(List<ConfigReader.Scoped> patterns, Path absolute, boolean directory) {
        for (int i = patterns.size() - 1; i >= 0; i--) {
            ConfigReader.Scoped scoped = patterns.get(i);
            Path base = scoped.base().toAbsolutePath().normalize();
            if (!absolute.startsWith(base) || absolute.equals(base)) {
                continue;
            }
            if (scoped.pattern().matches(PathPattern.slashed(base.relativize(absolute)), directory)) {
                return !scoped.pattern().isNegated();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return file == null ? "ProjectConfig[none]" : "ProjectConfig[" + file + "]";
    }

    private static final class SchemaHolder {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = ProjectConfig.class.getResourceAsStream("curriculum.config.schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("The config schema is missing from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
