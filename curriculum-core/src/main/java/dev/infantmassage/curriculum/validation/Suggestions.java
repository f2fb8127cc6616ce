package dev.infantmassage.curriculum.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean ...?" candidates for an identifier that is not known.
 *
 * @since 0.1.0
 */
public final class Suggestions {
    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {}

    /**
     * {@return the known identifiers closest to {@code unknown}: those equal to it but for case first, then those
     * within a small edit distance (a third of the length, at least one, at most three edits)}
     *
     * @param unknown the identifier that was not found
     * @param known the identifiers that exist
     */
    public static List<String> closest(String unknown, Collection<String> known) {
        String folded = unknown.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, unknown.length() / 3));
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        return known.stream()
                .filter(candidate -> !candidate.equals(unknown))
                .map(candidate -> new Scored(candidate, score(distance, folded, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.score >= 0)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::candidate))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::candidate)
                .toList();
    }

    /**
     * {@code " Did you mean 'a' or 'b'?"}, or the empty string when there is no candidate.
     *
     * @param candidates the identifiers to suggest, usually from {@link #closest(String, Collection)}
     * @return {@code " Did you mean 'a' or 'b'?"}, or the empty string when there is no candidate
     */
    public static String didYouMean(List<String> candidates) {
        if (candidates.isEmpty()) {
            return "";
        }
        return " Did you mean '" + String.join("' or '", candidates) + "'?";
    }

    /**
     * {@code "; did you mean 'a' or 'b'?"}, the tail messages put after what was found, or the empty
     * string when there is no candidate.
     *
     * @param candidates the identifiers to suggest, usually from {@link #closest(String, Collection)}
     * @return the tail, or the empty string when there is no candidate
     */
    public static String didYouMeanTail(List<String> candidates) {
        return candidates.isEmpty() ? "" : "; did you mean '" + String.join("' or '", candidates) + "'?";
    }

    /** 0 for a match but for case, 1 + the edit distance within the limit, -1 beyond it. */
    private static int score(LevenshteinDistance distance, String folded, String candidate) {
        if (candidate.equals(folded)) {
            return 0;
        }
        int edits = distance.apply(folded, candidate);
        return edits < 0 ? -1 : edits + 1;
    }

    private record Scored(String candidate, int score) {}
}
