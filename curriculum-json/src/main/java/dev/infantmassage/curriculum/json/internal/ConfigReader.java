package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.json.PathPattern;
import dev.infantmassage.curriculum.json.ReadLimits;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code curriculum.config.json} and the configs it extends into {@link Settings}. Bad content
 * becomes issues located in the file that has it (file, line, column, pointer); the settings that
 * could be read still apply.
 */
public final class ConfigReader {
    private static final Set<String> TOP =
            Set.of("$schema", "extends", "rules", "include", "exclude", "overrides", "suppressions");
    private static final Set<String> OVERRIDE = Set.of("files", "rules");
    private static final Set<String> SUPPRESSION = Set.of("reason", "expires");
    private static final List<String> LEVELS = List.of("error", "warning", "info", "off");

    /** A pattern and the directory it is relative to. */
    public record Scoped(Path base, PathPattern pattern) {}

    /** Rules for the files some patterns match. */
    public record Override(List<Scoped> files, Map<IssueCode, Optional<Severity>> rules) {}

    /** One suppression entry: a finding to leave out of reports, where it was written, and why. */
    public record Suppression(
            Path file,
            IssueCode code,
            String pointer,
            String reason,
            Optional<LocalDate> expires,
            Path configFile,
            int line,
            int column,
            String entryPointer) {}

    /**
     * Everything a config says, merged with what it extends (that first, this file's settings over it).
     * A rule maps a code to a severity, or to empty for {@code off}.
     */
    public record Settings(
            Map<IssueCode, Optional<Severity>> rules,
            List<Scoped> include,
            List<Scoped> exclude,
            List<Override> overrides,
            List<Suppression> suppressions,
            List<Issue> issues) {}

    private final List<Issue> issues = new ArrayList<>();

    private ConfigReader() {}

    /**
     * Reads {@code file} and what it extends.
     *
     * @throws IOException if {@code file} itself cannot be read
     */
    public static Settings read(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        byte[] bytes = Files.readAllBytes(absolute);
        ConfigReader reader = new ConfigReader();
        Builder settings = new Builder();
        reader.read(absolute, file.toString(), bytes, settings, new ArrayList<>());
        reader.issues.sort(Comparator.comparing((Issue issue) -> issue.getLine().orElse(0))
                .thenComparing(issue -> issue.getColumn().orElse(0)));
        return settings.build(reader.issues);
    }

    private static final class Builder {
        final Map<IssueCode, Optional<Severity>> rules = new LinkedHashMap<>();
        final List<Scoped> include = new ArrayList<>();
        final List<Scoped> exclude = new ArrayList<>();
        final List<Override> overrides = new ArrayList<>();
        final List<Suppression> suppressions = new ArrayList<>();

        Settings build(List<Issue> issues) {
            return new Settings(
                    Map.copyOf(rules),
                    List.copyOf(include),
                    List.copyOf(exclude),
                    List.copyOf(overrides),
                    List.copyOf(suppressions),
                    List.copyOf(issues));
        }
    }

    /** One file of the chain: its base first, then its own settings. */
    private void read(Path file, String name, byte[] bytes, Builder settings, List<Path> chain) {
        chain.add(file);
        ParsedDocument document = new DocumentParser(ReadLimits.defaults()).parse(bytes);
        Located at = new Located(document.positions(), name);
        document.issues().forEach(issue -> issues.add(at.locate(issue, false)));
        JsonNode root = document.root();
        if (root == null) {
            return;
        }
        IssueLocation top = IssueLocation.root();
        if (!root.isObject()) {
            issues.add(at.locate(
                    Issue.of(IssueCode.CONFIG_INVALID_VALUE, top, "curriculum.config.json", "an object", kind(root)),
                    false));
            return;
        }
        Path base = file.getParent();
        JsonNode extended = root.get("extends");
        if (extended != null) {
            extend(extended, base, at, settings, chain);
        }
        unknown(root, TOP, top, at);
        JsonNode rules = root.get("rules");
        if (rules != null) {
            settings.rules.putAll(rules(rules, top.property("rules"), at));
        }
        JsonNode include = root.get("include");
        if (include != null) {
            settings.include.clear();
            settings.include.addAll(patterns(include, base, top.property("include"), at));
        }
        JsonNode exclude = root.get("exclude");
        if (exclude != null) {
            settings.exclude.addAll(patterns(exclude, base, top.property("exclude"), at));
        }
        JsonNode overrides = root.get("overrides");
        if (overrides != null) {
            overrides(overrides, base, top.property("overrides"), at, settings);
        }
        JsonNode suppressions = root.get("suppressions");
        if (suppressions != null) {
            suppressions(suppressions, file, top.property("suppressions"), at, settings);
        }
        JsonNode schema = root.get("$schema");
        if (schema != null && !schema.isString()) {
            invalid(at, top.property("$schema"), "$schema", "a text", schema);
        }
    }

