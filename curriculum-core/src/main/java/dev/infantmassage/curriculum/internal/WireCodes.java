package dev.infantmassage.curriculum.internal;

import java.util.Locale;
import java.util.Optional;

/** Wire codes of enums: the constant's name in lower-kebab-case, never its ordinal. */
public final class WireCodes {
    private WireCodes() {}

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the constant whose wire code is {@code code}, if any. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String what, String code) {
        return find(type, code).orElseThrow(() -> new IllegalArgumentException("Unknown " + what + " '" + code + "'"));
    }
}
