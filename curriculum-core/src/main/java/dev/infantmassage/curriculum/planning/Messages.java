package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.BodyRegion;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The sentences of plans and cue advice in one language, from the {@code messages} bundle of this
 * package; English when the language has none. Times are shown in the family's zone and language.
 */
final class Messages {
    /** The languages the bundle has sentences for. */
    static final Set<String> LANGUAGES = Set.of("en", "es");

    private static final String BUNDLE = "dev.infantmassage.curriculum.planning.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter times;
    private final boolean available;

    private Messages(String language, ZoneId zone) {
        Locale wanted = Locale.forLanguageTag(language);
        this.available = LANGUAGES.contains(wanted.getLanguage());
        this.locale = available ? wanted : Locale.ENGLISH;
        // No ResourceBundle.Control: named modules do not support one. messages_en exists, so English
        // never falls back to the JVM's default locale.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.times = DateTimeFormatter.ofPattern(bundle.getString("time.pattern"), locale)
                .withZone(zone);
    }

    static Messages of(String language, ZoneId zone) {
        return new Messages(language, zone);
    }

    /** Whether the bundle has sentences in the language asked for. */
    boolean isAvailable() {
        return available;
    }

    /** The sentence {@code key} with its arguments; each argument is shown as text, never as a formatted number. */
    String get(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(texts);
    }

    /** A moment, such as "23 Nov 2026, 08:00" in English or "23 de noviembre de 2026, 08:00" in Spanish. */
    String time(Instant instant) {
        return times.format(instant);
    }

    /** The regions in words, in teaching order, such as "the legs and feet and the tummy". */
    String regions(Set<BodyRegion> regions) {
        if (regions.contains(BodyRegion.WHOLE_BODY)) {
            return get("region.whole-body");
        }
        List<String> names = regions.stream()
                .sorted()
                .map(region -> get("region." + region.code()))
                .toList();
        return join(names);
    }

    /** Items joined as a list in this language: "a, b and c". */
    String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(get("list.separator"), items.subList(0, items.size() - 1))
                + get("list.last")
                + items.get(items.size() - 1);
    }

    /** " Did you mean 'a' or 'b'?" in this language, or the empty string without candidates. */
    String didYouMean(List<String> candidates) {
        if (candidates.isEmpty()) {
            return "";
        }
        return get("didYouMean", "'" + String.join("'" + get("or") + "'", candidates) + "'");
    }
}
