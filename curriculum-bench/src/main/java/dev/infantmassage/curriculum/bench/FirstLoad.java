package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.util.Locale;

/**
 * Times an app's first call of {@link ReferenceCurricula#fiveWeekProgram()} in a fresh JVM, as a
 * booking system's first request meets it: class loading, the first parse and binding, everything
 * cold. Prints the wall time of the call in milliseconds; {@code bench/run} starts it in new JVMs
 * repeatedly and reports the median.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.infantmassage.curriculum.bench.FirstLoad}
 */
public final class FirstLoad {
    private FirstLoad() {}

    /** Loads the reference curriculum once and prints how long it took. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Curriculum program = ReferenceCurricula.fiveWeekProgram();
        long elapsed = System.nanoTime() - start;
        if (program.getStrokes().isEmpty()) {
            throw new IllegalStateException("the reference curriculum has no strokes");
        }
        System.out.printf(Locale.ROOT, "%.3f%n", elapsed / 1e6);
    }
}
