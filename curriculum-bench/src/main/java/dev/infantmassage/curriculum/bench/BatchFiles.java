package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the inputs of the whole-process benchmarks into a work directory: {@code files/} with
 * {@code COUNT} distinct copies of the reference curriculum (each with its own id, so no tool can skip a
 * file it has seen) named {@code program-0001.curriculum.json} ..., and {@code one/} with the reference
 * file exactly as shipped, for the single-file runs.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.infantmassage.curriculum.bench.BatchFiles DIR COUNT}
 */
public final class BatchFiles {
    /** The name of the reference file in {@code one/}. */
    static final String REFERENCE_FILE = "five-week-program.curriculum.json";

    private BatchFiles() {}

    /** Writes the files; the arguments are the directory and the count. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BatchFiles DIR COUNT");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** Writes the reference and {@code count} copies below {@code directory}, which is created if missing. */
    static void write(Path directory, int count) throws IOException {
        Path one = Files.createDirectories(directory.resolve("one"));
        Files.write(one.resolve(REFERENCE_FILE), ReferenceCurricula.fiveWeekProgramJson());
        Path files = Files.createDirectories(directory.resolve("files"));
        CurriculumJson json = CurriculumJson.create();
        Curriculum reference = ReferenceCurricula.fiveWeekProgram();
        for (int i = 1; i <= count; i++) {
            Curriculum copy = Curriculum.builder()
                    .from(reference)
                    .id(copyId(reference.getId(), i))
                    .build();
            json.write(copy, files.resolve(fileName(i)));
        }
    }

    static String copyId(String id, int copy) {
        return id + "-copy-" + copy;
    }

    static String fileName(int copy) {
        return String.format(Locale.ROOT, "program-%04d.curriculum.json", copy);
    }
}
