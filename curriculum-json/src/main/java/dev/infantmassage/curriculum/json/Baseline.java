package dev.infantmassage.curriculum.json;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.json.internal.DocumentParser;
import dev.infantmassage.curriculum.json.internal.JsonText;
import dev.infantmassage.curriculum.json.internal.ParsedDocument;
import dev.infantmassage.curriculum.json.internal.PositionIndex;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The findings a project has accepted for now, so that only new ones fail: each by file, code, JSON
 * Pointer and a fingerprint of the code, pointer and message arguments (never the line, so edits
 * elsewhere in a file do not make a finding look new). Codes that stop a file being read are never
 * recorded.
 *
 * <p>The file is JSON: {@code {"baselineVersion": 1, "findings": [{"file", "code", "pointer",
 * "fingerprint"}...]}}, sorted, with paths relative to the baseline's directory and {@code /} between
 * names, so it diffs cleanly. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Baseline {
    /** The version of the file's shape. */
    public static final int VERSION = 1;

    /**
     * One accepted finding.
     *
     * @param file the file, relative to the baseline's directory, with {@code /} between names
     * @param code the issue's code, for example {@code schedule.week.out-of-range}
     * @param pointer the JSON Pointer of the finding
     * @param fingerprint the {@linkplain Baseline#fingerprint(Issue) fingerprint} of the finding
     * @since 0.1.0
     */
    public record Entry(String file, String code, String pointer, String fingerprint) {
        /**
         * Checks that every component is present.
         *
         * @param file the file, relative to the baseline's directory, with {@code /} between names
         * @param code the issue's code
         * @param pointer the JSON Pointer of the finding
         * @param fingerprint the fingerprint of the finding
         * @throws NullPointerException if a component is null
         */
        public Entry {
            requireNonNull(file, "file");
            requireNonNull(code, "code");
            requireNonNull(pointer, "pointer");
            requireNonNull(fingerprint, "fingerprint");
        }
    }

    /**
     * The outcome of comparing findings with a baseline: the findings of each file it does not record
     * (in the order given), how many it does, and its entries that match no finding.
     *
     * @param fresh the findings the baseline does not record, by file
     * @param known how many findings the baseline records
     * @param stale the entries that match no finding
     * @since 0.1.0
     */
    public record Comparison(Map<String, List<Issue>> fresh, long known, List<Entry> stale) {
        /**
         * Copies the collections, so the comparison is immutable.
         *
         * @param fresh the findings the baseline does not record, by file
         * @param known how many findings the baseline records
         * @param stale the entries that match no finding
         */
        public Comparison {
            fresh = Map.copyOf(fresh);
            stale = List.copyOf(stale);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
            .thenComparing(Entry::code)
            .thenComparing(Entry::pointer)
            .thenComparing(Entry::fingerprint);

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /**
     * {@return a baseline of these entries}
     *
     * @param entries the accepted findings, in any order
     */
    public static Baseline of(List<Entry> entries) {
        return new Baseline(requireNonNull(entries, "entries"));
    }

    /**
     * {@return the entry recording {@code issue}, found in {@code file} (as the baseline names it); empty if it may not
     * be recorded}
     *
     * @param file the file the issue was found in, as the baseline names it
     * @param issue the finding
     */
    public static Optional<Entry> entry(String file, Issue issue) {
        if (!issue.getCode().isAdjustable()) {
            return Optional.empty();
        }
        return Optional.of(
                new Entry(file, issue.getCode().code(), issue.getLocation().toPointer(), fingerprint(issue)));
    }

    /**
     * {@return a hash of the issue's code, pointer and message arguments: stable when lines move}
     *
     * @param issue the finding
     */
    public static String fingerprint(Issue issue) {
        StringBuilder text = new StringBuilder(issue.getCode().code())
                .append('\n')
                .append(issue.getLocation().toPointer());
        issue.getArguments().forEach(argument -> text.append('\n').append(argument));
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** {@return the accepted findings, sorted by file, code, pointer and fingerprint} */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Compares the findings of each file (by the name the baseline uses) with this baseline: findings
     * it records (each entry matches one finding) are known, the rest fresh; entries matching no finding
     * are stale (fixed, or moved).
     *
     * @param findings the issues found, by the file name the baseline uses
     * @return the known count, the fresh findings and the stale entries
     */
    public Comparison compare(Map<String, List<Issue>> findings) {
        requireNonNull(findings, "findings");
        Map<Entry, Integer> remaining = new LinkedHashMap<>();
        entries.forEach(entry -> remaining.merge(entry, 1, Integer::sum));
        Map<String, List<Issue>> fresh = new LinkedHashMap<>();
        long known = 0;
        for (Map.Entry<String, List<Issue>> file : findings.entrySet()) {
            List<Issue> unknown = new ArrayList<>();
            for (Issue issue : file.getValue()) {
                Optional<Entry> entry = entry(file.getKey(), issue);
                Integer left = entry.map(remaining::get).orElse(null);
                if (left != null && left > 0) {
                    remaining.put(entry.get(), left - 1);
                    known++;
                } else {
                    unknown.add(issue);
                }
            }
            fresh.put(file.getKey(), List.copyOf(unknown));
        }
        List<Entry> stale = new ArrayList<>();
        remaining.forEach((entry, left) -> {
            for (int i = 0; i < left; i++) {
                stale.add(entry);
            }
        });
        return new Comparison(fresh, known, stale);
    }

    /**
     * {@return the baseline less {@code stale}: what a ratchet writes back}
     *
     * @param stale entries to drop, usually {@link Comparison#stale()}
     */
    public Baseline without(List<Entry> stale) {
        List<Entry> kept = new ArrayList<>(entries);
        stale.forEach(kept::remove);
        return new Baseline(kept);
    }

    /** {@return the file's text: canonical, sorted, one finding per line, a final newline} */
    public String toJson() {
        StringBuilder json =
                new StringBuilder("{\n  \"baselineVersion\": ").append(VERSION).append(",\n  \"findings\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    { \"file\": ")
                    .append(JsonText.quoted(entry.file()))
                    .append(", \"code\": ")
                    .append(JsonText.quoted(entry.code()))
                    .append(", \"pointer\": ")
                    .append(JsonText.quoted(entry.pointer()))
                    .append(", \"fingerprint\": ")
                    .append(JsonText.quoted(entry.fingerprint()))
                    .append(" }");
        }
        return json.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /**
     * Reads a baseline file.
     *
     * @param file the baseline file
     * @return the baseline the file holds
     * @throws UncheckedIOException if it cannot be read
     * @throws IllegalArgumentException if it is not a baseline; the message names the line, column and pointer
     */
    public static Baseline read(Path file) {
        requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read baseline '" + file + "'", e);
        }
        ParsedDocument document = new DocumentParser(ReadLimits.defaults()).parse(bytes);
        if (!document.issues().isEmpty()) {
            Issue first = document.issues().get(0);
            throw new IllegalArgumentException(file + ":" + first.getLine().orElse(1) + ":"
                    + first.getColumn().orElse(1) + ": " + first.getMessage() + " ["
                    + first.getCode().code() + "]");
        }
        JsonNode root = document.root();
        PositionIndex positions = document.positions();
        IssueLocation findingsAt = IssueLocation.root().property("findings");
        if (root == null
                || !root.isObject()
                || !root.path("findings").isArray()
                || root.path("baselineVersion").asInt(0) != VERSION) {
            throw invalid(
                    file,
                    positions,
                    IssueLocation.root(),
                    "A baseline must be an object with baselineVersion " + VERSION + " and a list of findings");
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode findings = root.get("findings");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode finding = findings.get(i);
            List<String> values = new ArrayList<>();
            for (String name : List.of("file", "code", "pointer", "fingerprint")) {
                JsonNode value = finding.path(name);
                if (!value.isString()) {
                    throw invalid(file, positions, findingsAt.index(i), "A finding must have the text '" + name + "'");
                }
                values.add(value.stringValue());
            }
            if (IssueCode.fromCode(values.get(1)).isEmpty()) {
                throw invalid(
                        file,
                        positions,
                        findingsAt.index(i).property("code"),
                        "'" + values.get(1) + "' is not an issue code");
            }
            entries.add(new Entry(values.get(0), values.get(1), values.get(2), values.get(3)));
        }
        return new Baseline(entries);
    }

    private static IllegalArgumentException invalid(
            Path file, PositionIndex positions, IssueLocation at, String message) {
        PositionIndex.Position position = positions.valueAt(at).orElse(new PositionIndex.Position(1, 1));
        return new IllegalArgumentException(file + ":" + position.line() + ":" + position.column() + ": " + message
                + (at.isRoot() ? "" : " at " + at.toPointer()));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Baseline baseline && baseline.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Baseline[" + entries.size() + " findings]";
    }
}
