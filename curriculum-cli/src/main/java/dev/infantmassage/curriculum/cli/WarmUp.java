package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Starts the one-time initialisation of reading and validation (Jackson, Hibernate Validator's
 * bootstrap) on another core while the main thread is still parsing the command line with picocli.
 * The two take about as long as each other, so a {@code validate} on a spare core finishes sooner.
 *
 * <p>Only a head start: the JVM's class initialisation is thread-safe, so the main thread simply
 * waits for whatever the warm-up has not finished, and a failure here is ignored because the real
 * run meets and reports the same problem.
 */
final class WarmUp {
    /** A small curriculum without issues that uses every type of the format. */
    static final String SAMPLE = "sample.curriculum.json";

    /** The commands that read curricula. */
    private static final Set<String> READING_COMMANDS = Set.of("validate", "show", "format");

    private WarmUp() {}

    /** Starts the warm-up if {@code args} name a command that reads curricula and a second core exists. */
    static void startFor(String[] args) {
        String command = CurriculumCli.commandName(args);
        if (READING_COMMANDS.contains(command) && Runtime.getRuntime().availableProcessors() > 1) {
            Thread thread = new Thread(WarmUp::run, "curriculum-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Bootstraps Hibernate Validator first, with a curriculum built in code, because that is the
     * largest cost and the main thread does not need it until after reading its own file; then reads
     * and validates a small sample that uses every type of the format, so that Jackson's readers, the
     * validator's metadata and the rules are all ready too.
     */
    private static void run() {
        try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE)) {
            CurriculumFiles.quietLogging();
            CurriculumValidator.create().validate(Curriculum.builder()
                    .id("warm-up")
                    .title(LocalizedText.of("en", "Warm-up"))
                    .defaultLanguage("en")
                    .license("CC0-1.0")
                    .schedule(FiveWeekSchedule.of(List.of()))
                    .build());
            if (in != null) {
                CurriculumJson.create().read(in.readAllBytes(), SAMPLE);
            }
        } catch (IOException | RuntimeException e) {
            // Nothing to do: the real run does the same work and reports what goes wrong.
        }
    }
}
