package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.PropertyNames;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.validation.FixKind;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * Applies the {@linkplain FixKind#SAFE safe fixes} of a file as edits to its text, so that everything
 * else the author wrote (spacing, property order, line ends, a byte order mark) stays as it was: a
 * misspelt property name with exactly one candidate, a code spelt in another case or with underscores,
 * and the weeks in the order of their numbers.
 *
 * <p>A file with a syntax or encoding problem is never changed. Each pass is parsed again before the
 * next, and a pass whose result would not parse cleanly is dropped; names and codes are fixed first,
 * the order of the weeks second, because moving a week moves the names inside it.
 */
public final class Fixer {
    private static final String WEEK_NUMBER = PropertyNames.nameOf(WeekPlan::getNumber);
    private static final int MAX_RENAMING_ROUNDS = 4;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final DocumentParser parser;
    private final CurriculumReader reader;

    public Fixer(DocumentParser parser, CurriculumReader reader) {
        this.parser = parser;
        this.reader = reader;
    }

    /** One fix made: the issue it fixes, as found in the text the fix was made to, and what was done. */
    public record Applied(Issue issue, String description) {}

    /** The fixed bytes (the original ones when nothing was fixed), the fixes made, and reading the result. */
    public record Outcome(byte[] fixed, List<Applied> applied, CurriculumReader.Outcome read) {}

    private record Edit(int start, int end, String replacement) {}

    /** The edits of one pass and the fixes they make. */
    private record Changes(List<Edit> edits, List<Applied> fixes) {
        static final Changes NONE = new Changes(List.of(), List.of());
    }

    private record Pass(String text, ParsedDocument document, CurriculumReader.Outcome read) {}

    public Outcome fix(byte[] original, String source) {
        ParsedDocument document = parser.parse(original);
        CurriculumReader.Outcome read = reader.read(document, source);
        if (!document.issues().isEmpty() || document.root() == null) {
            return new Outcome(original, List.of(), read);
        }
        boolean bom = startsWithByteOrderMark(original);
        String text = new String(original, bom ? 3 : 0, original.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
        Pass pass = new Pass(text, document, read);
        List<Applied> applied = new ArrayList<>();
        // A renamed list can hold misspellings of its own, found only once it is read: a few rounds.
        for (int round = 0; round < MAX_RENAMING_ROUNDS; round++) {
            Pass next = apply(pass, replacements(pass), source, applied);
            if (next == pass) {
                break;
            }
            pass = next;
        }
        pass = apply(pass, weekOrder(pass), source, applied);
        if (applied.isEmpty()) {
            return new Outcome(original, List.of(), read);
        }
        byte[] fixed = pass.text.getBytes(StandardCharsets.UTF_8);
        if (bom) {
            byte[] withMark = Arrays.copyOf(BYTE_ORDER_MARK, 3 + fixed.length);
            System.arraycopy(fixed, 0, withMark, 3, fixed.length);
            fixed = withMark;
        }
        return new Outcome(fixed, List.copyOf(applied), pass.read);
    }

    /**
     * The pass after the edits, whose fixes are then added to {@code applied}; {@code pass} itself when there
     * are none or the edited text would not parse cleanly.
     */
    private Pass apply(Pass pass, Changes changes, String source, List<Applied> applied) {
        if (changes.edits.isEmpty()) {
            return pass;
        }
        StringBuilder text = new StringBuilder(pass.text.length());
        int copied = 0;
        for (Edit edit : changes.edits.stream()
                .sorted(Comparator.comparingInt(Edit::start))
                .toList()) {
            text.append(pass.text, copied, edit.start).append(edit.replacement);
            copied = edit.end;
        }
        text.append(pass.text, copied, pass.text.length());
        String edited = text.toString();
        ParsedDocument document = parser.parse(edited.getBytes(StandardCharsets.UTF_8));
        if (!document.issues().isEmpty() || document.root() == null) {
            return pass;
        }
        applied.addAll(changes.fixes);
        return new Pass(edited, document, reader.read(document, source));
    }

    /** Renamed properties and respelt codes, for the issues the report still lists. */
    private static Changes replacements(Pass pass) {
        Map<String, Integer> targets = new HashMap<>();
        for (Replacement replacement : pass.read.replacements()) {
            if (replacement.propertyName()) {
                targets.merge(target(replacement), 1, Integer::sum);
            }
        }
        LineStarts lines = new LineStarts(pass.text);
        List<Edit> edits = new ArrayList<>();
        List<Applied> fixes = new ArrayList<>();
        // Indexed once, so a file with many misspellings is fixed in time linear in their number.
        Map<String, Issue> reported = new HashMap<>();
        for (Issue issue : pass.read.report().issues()) {
            reported.putIfAbsent(key(issue.getCode(), issue.getLocation()), issue);
        }
        for (Replacement replacement : pass.read.replacements()) {
            Issue issue = reported.get(key(replacement.code(), replacement.location()));
            // Two misspelt names meaning the same one would become a duplicate key: the author decides.
            if (issue == null || (replacement.propertyName() && targets.get(target(replacement)) > 1)) {
                continue;
            }
            IssueLocation at = replacement.location();
            String written = replacement.propertyName()
                    ? at.lastProperty().orElse("")
                    : Optional.ofNullable(pass.document.root().at(at.toPointer()))
                            .filter(JsonNode::isString)
                            .map(JsonNode::stringValue)
                            .orElse("");
            int start = lines.offset(
                    replacement.propertyName()
                            ? pass.document.positions().nameAt(at)
                            : pass.document.positions().valueAt(at));
            String token = JsonText.quoted(written);
            if (start < 0 || !pass.text.startsWith(token, start)) {
                // Escapes in the original token, or a position that is not the token's: leave it be.
                continue;
            }
            edits.add(new Edit(start, start + token.length(), JsonText.quoted(replacement.replacement())));
            fixes.add(new Applied(
                    issue,
                    (replacement.propertyName() ? "renamed property '" : "replaced '") + Binding.quote(written)
                            + (replacement.propertyName() ? "' to '" : "' with '") + replacement.replacement() + "'"));
        }
        return new Changes(edits, fixes);
    }

    private static String target(Replacement replacement) {
        return replacement.location().parent().toPointer() + "\u0000" + replacement.replacement();
    }

    /** The weeks in the order of their numbers, when the report says they are not and every week has one. */
    private static Changes weekOrder(Pass pass) {
        Issue issue = pass.read.report().issues().stream()
                .filter(found -> found.getCode() == IssueCode.SCHEDULE_WEEK_ORDER)
                .findFirst()
                .orElse(null);
        if (issue == null
                || issue.getLocation().isRoot()
                || issue.getLocation().parent().isRoot()) {
            return Changes.NONE;
        }
        IssueLocation list = issue.getLocation().parent().parent();
        JsonNode weeks = pass.document.root().at(list.toPointer());
        if (!weeks.isArray() || weeks.isEmpty()) {
            return Changes.NONE;
        }
        int[] numbers = new int[weeks.size()];
        for (int i = 0; i < weeks.size(); i++) {
            JsonNode number = weeks.get(i).get(WEEK_NUMBER);
            if (!weeks.get(i).isObject() || number == null || !number.isInt()) {
                return Changes.NONE;
            }
            numbers[i] = number.intValue();
        }
        List<Integer> order = IntStream.range(0, numbers.length)
                .boxed()
                .sorted(Comparator.comparingInt(i -> numbers[i]))
                .toList();
        LineStarts lines = new LineStarts(pass.text);
        int[] starts = new int[numbers.length];
        int[] ends = new int[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            starts[i] = lines.offset(pass.document.positions().valueAt(list.index(i)));
            if (starts[i] < 0 || pass.text.charAt(starts[i]) != '{') {
                return Changes.NONE;
            }
            ends[i] = valueEnd(pass.text, starts[i]);
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            int from = order.get(i);
            if (from != i) {
                edits.add(new Edit(starts[i], ends[i], pass.text.substring(starts[from], ends[from])));
            }
        }
        return new Changes(edits, List.of(new Applied(issue, "listed the weeks in the order of their numbers")));
    }

    private static String key(IssueCode code, IssueLocation location) {
        return code.code() + "\u0000" + location.toPointer();
    }

    /** The end (exclusive) of the object or list that starts at {@code start} in well-formed JSON. */
    private static int valueEnd(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = stringEnd(text, i) - 1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The end (exclusive) of the string token whose opening quote is at {@code start}. */
    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3
                && bytes[0] == BYTE_ORDER_MARK[0]
                && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }

    /** Character offsets of lines, counted as the parser counts them: CR LF, LF and a lone CR each end one. */
    private static final class LineStarts {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        LineStarts(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        /** The offset of a line and column (from 1, in UTF-16 units), or -1 when outside the text. */
        int offset(Optional<PositionIndex.Position> position) {
            if (position.isEmpty() || position.get().line() > starts.size()) {
                return -1;
            }
            int offset = starts.get(position.get().line() - 1) + position.get().column() - 1;
            return offset < text.length() ? offset : -1;
        }
    }
}
