package dev.infantmassage.curriculum.validation;

import java.util.List;
import org.immutables.value.Value;

/** How far a curriculum is translated into one language, section by section. */
@Value.Immutable
public abstract class LanguageTranslation {
    /** The language's BCP 47 tag. */
    public abstract String getLanguage();

    /** Whether the curriculum lists the language in {@code languages}. */
    public abstract boolean isDeclared();

    /** The sections, in document order. */
    public abstract List<SectionTranslation> getSections();

    /** How many texts the curriculum has. */
    public int texts() {
        return getSections().stream().mapToInt(SectionTranslation::getTexts).sum();
    }

    /** How many texts have the language. */
    public int done() {
        return getSections().stream().mapToInt(SectionTranslation::done).sum();
    }

    /** How many texts lack the language. */
    public int missing() {
        return texts() - done();
    }

    /** Whether every text has the language. */
    public boolean isComplete() {
        return missing() == 0;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LanguageTranslation}. */
    public static final class Builder extends ImmutableLanguageTranslation.Builder {}
}
