package dev.infantmassage.curriculum.json;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.internal.ReferenceProgram;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The curricula that ship with the library, ready to use or to copy and adapt.
 *
 * <p>{@link #fiveWeekProgram()} is the five-week infant massage class in the IAIM tradition: every
 * stroke region by region in teaching order, the permission ritual, touch relaxation and the
 * containment hold, the colic relief and full routines, the baby's cues, the contraindications and
 * the week-by-week plan, each entry with its sources and how well they support it. It is a synthesis
 * of public sources, not official IAIM material and not medical advice; {@code
 * docs/reference-curriculum.md} explains where each part comes from and what is uncertain.
 *
 * <pre>{@code
 * Curriculum program = ReferenceCurricula.fiveWeekProgram();
 * Stroke sunMoon = program.stroke("stomach-sun-moon").orElseThrow();
 * }</pre>
 *
 * <p>The file is read once, on first use, and the result is shared: curricula are immutable, so this
 * is safe from any thread. The library's build validates the shipped file in full, so at run time it
 * is only parsed and bound, which keeps the first call short in a fresh JVM.
 *
 * @since 0.1.0
 */
public final class ReferenceCurricula {
    /**
     * The class-path resource holding the five-week program, in the curriculum file format. It is a
     * class loader resource name (no leading slash); authors can copy the file as a starting point.
     */
    public static final String RESOURCE = "dev/infantmassage/curriculum/json/five-week-program.curriculum.json";

    private ReferenceCurricula() {}

    /**
     * Returns the five-week program, the curriculum of {@link #RESOURCE}, made on first use and cached.
     * It is built by compiled code generated from the file at build time (the build fails if the two
     * differ, or if the file has any issue), so the first call in an app costs tens of milliseconds,
     * not the reader's and the validator's start-up.
     *
     * @return the validated five-week program
     */
    public static Curriculum fiveWeekProgram() {
        return FiveWeekProgram.CURRICULUM;
    }

    /**
     * Returns the five-week program's file exactly as shipped, for apps that store or serve it, or let
     * authors start from a copy. Each call returns a new array.
     *
     * @return a copy of the file's bytes
     */
    public static byte[] fiveWeekProgramJson() {
        return FiveWeekProgramBytes.BYTES.clone();
    }

    /**
     * Reads the resource when first needed; the JVM's class initialisation makes this thread-safe. The
     * bytes have a holder of their own so that asking for them does not also parse and validate them.
     */
    private static final class FiveWeekProgramBytes {
        static final byte[] BYTES = readResource(RESOURCE);

        private FiveWeekProgramBytes() {}
    }

    /** Builds the program when first needed; the JVM's class initialisation makes this thread-safe. */
    private static final class FiveWeekProgram {
        static final Curriculum CURRICULUM = ReferenceProgram.curriculum();

        private FiveWeekProgram() {}
    }

    private static byte[] readResource(String name) {
        try (InputStream in = ReferenceCurricula.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }
}