    private void extend(JsonNode extended, Path base, Located at, Builder settings, List<Path> chain) {
        IssueLocation location = IssueLocation.root().property("extends");
        if (!extended.isString() || extended.stringValue().isBlank()) {
            invalid(at, location, "extends", "a relative path to a config file", extended);
            return;
        }
        Path target;
        try {
            target = base.resolve(extended.stringValue()).normalize();
        } catch (InvalidPathException e) {
            invalid(at, location, "extends", "a relative path to a config file", extended);
            return;
        }
        if (chain.contains(target)) {
            List<String> names = new ArrayList<>();
            chain.subList(chain.indexOf(target), chain.size())
                    .forEach(path -> names.add(path.getFileName().toString()));
            names.add(target.getFileName().toString());
            issues.add(at.locate(
                    Issue.of(
                            IssueCode.CONFIG_EXTENDS_CYCLE,
                            location,
                            Binding.quote(extended.stringValue()),
                            String.join(" extends ", names)),
                    false));
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(target);
        } catch (IOException e) {
            issues.add(at.locate(
                    Issue.of(
                            IssueCode.CONFIG_EXTENDS_UNRESOLVED,
                            location,
                            Binding.quote(extended.stringValue()),
                            e instanceof NoSuchFileException
                                    ? "no such file"
                                    : Files.isDirectory(target) ? "it is a directory" : "it cannot be opened"),
                    false));
            return;
        }
        String name = Path.of(at.name())
                .resolveSibling(extended.stringValue())
                .normalize()
                .toString();
        read(target, name, bytes, settings, chain);
        chain.remove(chain.size() - 1);
    }

    private Map<IssueCode, Optional<Severity>> rules(JsonNode rules, IssueLocation location, Located at) {
        Map<IssueCode, Optional<Severity>> read = new LinkedHashMap<>();
        if (!rules.isObject()) {
            invalid(at, location, "rules", "an object of issue codes and severities", rules);
            return read;
        }
        for (Map.Entry<String, JsonNode> rule : rules.properties()) {
            IssueLocation ruleAt = location.property(rule.getKey());
            Optional<IssueCode> code = IssueCode.fromCode(rule.getKey());
            if (code.isEmpty()) {
                Optional<String> near = Suggestions.nearest(
                        rule.getKey(),
                        Arrays.stream(IssueCode.values()).map(IssueCode::code).toList());
                issues.add(at.locate(
                        Issue.of(
                                IssueCode.CONFIG_RULE_UNKNOWN_CODE,
                                ruleAt,
                                Binding.quote(rule.getKey()),
                                near.map(name -> "; did you mean '" + name + "'?")
                                        .orElse("")),
                        true));
                continue;
            }
            if (!code.get().isAdjustable()) {
                issues.add(at.locate(Issue.of(IssueCode.CONFIG_RULE_NOT_ADJUSTABLE, ruleAt, rule.getKey()), true));
                continue;
            }
            JsonNode level = rule.getValue();
            if (!level.isString() || !LEVELS.contains(level.stringValue())) {
                invalid(at, ruleAt, rule.getKey(), "error, warning, info or off", level);
                continue;
            }
            read.put(
                    code.get(),
                    level.stringValue().equals("off")
                            ? Optional.empty()
                            : Optional.of(Severity.valueOf(level.stringValue().toUpperCase(java.util.Locale.ROOT))));
        }
        return read;
    }

