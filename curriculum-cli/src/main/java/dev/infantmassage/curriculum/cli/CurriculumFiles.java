package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads inputs through the JSON facade. The facade (Jackson, Hibernate Validator) is the slow part of
 * start-up, so it is only made when a command actually reads a curriculum.
 */
final class CurriculumFiles {
    /** Held so the level set on it is not lost when the logger is collected. */
    private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private final ValidationOptions options;
    private final InputStream stdin;
    private final Map<ValidationOptions, CurriculumJson> facades = new HashMap<>();

    private CurriculumFiles(ValidationOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
    }

    /** Files read with {@code options}; the facade itself is made on first use. */
    static CurriculumFiles create(ValidationOptions options, InputStream stdin) {
        return new CurriculumFiles(options, stdin);
    }

    /** Silences Hibernate Validator's start-up log line, which is noise in a CLI. */
    private static void quietLogging() {
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
    }

    /**
     * The name reports give the built-in reference curriculum: it is no file of the checkout, so it is
     * named for what it is rather than by its class-path resource.
     */
    static final String REFERENCE_NAME = "built-in:five-week-program";

    /** The built-in reference curriculum as an input, named {@link #REFERENCE_NAME}. */
    static Input reference() {
        return Input.reference(REFERENCE_NAME);
    }

    CurriculumJson json() {
        return json(options);
    }

    /**
     * The facade that reads with {@code fileOptions} (a file's project config may differ from the
     * next one's), made once per distinct options. The reports list at most {@link FileReport#LIMIT}
     * issues, so the facade builds no more than that.
     */
    synchronized CurriculumJson json(ValidationOptions fileOptions) {
        return facades.computeIfAbsent(fileOptions, wanted -> {
            quietLogging();
            return CurriculumJson.builder()
                    .validationOptions(ValidationOptions.builder()
                            .from(wanted)
                            .maxIssues(FileReport.LIMIT)
                            .build())
                    .build();
        });
    }

    /**
     * Reads {@code input}; bad content comes back as issues.
     *
     * @throws IOException if the file cannot be opened or read
     */
    ReadResult read(Input input) throws IOException {
        return json().read(bytes(input), input.name());
    }

    /**
     * The input's bytes, exactly as stored, but at most one byte more than the facade's limits accept:
     * a larger file is then reported as too large without being held in memory whole.
     */
    byte[] bytes(Input input) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 16, json().limits().maxFileBytes() + 1);
        return switch (input.kind()) {
            case FILE -> {
                try (InputStream in = Files.newInputStream(input.file().orElseThrow())) {
                    yield in.readNBytes(limit);
                }
            }
            case STDIN -> stdin.readNBytes(limit);
            case REFERENCE -> referenceBytes();
        };
    }

    /** The reference curriculum's bytes, exactly as shipped. */
    /**
     * The curriculum of {@code file} (the built-in one when null) when it reads without errors; otherwise
     * its errors and a line saying it cannot {@code action} go to the command's error stream, and the
     * result is empty. A file that cannot be read at all is a usage error.
     */
    static Optional<Curriculum> readValid(@Nullable Path file, String action, CommandSpec spec) {
        Input input = file == null ? reference() : Input.file(file);
        PrintWriter err = spec.commandLine().getErr();
        ReadResult result;
        try {
            result = create(ValidationOptions.defaults(), InputStream.nullInputStream())
                    .read(input);
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(), "cannot read '" + input.name() + "': " + Inputs.describe(e));
        }
        if (result.hasErrors() || result.curriculum().isEmpty()) {
            result.report().issues().stream().filter(Issue::isError).forEach(err::println);
            err.println("curriculum: cannot " + action + " '" + input.name()
                    + "': it has errors; run 'curriculum validate' for all of them");
            err.flush();
            return Optional.empty();
        }
        return result.curriculum();
    }

    /** The one curriculum a command works on, read: its input, the whole result, and the curriculum. */
    record Loaded(Input input, ReadResult result, Curriculum curriculum) {}

    /** What {@link #readOne} gives: the curriculum, or, when it could not be read, the exit code to stop with. */
    record One(Optional<Loaded> loaded, int exitCode) {}

    /**
     * Reads the single file a command takes ({@code file}, or the built-in curriculum when it is null).
     * A directory, a path that does not exist or cannot be opened is a usage error; a file that cannot
     * be read as a curriculum has its issues printed and a line saying it cannot {@code action}.
     */
    static One readOne(@Nullable String file, String command, String action, CommandSpec spec, InputStream stdin) {
        PrintWriter err = spec.commandLine().getErr();
        Input input;
        if (file == null) {
            input = reference();
        } else {
            if (Inputs.isDirectory(file)) {
                throw new ParameterException(
                        spec.commandLine(), command + " takes one file, but '" + file + "' is a directory");
            }
            Inputs.Expansion expansion = Inputs.expand(List.of(file));
            if (!expansion.problems().isEmpty()) {
                expansion.problems().forEach(problem -> err.println("curriculum: " + problem));
                return new One(Optional.empty(), CurriculumCli.EXIT_USAGE);
            }
            input = expansion.inputs().get(0);
        }
        CurriculumFiles files = create(ValidationOptions.defaults(), stdin);
        ReadResult result;
        try {
            result = files.read(input);
        } catch (IOException e) {
            err.println("curriculum: cannot read '" + input.name() + "': " + Inputs.describe(e));
            return new One(Optional.empty(), CurriculumCli.EXIT_USAGE);
        }
        if (result.curriculum().isEmpty()) {
            FileReport report = FileReport.of(input.name(), result.report().issues(), result.report());
            report.issues().forEach(issue -> err.println(TextReport.line(input.name(), issue, new Ansi(false))));
            err.println("curriculum: cannot " + action + " '" + input.name() + "': it could not be read");
            return new One(Optional.empty(), CurriculumCli.EXIT_INVALID);
        }
        return new One(Optional.of(new Loaded(input, result, result.curriculum().get())), 0);
    }

    static byte[] referenceBytes() {
        return ReferenceCurricula.fiveWeekProgramJson();
    }
}
