package dev.infantmassage.curriculum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code init}: writes a small, complete curriculum file to start from. It validates with no errors and
 * no warnings (five weeks, a stroke of every region, cues, the permission ritual, the colic relief
 * routine, the topics and home practice), so an author starts from green and sees each change's effect.
 */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes a small, complete curriculum file to start from: it validates with no errors and no warnings.",
            "An existing file is left alone unless --force is given."
        },
        footer = {
            "",
            "Examples:",
            "  curriculum init",
            "  curriculum init --lang es clase.curriculum.json",
            "",
            "Exit codes: 0 written, 2 bad command line, the file exists (without --force) or cannot be written."
        })
final class InitCommand implements Callable<Integer> {
    /** The file {@code init} writes when given none. */
    static final String DEFAULT_FILE = "my.curriculum.json";
    /** The languages a starting file can be written in, each a resource {@code init/TAG.curriculum.json}. */
    static final List<String> LANGUAGES = List.of("en", "es");

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            defaultValue = DEFAULT_FILE,
            description = "The file to write (default: ${DEFAULT-VALUE}).")
    Path file = Path.of(DEFAULT_FILE);

    @Option(
            names = {"--lang", "--language"},
            paramLabel = "TAG",
            defaultValue = "en",
            description =
                    "The file's default language, whose texts it is written with: en or es (default: ${DEFAULT-VALUE}).")
    String language = "en";

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String tag = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(tag)) {
            throw usage("--lang must be one of " + String.join(", ", LANGUAGES) + ", but was '"
                    + Escaping.line(language) + "'");
        }
        byte[] content = template(tag);
        String shown = Escaping.line(file.toString());
        try {
            if (force) {
                if (Files.isDirectory(file)) {
                    throw usage("'" + shown + "' is a folder; name the file to write");
                }
                Files.write(file, content);
            } else {
                Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw usage("'" + shown + "' already exists; choose another name, or add --force to overwrite it");
        } catch (NoSuchFileException e) {
            throw usage("Cannot write '" + shown + "': its folder does not exist");
        } catch (IOException e) {
            throw usage("Cannot write '" + shown + "': " + Escaping.line(String.valueOf(e.getMessage())));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + shown);
        out.flush();
        return 0;
    }

    /** The starting file in {@code tag}, as shipped (canonical form, UTF-8). */
    static byte[] template(String tag) {
        String resource = "init/" + tag + ".curriculum.json";
        try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
