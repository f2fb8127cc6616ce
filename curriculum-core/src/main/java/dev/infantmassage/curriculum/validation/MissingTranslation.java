package dev.infantmassage.curriculum.validation;

import org.immutables.value.Value;

/**
 * A text that lacks a language: where it is, and its default-language version for the translator.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MissingTranslation {
    /** {@return where the text is} */
    public abstract IssueLocation getLocation();

    /** {@return the text in the curriculum's default language (or, if it lacks that too, in any language it has)} */
    public abstract String getText();

    /** How many characters {@link #excerpt()} keeps at most. */
    public static final int EXCERPT_LENGTH = 60;

    /**
     * {@return the start of {@link #getText()} on one line, for messages and terminals: white space collapsed,
     * control characters shown as {@code \\uXXXX}, cut at a word with "…" when longer than
     * {@value #EXCERPT_LENGTH} characters}
     */
    public String excerpt() {
        String line = visible(getText().strip().replaceAll("\\s+", " "));
        if (line.length() <= EXCERPT_LENGTH) {
            return line;
        }
        String cut = line.substring(0, EXCERPT_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > EXCERPT_LENGTH / 2 && line.charAt(EXCERPT_LENGTH - 1) != ' ' ? cut.substring(0, space) : cut)
                        .stripTrailing()
                + "…";
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * {@return the text at {@code location} that lacks a translation}
     *
     * @param location where the text is
     * @param text the text in the default language
     */
    public static MissingTranslation of(IssueLocation location, String text) {
        return builder().location(location).text(text).build();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MissingTranslation}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableMissingTranslation.Builder {}
}