    private List<Scoped> patterns(JsonNode patterns, Path base, IssueLocation location, Located at) {
        String name = location.lastProperty().orElse("files");
        List<Scoped> read = new ArrayList<>();
        if (!patterns.isArray()) {
            invalid(at, location, name, "a list of patterns", patterns);
            return read;
        }
        for (int i = 0; i < patterns.size(); i++) {
            JsonNode pattern = patterns.get(i);
            if (!pattern.isString()) {
                invalid(at, location.index(i), name, "a pattern", pattern);
                continue;
            }
            try {
                read.add(new Scoped(base, PathPattern.parse(pattern.stringValue())));
            } catch (IllegalArgumentException e) {
                invalid(at, location.index(i), name, "a pattern that matches something", pattern);
            }
        }
        return read;
    }

    private void overrides(JsonNode overrides, Path base, IssueLocation location, Located at, Builder settings) {
        if (!overrides.isArray()) {
            invalid(at, location, "overrides", "a list of objects with files and rules", overrides);
            return;
        }
        for (int i = 0; i < overrides.size(); i++) {
            JsonNode override = overrides.get(i);
            IssueLocation overrideAt = location.index(i);
            if (!override.isObject()) {
                invalid(at, overrideAt, "overrides", "an object with files and rules", override);
                continue;
            }
            unknown(override, OVERRIDE, overrideAt, at);
            JsonNode files = override.get("files");
            List<Scoped> patterns = files == null ? List.of() : patterns(files, base, overrideAt.property("files"), at);
            if (files == null || (files.isArray() && files.isEmpty())) {
                invalid(
                        at,
                        files == null ? overrideAt : overrideAt.property("files"),
                        "files",
                        "a list of at least one pattern",
                        files);
            }
            JsonNode rules = override.get("rules");
            Map<IssueCode, Optional<Severity>> read =
                    rules == null ? Map.of() : rules(rules, overrideAt.property("rules"), at);
            if (!patterns.isEmpty()) {
                settings.overrides.add(new Override(List.copyOf(patterns), Map.copyOf(read)));
            }
        }
    }

    private void suppressions(JsonNode suppressions, Path file, IssueLocation location, Located at, Builder settings) {
        if (!suppressions.isObject()) {
            invalid(at, location, "suppressions", "an object of files", suppressions);
            return;
        }
        for (Map.Entry<String, JsonNode> byFile : suppressions.properties()) {
            IssueLocation fileAt = location.property(byFile.getKey());
            Path suppressed;
            try {
                suppressed = file.getParent().resolve(byFile.getKey()).normalize();
            } catch (InvalidPathException e) {
                invalid(at, fileAt, "suppressions", "a path relative to the config", byFile.getValue());
                continue;
            }
            if (!byFile.getValue().isObject()) {
                invalid(at, fileAt, byFile.getKey(), "an object of issue codes", byFile.getValue());
                continue;
            }
            for (Map.Entry<String, JsonNode> byCode : byFile.getValue().properties()) {
                IssueLocation codeAt = fileAt.property(byCode.getKey());
                Optional<IssueCode> code = IssueCode.fromCode(byCode.getKey());
                if (code.isEmpty()) {
                    Optional<String> near = Suggestions.nearest(
                            byCode.getKey(),
                            Arrays.stream(IssueCode.values())
                                    .map(IssueCode::code)
                                    .toList());
                    issues.add(at.locate(
                            Issue.of(
                                    IssueCode.CONFIG_RULE_UNKNOWN_CODE,
                                    codeAt,
                                    Binding.quote(byCode.getKey()),
                                    near.map(name -> "; did you mean '" + name + "'?")
                                            .orElse("")),
                            true));
                    continue;
                }
                if (!code.get().isAdjustable()) {
                    issues.add(
                            at.locate(Issue.of(IssueCode.CONFIG_RULE_NOT_ADJUSTABLE, codeAt, byCode.getKey()), true));
                    continue;
                }
                if (!byCode.getValue().isObject()) {
                    invalid(at, codeAt, byCode.getKey(), "an object of JSON Pointers", byCode.getValue());
                    continue;
                }
                for (Map.Entry<String, JsonNode> byPointer : byCode.getValue().properties()) {
                    suppression(
                            byPointer.getKey(),
                            byPointer.getValue(),
                            codeAt.property(byPointer.getKey()),
                            suppressed,
                            code.get(),
                            file,
                            at,
                            settings);
                }
            }
        }
    }

