package dev.infantmassage.curriculum.render;

/**
 * The paper a page is laid out for when printed. Both sizes share margins wide enough for either.
 *
 * @since 0.1.0
 */
public enum Paper {
    /** ISO A4, 210 by 297 mm. */
    A4("A4"),

    /** US Letter, 8.5 by 11 inches. */
    LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** {@return the value of the CSS {@code @page size} property} */
    public String cssSize() {
        return cssSize;
    }

    /** {@return the command-line code: {@code a4} or {@code letter}} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
