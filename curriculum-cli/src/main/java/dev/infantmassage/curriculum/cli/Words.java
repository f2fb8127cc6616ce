package dev.infantmassage.curriculum.cli;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the text outputs in one language (English unless Spanish is asked for), times in one zone. */
final class Words {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter times;
    private final ZoneId zone;

    private Words(String language, ZoneId zone) {
        Locale wanted = Locale.forLanguageTag(language);
        this.locale = wanted.getLanguage().equals("es") ? wanted : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(
                "dev.infantmassage.curriculum.cli.Words",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.times = DateTimeFormatter.ofPattern(bundle.getString("time.pattern"), locale)
                .withZone(zone);
        this.zone = zone;
    }

    static Words in(String language, ZoneId zone) {
        return new Words(language, zone);
    }

    static Words in(String language) {
        return new Words(language, ZoneOffset.UTC);
    }

    /** The words of {@code key} with its arguments, each shown as text. */
    String get(String key, Object... arguments) {
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(texts);
    }

    /** "1 stroke", "3 strokes": {@code key.one} or {@code key.many}. */
    String count(String key, int count) {
        return get(key + (count == 1 ? ".one" : ".many"), count);
    }

    /** A moment in the zone, with the zone named: "23 Nov 2026, 08:00 (UTC)". */
    String time(Instant instant) {
        return times.format(instant) + " (" + zone.getId() + ")";
    }
}
