package dev.infantmassage.curriculum.examples;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Example 2: read an author's curriculum file and print every issue with its location, the way
 * editors and CI understand it ({@code file:line:column: severity: message [code] at /json/pointer}).
 * Nothing is fixed. The exit status is 1 when the file has errors, 0 otherwise.
 *
 * <p>Without an argument it reads the sample under {@code examples/} on the class path, which has a
 * few deliberate mistakes: a misspelt property, a tummy circle the wrong way round, a misspelt stroke
 * identifier and a week numbered 6.
 *
 * <pre>{@code java dev.infantmassage.curriculum.examples.ReportIssues my-course.curriculum.json}</pre>
 */
public final class ReportIssues {
    /** The sample read when no file is given. */
    public static final String SAMPLE = "examples/mini-course-with-mistakes.curriculum.json";

    private ReportIssues() {}

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /** Prints the issues of the file named by {@code args[0]}, or of the sample; returns the exit status. */
    public static int run(PrintStream out, String... args) {
        CurriculumJson json = CurriculumJson.create();
        // read() never throws for bad content or an unreadable file: both come back as issues.
        ReadResult result = args.length > 0 ? json.read(Path.of(args[0])) : readSample(json);

        for (Issue issue : result.report().issues()) {
            out.println(issue);
        }
        out.println(result.source() + ": " + result.report().count(Severity.ERROR) + " errors, "
                + result.report().count(Severity.WARNING) + " warnings");
        return result.hasErrors() ? 1 : 0;
    }

    private static ReadResult readSample(CurriculumJson json) {
        try (InputStream in = ReportIssues.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The sample " + SAMPLE + " is missing from the class path");
            }
            return json.read(in, SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
