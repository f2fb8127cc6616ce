package dev.infantmassage.curriculum.json.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean" for misspelt property names. The distance is written here, bounded, rather than taken from
 * commons-text (as the CLI does): the library should not add a dependency to every app for a dozen lines.
 */
final class Suggestions {
    private Suggestions() {}

    /** The known name nearest to {@code unknown}, when one is near enough to be a likely typo. */
    static Optional<String> nearest(String unknown, Collection<String> known) {
        return Optional.ofNullable(best(unknown, known).name);
    }

    /**
     * The known name nearest to {@code unknown} when no other is as near: the one a tool may put in its place
     * without asking, where {@link #nearest} only suggests.
     */
    static Optional<String> onlyNearest(String unknown, Collection<String> known) {
        Best best = best(unknown, known);
        return best.tied ? Optional.empty() : Optional.ofNullable(best.name);
    }

    private record Best(@Nullable String name, boolean tied) {}

    private static Best best(String unknown, Collection<String> known) {
        String best = null;
        boolean tied = false;
        int bestScore = Integer.MAX_VALUE;
        String lower = unknown.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            String candidateLower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(lower, candidateLower, 3);
            boolean near = distance <= Math.max(1, Math.min(3, candidate.length() / 4));
            boolean prefix =
                    lower.length() >= 4 && (candidateLower.startsWith(lower) || lower.startsWith(candidateLower));
            int score =
                    near ? distance : prefix ? 10 + Math.abs(candidate.length() - unknown.length()) : Integer.MAX_VALUE;
            if (score < bestScore) {
                bestScore = score;
                best = candidate;
                tied = false;
            } else if (score == bestScore && score != Integer.MAX_VALUE) {
                tied = true;
            }
        }
        return new Best(best, tied);
    }

    /**
     * The edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment:
     * {@code titel} is one edit from {@code title}), or {@code limit + 1} as soon as it must exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        if (a.length() > 200 || b.length() > 200) {
            return a.equals(b) ? 0 : limit + 1;
        }
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
