package dev.infantmassage.curriculum.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Wire codes of enums, behind {@link dev.infantmassage.curriculum.Coded}: each enum's codes indexed once. */
public final class WireCodes {
    /** Each enum's constants by wire code, built once per enum: reading looks codes up per value. */
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                byCode.put(of(value), value);
            }
            return Collections.unmodifiableMap(byCode);
        }
    };

    private WireCodes() {}

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the constant whose wire code is {@code code}, if any. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }

    /** The constant whose wire code is {@code code}; the message names the kind in words ("Unknown stroke role"). */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return find(type, code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown "
                        + type.getSimpleName()
                                .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                                .toLowerCase(Locale.ROOT) + " '" + code + "'"));
    }
}
