package dev.infantmassage.curriculum;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code "en"}, {@code "es"},
 * {@code "sv-SE"}).
 *
 * <p>Insertion order is kept, so files keep the order their author chose. A text may be empty only
 * while it is being built; the validator reports a text that lacks the curriculum's default language.
 *
 * @since 0.1.0
 */
public final class LocalizedText {
    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    private final Map<String, String> byLanguage;

    private LocalizedText(Map<String, String> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * {@return a text in one language}
     *
     * @param language a BCP 47 tag such as {@code "en"}
     * @param text the text in that language
     */
    public static LocalizedText of(String language, String text) {
        requireNonNull(language, "language");
        requireNonNull(text, "text");
        return new LocalizedText(Map.of(language, text));
    }

    /**
     * {@return a text in the languages of the map, in the map's iteration order}
     *
     * @param byLanguage texts by BCP 47 tag
     */
    public static LocalizedText of(Map<String, String> byLanguage) {
        requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> copy = new LinkedHashMap<>();
        byLanguage.forEach(
                (language, text) -> copy.put(requireNonNull(language, "language"), requireNonNull(text, "text")));
        return new LocalizedText(Collections.unmodifiableMap(copy));
    }

    /** {@return a text with no language yet} */
    public static LocalizedText empty() {
        return EMPTY;
    }

    /**
     * {@return a copy with {@code text} in {@code language}, replacing any text already there}
     *
     * @param language a BCP 47 tag such as {@code "en"}
     * @param text the text in that language
     */
    public LocalizedText with(String language, String text) {
        requireNonNull(language, "language");
        requireNonNull(text, "text");
        Map<String, String> copy = new LinkedHashMap<>(byLanguage);
        copy.put(language, text);
        return new LocalizedText(Collections.unmodifiableMap(copy));
    }

    /**
     * {@return the text in {@code language}, if present; no fallback}
     *
     * @param language a BCP 47 tag such as {@code "en"}
     */
    public Optional<String> get(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /**
     * {@return the text in {@code language}, or else in {@code fallbackLanguage}, or else in any language}
     *
     * @param language the BCP 47 tag wanted
     * @param fallbackLanguage the BCP 47 tag to fall back on, usually the curriculum's default language
     */
    public String resolve(String language, String fallbackLanguage) {
        String text = byLanguage.get(language);
        if (text == null) {
            text = byLanguage.get(fallbackLanguage);
        }
        if (text == null) {
            text = byLanguage.values().stream().findFirst().orElse("");
        }
        return text;
    }

    /**
     * {@return whether there is a text in {@code language}}
     *
     * @param language a BCP 47 tag such as {@code "en"}
     */
    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    /** {@return the languages there is a text in, in insertion order} */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** {@return the texts by language, unmodifiable, in insertion order} */
    public Map<String, String> toMap() {
        return byLanguage;
    }

    /** {@return whether there is no text in any language} */
    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LocalizedText that && byLanguage.equals(that.byLanguage);
    }

    @Override
    public int hashCode() {
        return byLanguage.hashCode();
    }

    @Override
    public String toString() {
        return byLanguage.toString();
    }
}
