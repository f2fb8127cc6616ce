package dev.infantmassage.curriculum.validation;

import java.util.List;
import org.immutables.value.Value;

/**
 * How far a curriculum is translated into one language, section by section.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LanguageTranslation {
    /** {@return the language's BCP 47 tag} */
    public abstract String getLanguage();

    /** {@return whether the curriculum lists the language in {@code languages}} */
    public abstract boolean isDeclared();

    /** {@return the sections, in document order} */
    public abstract List<SectionTranslation> getSections();

    /** {@return how many texts the curriculum has} */
    public int texts() {
        return getSections().stream().mapToInt(SectionTranslation::getTexts).sum();
    }

    /** {@return how many texts have the language} */
    public int done() {
        return getSections().stream().mapToInt(SectionTranslation::done).sum();
    }

    /** {@return how many texts lack the language} */
    public int missing() {
        return texts() - done();
    }

    /** {@return whether every text has the language} */
    public boolean isComplete() {
        return missing() == 0;
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link LanguageTranslation}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableLanguageTranslation.Builder {}
}
