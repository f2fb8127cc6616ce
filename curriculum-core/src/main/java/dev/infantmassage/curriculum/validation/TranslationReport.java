package dev.infantmassage.curriculum.validation;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.internal.TextWalker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How far a curriculum's texts are translated, for translators: per language, per section, done and
 * missing, with every missing text and its default-language version.
 *
 * <p>{@link #of(Curriculum)} reports on the languages the curriculum declares besides its default;
 * {@link #of(Curriculum, List)} on any languages, for example one a translator is about to add.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TranslationReport {
    /** The section that holds the curriculum's own title and description. */
    public static final String TOP_LEVEL_SECTION = "curriculum";

    /** {@return the curriculum's default language, which every text should have} */
    public abstract String getDefaultLanguage();

    /** {@return how many texts the curriculum has} */
    public abstract int getTexts();

    /** {@return the languages reported on, in the order asked for} */
    public abstract List<LanguageTranslation> getLanguages();

    /**
     * {@return the report on the languages {@code curriculum} declares besides its default}
     *
     * @param curriculum the curriculum to check
     */
    public static TranslationReport of(Curriculum curriculum) {
        return of(
                curriculum,
                curriculum.getLanguages().stream()
                        .filter(language -> !language.equals(curriculum.getDefaultLanguage()))
                        .distinct()
                        .toList());
    }

    /**
     * {@return the report on {@code languages}, declared or not}
     *
     * @param curriculum the curriculum to check
     * @param languages the BCP 47 tags to report on
     */
    public static TranslationReport of(Curriculum curriculum, List<String> languages) {
        requireNonNull(curriculum, "curriculum");
        requireNonNull(languages, "languages");
        String defaultLanguage = curriculum.getDefaultLanguage();
        List<Located> texts = new ArrayList<>();
        TextWalker.walk(curriculum, (text, at) -> texts.add(new Located(text, at)));
        Builder report = builder().defaultLanguage(defaultLanguage).texts(texts.size());
        for (String language : languages.stream().distinct().toList()) {
            Map<String, SectionTranslation.Builder> sections = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Located located : texts) {
                String section = section(located.location());
                SectionTranslation.Builder builder = sections.computeIfAbsent(
                        section, name -> SectionTranslation.builder().section(name));
                counts.merge(section, 1, Integer::sum);
                if (!located.text().has(language)) {
                    builder.addMissing(MissingTranslation.of(
                            located.location(), located.text().resolve(defaultLanguage, defaultLanguage)));
                }
            }
            LanguageTranslation.Builder entry = LanguageTranslation.builder()
                    .language(language)
                    .declared(curriculum.allLanguages().contains(language));
            sections.forEach((name, builder) ->
                    entry.addSection(builder.texts(counts.get(name)).build()));
            report.addLanguage(entry.build());
        }
        return report.build();
    }

    private static String section(IssueLocation location) {
        List<String> segments = location.segments();
        String first = segments.isEmpty() ? TOP_LEVEL_SECTION : segments.get(0);
        return first.equals("title") || first.equals("description") ? TOP_LEVEL_SECTION : first;
    }

    private record Located(LocalizedText text, IssueLocation location) {}

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link TranslationReport}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableTranslationReport.Builder {}
}
