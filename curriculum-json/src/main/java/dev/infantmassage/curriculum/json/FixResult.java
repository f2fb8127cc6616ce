package dev.infantmassage.curriculum.json;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.validation.FixKind;
import dev.infantmassage.curriculum.validation.Issue;
import java.util.List;

/**
 * What {@link CurriculumJson#fix(byte[], String)} did to a file: the fixed bytes, each fix made, and
 * what reading the fixed bytes finds (the issues that are left, suggestions among them). Only
 * {@linkplain FixKind#SAFE safe fixes} are ever made, as edits to the text: everything else the author
 * wrote, spacing and property order included, is kept as it was. Immutable.
 *
 * @since 0.1.0
 */
public final class FixResult {
    private final byte[] fixed;
    private final List<Fix> fixes;
    private final ReadResult result;

    FixResult(byte[] fixed, List<Fix> fixes, ReadResult result) {
        this.fixed = fixed.clone();
        this.fixes = List.copyOf(fixes);
        this.result = requireNonNull(result, "result");
    }

    /** {@return the file's bytes with the fixes made: the original bytes when there was nothing to fix} */
    public byte[] fixed() {
        return fixed.clone();
    }

    /** {@return whether any fix was made, so the bytes differ from the original} */
    public boolean changed() {
        return !fixes.isEmpty();
    }

    /** {@return the fixes made, in the order they were made} */
    public List<Fix> fixes() {
        return fixes;
    }

    /** {@return what reading the fixed bytes finds: the issues left after fixing} */
    public ReadResult result() {
        return result;
    }

    @Override
    public String toString() {
        return "FixResult{source=" + result.source() + ", fixes=" + fixes.size() + ", left="
                + result.report().issues().size() + " issues, bytes=" + fixed.length + "}";
    }

    /**
     * One fix made: the issue it fixes, with the line and column where it was found, and what was done
     * ({@code "renamed property 'nmae' to 'name'"}).
     *
     * @param issue the issue fixed, located in the text as it was before this fix
     * @param description what was changed, in words, quoting what the file said
     * @since 0.1.0
     */
    public record Fix(Issue issue, String description) {
        /**
         * A fix.
         *
         * @param issue the issue fixed, located in the text as it was before this fix
         * @param description what was changed, in words, quoting what the file said
         */
        public Fix {
            requireNonNull(issue, "issue");
            requireNonNull(description, "description");
        }
    }
}
