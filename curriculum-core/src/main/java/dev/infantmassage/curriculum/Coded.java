package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;
import java.util.Optional;

/**
 * A constant that files and the API's answers carry by a stable code: its name in lower-kebab-case
 * ({@code LEGS_AND_FEET} is {@code legs-and-feet}), never its ordinal. The model's and the planner's
 * enums implement it; nothing else should.
 *
 * @since 0.1.0
 */
public interface Coded {
    /**
     * The stable code of this constant.
     *
     * @return its name in lower-kebab-case, for example {@code "legs-and-feet"}
     */
    default String code() {
        return WireCodes.of((Enum<?>) this);
    }

    /**
     * Finds a constant by its code.
     *
     * @param type the enum to look in
     * @param code a code such as {@code "legs-and-feet"}; the constant's name ({@code "LEGS_AND_FEET"}) is not one
     * @param <E> the enum
     * @return the constant whose code is {@code code}, or empty
     */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return WireCodes.find(type, code);
    }

    /**
     * Returns the constant with a code.
     *
     * @param type the enum to look in
     * @param code a code such as {@code "legs-and-feet"}
     * @param <E> the enum
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant of {@code type} has that code
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return WireCodes.parse(type, code);
    }
}
