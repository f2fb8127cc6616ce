package dev.infantmassage.curriculum.lsp.internal;

import java.util.Arrays;

/**
 * Offsets in a text and LSP positions (0-based line, 0-based column in UTF-16 code units), with the line
 * breaks LSP and the reader both count: {@code \n}, {@code \r\n} and {@code \r}.
 */
public final class LineMap {
    private final int[] starts;
    private final int length;

    private LineMap(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static LineMap of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineMap(Arrays.copyOf(starts, count), text.length());
    }

    /** The offset of a 0-based line and column, clamped to the text. */
    public int offset(int line, int column) {
        if (line < 0) {
            return 0;
        }
        if (line >= starts.length) {
            return length;
        }
        int end = line + 1 < starts.length ? starts[line + 1] : length;
        return Math.min(Math.max(0, starts[line] + column), end);
    }

    /** The 0-based line of {@code offset}. */
    public int line(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The 0-based column of {@code offset} in its line. */
    public int column(int offset) {
        return offset - starts[line(offset)];
    }

    /** The offset where {@code line}'s text ends, before its line break. */
    public int lineEnd(int line, String text) {
        int end = line + 1 < starts.length ? starts[line + 1] : length;
        while (end > starts[Math.min(line, starts.length - 1)]
                && end - 1 < text.length()
                && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
