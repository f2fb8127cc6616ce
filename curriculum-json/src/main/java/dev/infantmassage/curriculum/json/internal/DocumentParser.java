package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.json.ReadLimits;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns the bytes of a file into a tree in one streaming pass, recording where every value and
 * property name starts. Problems with the text itself (size, encoding, syntax, duplicate keys,
 * limits) become issues; nothing is thrown for bad content.
 *
 * <p>Jackson's data binding stops at the first problem; this pass keeps going after a duplicate key
 * so authors see them all, and stops only where the text cannot be read any further.
 */
public final class DocumentParser {
    private static final Pattern CHARACTER_CODE = Pattern.compile(" \\((?:CTRL-CHAR, )?code \\d+\\)");

    private final ReadLimits limits;
    private final int maxIssues;
    private final JsonFactory factory;

    public DocumentParser(ReadLimits limits) {
        this(limits, Integer.MAX_VALUE);
    }

    /** A parser that builds at most {@code maxIssues} duplicate-key issues and counts the others. */
    public DocumentParser(ReadLimits limits, int maxIssues) {
        this.limits = limits;
        this.maxIssues = maxIssues;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(Math.min(limits.maxStringLength(), StreamReadConstraints.DEFAULT_MAX_NAME_LEN))
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
    }

    /** Parses a whole file. */
    public ParsedDocument parse(byte[] bytes) {
        PositionIndex positions = new PositionIndex();
        if (bytes.length > limits.maxFileBytes()) {
            return failed(
                    positions,
                    Issue.of(
                                    IssueCode.JSON_LIMIT_EXCEEDED,
                                    IssueLocation.root(),
                                    "The file size of " + bytes.length + " bytes",
                                    limits.maxFileBytes() + " bytes")
                            .atPosition(1, 1));
        }
        Decoded decoded = decode(bytes);
        if (decoded.problem != null) {
            return failed(positions, decoded.problem);
        }
        List<Issue> issues = new ArrayList<>();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), decoded.text)) {
            return parseTokens(parser, positions, issues, decoded.text);
        } catch (JacksonException closing) {
            issues.add(syntaxIssue(closing, null, new Walk(positions, issues), decoded.text));
            return new ParsedDocument(null, positions, issues);
        }
    }

    /**
     * Reads the value at the parser's next token into a tree, for callers that already hold a parser
     * (the Jackson module). Syntax errors are thrown as Jackson reports them.
     */
    public static ParsedDocument parseValue(JsonParser parser) {
        PositionIndex positions = new PositionIndex();
        List<Issue> issues = new ArrayList<>();
        Walk walk = new Walk(positions, issues);
        JsonNode root = walk.root(parser);
        return new ParsedDocument(root, positions, issues);
    }

    private ParsedDocument parseTokens(JsonParser parser, PositionIndex positions, List<Issue> issues, char[] text) {
        Walk walk = new Walk(positions, issues, maxIssues);
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                issues.add(Issue.of(IssueCode.JSON_NOT_AN_OBJECT, IssueLocation.root(), "nothing")
                        .atPosition(1, 1));
                return new ParsedDocument(null, positions, issues);
            }
            JsonNode root = walk.root(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                issues.add(Issue.of(
                                IssueCode.JSON_SYNTAX,
                                IssueLocation.root(),
                                "unexpected content after the end of the top-level value")
                        .atPosition(at.getLineNr(), at.getColumnNr()));
                return new ParsedDocument(null, positions, issues, walk.omittedDuplicates);
            }
            return new ParsedDocument(root, positions, issues, walk.omittedDuplicates);
        } catch (JacksonException problem) {
            issues.add(syntaxIssue(problem, parser, walk, text));
            return new ParsedDocument(null, positions, issues, walk.omittedDuplicates);
        }
    }

    private Issue syntaxIssue(JacksonException problem, @Nullable JsonParser parser, Walk walk, char[] text) {
        TokenStreamLocation at = problem.getLocation();
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            // Constraint violations carry no location; the parser still knows where it stopped.
            at = parser.currentLocation();
        }
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        IssueLocation location = IssueLocation.parse(walk.openPointer());
        String reason = String.valueOf(problem.getOriginalMessage());
        Issue issue;
        if (problem instanceof StreamConstraintsException) {
            // Point at the start of the offending value (or its name) rather than where the parser gave up.
            String pointer =
                    parser != null ? parser.streamReadContext().pathAsPointer().toString() : walk.currentPointer();
            PositionIndex.Position start = walk.currentStart(pointer)
                    .orElse(new PositionIndex.Position(line, Math.max(1, column - lengthBefore(text, at))));
            line = start.line();
            column = start.column();
            issue = limitIssue(problem, IssueLocation.parse(pointer));
        } else if (problem instanceof UnexpectedEndOfInputException || reason.contains("end-of-input")) {
            issue = Issue.of(IssueCode.JSON_TRUNCATED, location, walk.openDescription());
        } else {
            Optional<OwnWords> own = ownWords(text, at, reason);
            if (own.isPresent()) {
                return Issue.of(IssueCode.JSON_SYNTAX, location, own.get().reason())
                        .atPosition(own.get().line(), own.get().column());
            }
            issue = Issue.of(IssueCode.JSON_SYNTAX, location, readable(problem.getOriginalMessage()));
        }
        return issue.atPosition(line, column);
    }

    /** A syntax problem said in the format's words, and where it is. */
    private record OwnWords(String reason, int line, int column) {}

    /**
     * The mistakes authors make most, from other JSON dialects, said plainly and placed at the mistake:
     * a trailing comma (at the comma, not at the bracket after it), a comment, single quotes, a property
     * name without quotes. Anything else keeps the parser's words.
     */
    private static Optional<OwnWords> ownWords(char[] text, @Nullable TokenStreamLocation at, String reason) {
        if (at == null || at.getCharOffset() < 0 || at.getCharOffset() >= text.length) {
            return Optional.empty();
        }
        int offset = (int) at.getCharOffset();
        char c = text[offset];
        if (c == '}' || c == ']') {
            int previous = offset - 1;
            while (previous >= 0 && Character.isWhitespace(text[previous])) {
                previous--;
            }
            if (previous >= 0 && text[previous] == ',') {
                return Optional.of(at(text, previous, "trailing comma before " + c + " (remove the comma)"));
            }
        }
        boolean comment = c == '#'
                || (c == '/' && offset + 1 < text.length && (text[offset + 1] == '/' || text[offset + 1] == '*'));
        if (comment) {
            return Optional.of(
                    at(text, offset, "comments are not allowed in curriculum files (an x- property can hold a note)"));
        }
        if (c == '\'') {
            return Optional.of(at(text, offset, "single quotes are not allowed; use double quotes"));
        }
        if (reason.contains("double-quote to start property name") && (Character.isLetter(c) || c == '_' || c == '$')) {
            return Optional.of(at(text, offset, "property names must be in double quotes"));
        }
        return Optional.empty();
    }

    /** {@code reason} at the character {@code offset}: lines from 1, columns from 1 in UTF-16 code units. */
    private static OwnWords at(char[] text, int offset, String reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.length || text[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new OwnWords(reason, line, offset - lineStart + 1);
    }

    /**
     * How far back the offending token starts from where the parser stopped: a too-long number is
     * reported at its first digit, a too-deep container at its bracket.
     */
    private static int lengthBefore(char[] text, @Nullable TokenStreamLocation at) {
        if (at == null || at.getCharOffset() < 1 || at.getCharOffset() > text.length) {
            return 0;
        }
        int end = (int) at.getCharOffset();
        char last = text[end - 1];
        if (last == '[' || last == '{') {
            return 1;
        }
        int start = end;
        while (start > 0 && "0123456789+-.eE".indexOf(text[start - 1]) >= 0) {
            start--;
        }
        return end - start;
    }

    private Issue limitIssue(JacksonException problem, IssueLocation location) {
        String message = String.valueOf(problem.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("nesting depth")) {
            return Issue.of(
                    IssueCode.JSON_LIMIT_EXCEEDED, location, "The nesting depth", limits.maxDepth() + " levels");
        }
        if (message.contains("number")) {
            return Issue.of(
                    IssueCode.JSON_LIMIT_EXCEEDED,
                    location,
                    "The length of a number",
                    limits.maxNumberLength() + " characters");
        }
        if (message.contains("name")) {
            return Issue.of(
                    IssueCode.JSON_LIMIT_EXCEEDED,
                    location,
                    "The length of a property name",
                    Math.min(limits.maxStringLength(), StreamReadConstraints.DEFAULT_MAX_NAME_LEN) + " characters");
        }
        return Issue.of(
                IssueCode.JSON_LIMIT_EXCEEDED,
                location,
                "The length of a text",
                limits.maxStringLength() + " characters");
    }

    /** Jackson's reason, as the second half of one sentence: no character codes, no source excerpt. */
    static String readable(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "the text cannot be read as JSON";
        }
        String text = message.strip();
        int newline = text.indexOf('\n');
        if (newline > 0) {
            text = text.substring(0, newline).strip();
        }
        text = CHARACTER_CODE.matcher(text).replaceAll("");
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static ParsedDocument failed(PositionIndex positions, Issue issue) {
        return new ParsedDocument(null, positions, List.of(issue));
    }

    private static Decoded decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 4
                && ((bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xff) == 0xFE && (bytes[3] & 0xff) == 0xFF)
                        || ((bytes[0] & 0xff) == 0xFF
                                && (bytes[1] & 0xff) == 0xFE
                                && bytes[2] == 0
                                && bytes[3] == 0))) {
            return Decoded.problem("it starts with a UTF-32 byte order mark", 1, 1);
        }
        if (bytes.length >= 2
                && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
                        || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE))) {
            return Decoded.problem("it starts with a UTF-16 byte order mark", 1, 1);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        if (bytes.length - start >= 2 && (bytes[start] == 0 || bytes[start + 1] == 0)) {
            return Decoded.problem("it looks like UTF-16 or UTF-32 without a byte order mark", 1, 1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                char c = out.get(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= out.position() || out.get(i + 1) != '\n'))) {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return Decoded.problem(
                    String.format(Locale.ROOT, "byte %d (0x%02X) is not valid UTF-8", offset, bytes[offset] & 0xff),
                    line,
                    column);
        }
        out.flip();
        char[] text = new char[out.remaining()];
        out.get(text);
        return new Decoded(text, null);
    }

    private record Decoded(char[] text, @Nullable Issue problem) {
        static Decoded problem(String reason, int line, int column) {
            return new Decoded(
                    new char[0],
                    Issue.of(IssueCode.JSON_ENCODING, IssueLocation.root(), reason)
                            .atPosition(line, column));
        }
    }

    /** The recursive walk over the tokens; remembers the open containers for error reports. */
    private static final class Walk {
        private final PositionIndex positions;
        private final List<Issue> issues;
        private final int maxIssues;
        /** Duplicate keys past {@link #maxIssues}: counted, not built. */
        long omittedDuplicates;

        private final List<String> open = new ArrayList<>();
        private final List<Boolean> openIsObject = new ArrayList<>();
        /** The pointer of the value being read is this, or with {@link #currentIndex} appended: made only on error. */
        private String current = "";

        private int currentIndex = -1;
        private long currentStart = -1;

        Walk(PositionIndex positions, List<Issue> issues) {
            this(positions, issues, Integer.MAX_VALUE);
        }

        Walk(PositionIndex positions, List<Issue> issues, int maxIssues) {
            this.positions = positions;
            this.issues = issues;
            this.maxIssues = maxIssues;
        }

        /** The pointer of the value being read: where a value that is too long or too deep starts. */
        String currentPointer() {
            return currentIndex < 0 ? current : current + "/" + currentIndex;
        }

        /** Where the value at {@code pointer} (or its property name) starts, if it is the one being read. */
        Optional<PositionIndex.Position> currentStart(String pointer) {
            return currentStart >= 0 && currentPointer().equals(pointer)
                    ? Optional.of(PositionIndex.unpack(currentStart))
                    : Optional.empty();
        }

        String openPointer() {
            return open.isEmpty() ? "" : open.get(open.size() - 1);
        }

        String openDescription() {
            if (open.isEmpty()) {
                return "the top-level value";
            }
            String kind = openIsObject.get(open.size() - 1) ? "the object" : "the list";
            String pointer = openPointer();
            return pointer.isEmpty() ? "the top-level " + kind.substring(4) : kind + " at '" + pointer + "'";
        }

        /** Reads the document's value, whose first token is the parser's current token. */
        JsonNode root(JsonParser parser) {
            long start = start(parser);
            current = "";
            currentIndex = -1;
            currentStart = start;
            JsonNode root = value(parser, "");
            positions.root(root, start);
            return root;
        }

        private static long start(JsonParser parser) {
            TokenStreamLocation at = parser.currentTokenLocation();
            return PositionIndex.pack(at.getLineNr(), at.getColumnNr());
        }

        /** Reads the value whose first token is the parser's current token. */
        private JsonNode value(JsonParser parser, String pointer) {
            JsonToken token = parser.currentToken();
            if (token == null) {
                throw new IllegalStateException("parser has no current token");
            }
            return switch (token) {
                case START_OBJECT -> object(parser, pointer);
                case START_ARRAY -> array(parser, pointer);
                case VALUE_STRING -> StringNode.valueOf(parser.getString());
                case VALUE_NUMBER_INT ->
                    switch (parser.getNumberType()) {
                        case INT -> IntNode.valueOf(parser.getIntValue());
                        case LONG -> LongNode.valueOf(parser.getLongValue());
                        default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(parser.getDecimalValue());
                case VALUE_TRUE -> BooleanNode.TRUE;
                case VALUE_FALSE -> BooleanNode.FALSE;
                case VALUE_NULL -> NullNode.getInstance();
                default -> throw new IllegalStateException("unexpected token " + token);
            };
        }

        private ObjectNode object(JsonParser parser, String pointer) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            Positions starts = new Positions();
            open.add(pointer);
            openIsObject.add(true);
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + escape(name);
                long nameStart = start(parser);
                boolean duplicate = node.has(name);
                if (duplicate && issues.size() >= maxIssues) {
                    omittedDuplicates++;
                } else if (duplicate) {
                    issues.add(Issue.of(IssueCode.JSON_DUPLICATE_KEY, IssueLocation.parse(child), name)
                            .atPosition((int) (nameStart >>> 32), (int) nameStart));
                }
                current = child;
                currentIndex = -1;
                currentStart = nameStart;
                parser.nextToken();
                long valueStart = start(parser);
                currentStart = valueStart;
                JsonNode value = value(parser, child);
                if (!duplicate) {
                    node.set(name, value);
                    starts.add(nameStart);
                    starts.add(valueStart);
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IllegalStateException("unexpected token " + token + " in object");
            }
            positions.container(node, starts.toArray());
            open.remove(open.size() - 1);
            openIsObject.remove(openIsObject.size() - 1);
            return node;
        }

        private ArrayNode array(JsonParser parser, String pointer) {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            Positions starts = new Positions();
            open.add(pointer);
            openIsObject.add(false);
            while (true) {
                current = pointer;
                currentIndex = node.size();
                currentStart = -1;
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    break;
                }
                long valueStart = start(parser);
                currentStart = valueStart;
                starts.add(valueStart);
                JsonToken token = parser.currentToken();
                boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                // Only a container needs its own pointer; an array of a million numbers makes none.
                node.add(value(parser, container ? pointer + "/" + node.size() : pointer));
            }
            positions.container(node, starts.toArray());
            open.remove(open.size() - 1);
            openIsObject.remove(openIsObject.size() - 1);
            return node;
        }

        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }

    /** A growable list of packed positions. */
    private static final class Positions {
        private long[] values = new long[8];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
