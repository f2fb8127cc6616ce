package dev.infantmassage.curriculum.render.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words a page adds around the curriculum's texts, in the page's language where a catalogue has
 * it (English and Spanish ship), else in English.
 */
public final class Labels {
    private static final String BUNDLE = "dev.infantmassage.curriculum.render.internal.labels";
    /** The languages with a catalogue. */
    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The labels for {@code languageTag}, falling back to English. */
    public static Labels forLanguage(String languageTag) {
        Locale wanted = Locale.forLanguageTag(languageTag);
        // No ResourceBundle.Control: named modules do not support one. Only languages with a catalogue are
        // asked for, and labels_en exists, so nothing falls back to the JVM's default locale.
        Locale locale = LANGUAGES.contains(wanted.getLanguage()) ? wanted : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new Labels(bundle, bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale());
    }

    /** The language the labels are actually in, as a BCP 47 tag. */
    public String language() {
        return locale.toLanguageTag();
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Label '" + key + "' is missing from " + BUNDLE, e);
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    public String join(List<String> parts) {
        return String.join(text("list.separator"), parts);
    }
}
