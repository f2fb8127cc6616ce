package dev.infantmassage.curriculum.render.internal;

import java.util.Locale;
import java.util.Set;

/** The writing direction of a language: {@code rtl} for the scripts written right to left. */
public final class TextDirection {
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES =
            Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi");
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm");

    private TextDirection() {}

    /** {@code "rtl"} or {@code "ltr"}, for the {@code dir} attribute. */
    public static String of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (!locale.getScript().isEmpty()) {
            return RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript()) ? "rtl" : "ltr";
        }
        return RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
