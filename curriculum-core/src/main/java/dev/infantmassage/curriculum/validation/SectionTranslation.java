package dev.infantmassage.curriculum.validation;

import java.util.List;
import org.immutables.value.Value;

/**
 * How far one section of a curriculum is translated into one language. A section is a top-level part
 * of the document: {@code curriculum} (the title and description), {@code strokes}, {@code techniques},
 * {@code routines}, {@code cues}, {@code contraindications}, {@code oilPolicy} or {@code schedule}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SectionTranslation {
    /** {@return the section's name, the JSON property it lives under ({@code curriculum} for the top-level texts)} */
    public abstract String getSection();

    /** {@return how many texts the section has} */
    public abstract int getTexts();

    /** {@return the texts that lack the language, in document order} */
    public abstract List<MissingTranslation> getMissing();

    /** {@return how many texts have the language} */
    public int done() {
        return getTexts() - getMissing().size();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SectionTranslation}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableSectionTranslation.Builder {}
}