    private void suppression(
            String pointer,
            JsonNode entry,
            IssueLocation entryAt,
            Path suppressed,
            IssueCode code,
            Path file,
            Located at,
            Builder settings) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            issues.add(at.locate(
                    Issue.of(
                            IssueCode.CONFIG_INVALID_VALUE,
                            entryAt,
                            Binding.quote(pointer),
                            "a JSON Pointer (empty or starting with '/')",
                            "'" + Binding.quote(pointer) + "'"),
                    true));
            return;
        }
        if (!entry.isObject()) {
            invalid(at, entryAt, pointer, "an object with a reason", entry);
            return;
        }
        unknown(entry, SUPPRESSION, entryAt, at);
        JsonNode reason = entry.get("reason");
        if (reason == null || !reason.isString() || reason.stringValue().isBlank()) {
            invalid(at, reason == null ? entryAt : entryAt.property("reason"), "reason", "a text saying why", reason);
            return;
        }
        Optional<LocalDate> expires = Optional.empty();
        JsonNode expiry = entry.get("expires");
        if (expiry != null) {
            try {
                if (!expiry.isString()) {
                    throw new DateTimeParseException("not a text", "", 0);
                }
                expires = Optional.of(LocalDate.parse(expiry.stringValue()));
            } catch (DateTimeParseException e) {
                invalid(at, entryAt.property("expires"), "expires", "a date such as 2027-01-31", expiry);
                return;
            }
        }
        PositionIndex.Position position = at.positions().nameAt(entryAt).orElse(new PositionIndex.Position(1, 1));
        settings.suppressions.add(new Suppression(
                suppressed,
                code,
                pointer,
                reason.stringValue(),
                expires,
                file,
                position.line(),
                position.column(),
                entryAt.toPointer()));
    }

    private void unknown(JsonNode object, Set<String> known, IssueLocation location, Located at) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name) && !name.startsWith("x-")) {
                Optional<String> near = Suggestions.nearest(name, known);
                issues.add(at.locate(
                        Issue.of(
                                IssueCode.CONFIG_UNKNOWN_PROPERTY,
                                location.property(name),
                                Binding.quote(name),
                                near.map(candidate -> "; did you mean '" + candidate + "'?")
                                        .orElse("")),
                        true));
            }
        }
    }

    private void invalid(Located at, IssueLocation location, String name, String expected, @Nullable JsonNode value) {
        issues.add(at.locate(
                Issue.of(
                        IssueCode.CONFIG_INVALID_VALUE,
                        location,
                        Binding.quote(name),
                        expected,
                        value == null ? "missing" : kind(value)),
                false));
    }

    private static String kind(JsonNode value) {
        if (value.isString()) {
            return "'" + Binding.quote(value.stringValue()) + "'";
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.toString();
        }
        return value.isNull() ? "null" : value.isArray() ? "a list" : "an object";
    }

    /** Places issues of one config file: its name, and the line and column of their pointer. */
    private record Located(PositionIndex positions, String name) {
        Issue locate(Issue issue, boolean atName) {
            Issue located = issue;
            if (issue.getLine().isEmpty()) {
                Optional<PositionIndex.Position> position =
                        atName ? positions.nameAt(issue.getLocation()) : positions.valueAt(issue.getLocation());
                PositionIndex.Position where = position.orElse(new PositionIndex.Position(1, 1));
                located = issue.atPosition(where.line(), where.column());
            }
            return located.inFile(name);
        }
    }
}
