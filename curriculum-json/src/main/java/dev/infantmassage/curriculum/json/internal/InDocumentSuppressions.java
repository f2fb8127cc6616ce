package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.json.ReadLimits;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@code x-suppress} properties of a document: on any object, a list of
 * {@code {"code": ..., "reason": ..., "expires": "YYYY-MM-DD"}} objects, each suppressing its code in
 * that object and below. A document without the text {@code x-suppress} is not parsed again.
 */
public final class InDocumentSuppressions {
    /** The property name. */
    public static final String PROPERTY = "x-suppress";

    private static final byte[] MARKER = PROPERTY.getBytes(StandardCharsets.UTF_8);
    private static final Set<String> FIELDS = Set.of("code", "reason", "expires");

    /** One entry: the code it suppresses, in which object, why, until when, and where it is written. */
    public record Entry(
            IssueCode code,
            IssueLocation scope,
            String reason,
            Optional<LocalDate> expires,
            IssueLocation at,
            int line,
            int column) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<Issue> problems = new ArrayList<>();
    private final PositionIndex positions;
    private final String file;

    private InDocumentSuppressions(PositionIndex positions, String file) {
        this.positions = positions;
        this.file = file;
    }

    /** The entries of {@code document}, and its malformed ones as {@code suppression.invalid} issues. */
    public static InDocumentSuppressions read(byte[] document, String file) {
        if (!contains(document, MARKER)) {
            return new InDocumentSuppressions(new PositionIndex(), file);
        }
        ParsedDocument parsed = new DocumentParser(ReadLimits.defaults()).parse(document);
        InDocumentSuppressions found = new InDocumentSuppressions(parsed.positions(), file);
        if (parsed.root() != null) {
            found.walk(parsed.root(), IssueLocation.root());
        }
        return found;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Issue> problems() {
        return List.copyOf(problems);
    }

    private void walk(JsonNode node, IssueLocation at) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at.index(i));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().equals(PROPERTY)) {
                    entries(property.getValue(), at, at.property(PROPERTY));
                } else {
                    walk(property.getValue(), at.property(property.getKey()));
                }
            }
        }
    }

    private void entries(JsonNode list, IssueLocation scope, IssueLocation at) {
        if (!list.isArray()) {
            problem(at, "be a list of objects with a code and a reason", "it is not a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            IssueLocation entryAt = at.index(i);
            if (!entry.isObject()) {
                problem(entryAt, "be an object with a code and a reason", "it is not an object");
                continue;
            }
            Optional<String> unknown = entry.propertyNames().stream()
                    .filter(name -> !FIELDS.contains(name))
                    .findFirst();
            if (unknown.isPresent()) {
                problem(
                        entryAt.property(unknown.get()),
                        "have only code, reason and expires",
                        "it has '" + Binding.quote(unknown.get()) + "'");
                continue;
            }
            JsonNode code = entry.get("code");
            JsonNode reason = entry.get("reason");
            if (code == null || !code.isString()) {
                problem(entryAt, "name an issue code", code == null ? "it has no code" : "its code is not a text");
                continue;
            }
            Optional<IssueCode> known = IssueCode.fromCode(code.stringValue());
            if (known.isEmpty()) {
                problem(
                        entryAt.property("code"),
                        "name an issue code",
                        "'" + Binding.quote(code.stringValue()) + "' is none");
                continue;
            }
            if (!known.get().isAdjustable() || known.get() == IssueCode.SUPPRESSION_EXPIRED) {
                problem(
                        entryAt.property("code"),
                        "name a code that can be suppressed",
                        "'" + known.get().code() + "' cannot be: it stops a file being read");
                continue;
            }
            if (reason == null || !reason.isString() || reason.stringValue().isBlank()) {
                problem(entryAt, "give a reason", "it has none");
                continue;
            }
            Optional<LocalDate> expires = Optional.empty();
            JsonNode expiry = entry.get("expires");
            if (expiry != null) {
                try {
                    expires = Optional.of(LocalDate.parse(expiry.isString() ? expiry.stringValue() : ""));
                } catch (DateTimeParseException e) {
                    problem(
                            entryAt.property("expires"),
                            "expire on a date such as 2027-01-31",
                            "it expires on "
                                    + (expiry.isString() ? "'" + Binding.quote(expiry.stringValue()) + "'" : expiry));
                    continue;
                }
            }
            PositionIndex.Position position = positions.valueAt(entryAt).orElse(new PositionIndex.Position(1, 1));
            entries.add(new Entry(
                    known.get(), scope, reason.stringValue(), expires, entryAt, position.line(), position.column()));
        }
    }

    private void problem(IssueLocation at, String must, String but) {
        PositionIndex.Position position = positions.valueAt(at).orElse(new PositionIndex.Position(1, 1));
        problems.add(Issue.of(IssueCode.SUPPRESSION_INVALID, at, must, but)
                .atPosition(position.line(), position.column())
                .inFile(file));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
