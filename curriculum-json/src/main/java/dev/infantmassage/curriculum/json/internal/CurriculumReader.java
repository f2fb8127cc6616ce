package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.PropertyNames;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reading pipeline after parsing: check the top level and the format version, bind the tree to
 * the model collecting every issue, validate, drop the validator's findings about values binding
 * already reported, and give every issue its file, line and column.
 */
public final class CurriculumReader {
    private static final String FORMAT_VERSION = PropertyNames.nameOf(Curriculum::getFormatVersion);
    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private final ValidationOptions options;
    private final CurriculumValidator validator;

    public CurriculumReader(ValidationOptions options) {
        this.options = options;
        this.validator = CurriculumValidator.create(options);
    }

    /**
     * What reading found: the curriculum when every value could be bound, the full report, and the
     * changes binding found that would fix some of the report's issues without changing what the file says.
     */
    public record Outcome(Optional<Curriculum> curriculum, ValidationReport report, List<Replacement> replacements) {
        public Outcome {
            replacements = List.copyOf(replacements);
        }

        public Outcome(Optional<Curriculum> curriculum, ValidationReport report) {
            this(curriculum, report, List.of());
        }
    }

    public Outcome read(ParsedDocument document, String source) {
        List<Issue> found = new ArrayList<>(document.issues());
        List<Issue> validated = new ArrayList<>();
        Map<Severity, Long> omitted = new EnumMap<>(Severity.class);
        if (document.omittedDuplicateKeys() > 0) {
            options.severityOf(IssueCode.JSON_DUPLICATE_KEY)
                    .ifPresent(severity -> omitted.merge(severity, document.omittedDuplicateKeys(), Long::sum));
        }
        Curriculum bound = null;
        List<Replacement> replacements = List.of();
        boolean readingFailed = omitted.getOrDefault(Severity.ERROR, 0L) > 0;
        JsonNode root = document.root();
        if (root != null) {
            if (!root.isObject()) {
                found.add(Issue.of(IssueCode.JSON_NOT_AN_OBJECT, IssueLocation.root(), Binding.describe(root)));
            } else {
                Issue version = checkVersion(root);
                if (version != null) {
                    found.add(version);
                } else {
                    Binding binding = Binding.reporting(options);
                    bound = CurriculumFormat.CURRICULUM.read(root, IssueLocation.root(), "curriculum", binding);
                    found.addAll(binding.issues());
                    replacements = binding.replacements();
                    binding.omitted().forEach((severity, count) -> omitted.merge(severity, count, Long::sum));
                    readingFailed |= binding.omitted().getOrDefault(Severity.ERROR, 0L) > 0;
                    if (bound != null) {
                        // Findings about values binding already reported are dropped before they are built.
                        ValidationReport report = validator.validate(bound, binding::covers);
                        validated.addAll(report.issues());
                        for (Severity severity : Severity.values()) {
                            long listed = report.issues().stream()
                                    .filter(issue -> issue.getSeverity() == severity)
                                    .count();
                            omitted.merge(severity, report.count(severity) - listed, Long::sum);
                        }
                    }
                }
            }
        }
        List<Issue> located = new ArrayList<>(found.size() + validated.size());
        for (Issue issue : found) {
            Optional<Issue> applied = options.apply(issue);
            if (applied.isPresent()) {
                located.add(locate(applied.get(), document.positions(), source));
                readingFailed |= applied.get().getSeverity() == Severity.ERROR;
            }
        }
        validated.forEach(issue -> located.add(locate(issue, document.positions(), source)));
        Optional<Curriculum> curriculum = readingFailed ? Optional.empty() : Optional.ofNullable(bound);
        return new Outcome(
                curriculum, ValidationReport.of(located, omitted).limitedTo(options.getMaxIssues()), replacements);
    }

    /** An outcome that is one issue about the whole file, such as a file that cannot be opened. */
    public static Outcome failure(Issue issue, String source) {
        Issue located = issue.getLine().isPresent() ? issue : issue.atPosition(1, 1);
        return new Outcome(Optional.empty(), ValidationReport.of(List.of(located.inFile(source))));
    }

    /**
     * Checks {@code formatVersion} before binding: a file of another major version may have another
     * shape entirely, so binding it would only bury the one useful message. This is the seam for
     * migrating older versions: a migration would rewrite the tree to version 1 here.
     */
    private static @Nullable Issue checkVersion(JsonNode root) {
        JsonNode version = root.get(FORMAT_VERSION);
        if (version == null || !version.isString()) {
            return null;
        }
        Matcher matcher = VERSION.matcher(version.stringValue());
        if (matcher.matches() && Integer.parseInt(matcher.group(1)) == CurriculumFormat.MAJOR_VERSION) {
            return null;
        }
        return Issue.of(
                IssueCode.JSON_FORMAT_VERSION,
                IssueLocation.root().property(FORMAT_VERSION),
                Binding.quote(version.stringValue()));
    }

    private static Issue locate(Issue issue, PositionIndex positions, String source) {
        Issue located = issue;
        if (issue.getLine().isEmpty()) {
            boolean atName = issue.getCode() == IssueCode.JSON_UNKNOWN_PROPERTY
                    || issue.getCode() == IssueCode.JSON_DUPLICATE_KEY;
            Optional<PositionIndex.Position> position =
                    atName ? positions.nameAt(issue.getLocation()) : positions.valueAt(issue.getLocation());
            PositionIndex.Position at = position.orElse(new PositionIndex.Position(1, 1));
            located = issue.atPosition(at.line(), at.column());
        }
        return located.inFile(source);
    }
}
