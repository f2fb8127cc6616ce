package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.Suppressions;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * {@code --format sarif}: a SARIF 2.1.0 log with one run. The driver lists every {@link IssueCode} as a
 * rule with its description, so code-scanning tools can show the rule next to each result; paths are
 * URIs relative to the working directory, which is the repository root in CI.
 */
final class SarifReport {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/infantmassage/curriculum";

    private SarifReport() {}

    static String render(ValidationRun run, String toolVersion, Path workingDirectory) {
        JsonWriter json = new JsonWriter(Integer.MAX_VALUE)
                .beginObject()
                .field("$schema", SCHEMA)
                .field("version", "2.1.0")
                .name("runs")
                .beginArray()
                .beginObject();
        json.name("tool")
                .beginObject()
                .name("driver")
                .beginObject()
                .field("name", "curriculum")
                .field("version", toolVersion)
                .field("informationUri", INFORMATION_URI)
                .name("rules")
                .beginArray();
        for (IssueCode code : IssueCode.values()) {
            rule(json, code);
        }
        json.endArray().endObject().endObject();

        json.name("invocations")
                .beginArray()
                .beginObject()
                .name("executionSuccessful")
                .value(run.unreadable().isEmpty());
        if (!run.unreadable().isEmpty()) {
            json.name("toolExecutionNotifications").beginArray();
            for (String problem : run.unreadable()) {
                json.beginObject()
                        .field("level", "error")
                        .name("message")
                        .beginObject()
                        .field("text", problem)
                        .endObject()
                        .endObject();
            }
            json.endArray();
        }
        json.endObject().endArray();

        json.name("results").beginArray();
        for (FileReport report : run.reports()) {
            String uri = artifactUri(report.file(), workingDirectory);
            for (Issue issue : report.issues()) {
                result(json, issue, uri, null);
            }
            for (Suppressions.Suppressed suppressed : report.suppressed()) {
                result(json, suppressed.issue(), uri, suppressed);
            }
        }
        return json.endArray().endObject().endArray().endObject().finish();
    }

    private static void rule(JsonWriter json, IssueCode code) {
        json.beginObject()
                .field("id", code.code())
                .field("name", ruleName(code))
                .name("shortDescription")
                .beginObject()
                .field("text", firstSentence(code.description()))
                .endObject()
                .name("fullDescription")
                .beginObject()
                .field("text", code.description())
                .endObject()
                .name("defaultConfiguration")
                .beginObject()
                .field("level", level(code.defaultSeverity()))
                .endObject()
                .endObject();
    }

    /** One result; a suppressed one carries SARIF's {@code suppressions} with its kind and reason. */
    private static void result(JsonWriter json, Issue issue, String uri, Suppressions.@Nullable Suppressed suppressed) {
        json.beginObject()
                .field("ruleId", issue.getCode().code())
                .name("ruleIndex")
                .value(issue.getCode().ordinal())
                .field("level", level(issue.getSeverity()))
                .name("message")
                .beginObject()
                .field("text", issue.getMessage())
                .endObject()
                .name("locations")
                .beginArray()
                .beginObject()
                .name("physicalLocation")
                .beginObject()
                .name("artifactLocation")
                .beginObject()
                .field("uri", uri)
                .endObject();
        if (issue.getLine().isPresent()) {
            json.name("region")
                    .beginObject()
                    .name("startLine")
                    .value(issue.getLine().get());
            issue.getColumn().ifPresent(column -> json.name("startColumn").value(column));
            json.endObject();
        }
        json.endObject();
        String pointer = issue.getLocation().toPointer();
        if (!pointer.isEmpty()) {
            json.name("logicalLocations")
                    .beginArray()
                    .beginObject()
                    .field("fullyQualifiedName", pointer)
                    .field("kind", "member")
                    .endObject()
                    .endArray();
        }
        json.endObject().endArray();
        if (suppressed != null) {
            json.name("suppressions")
                    .beginArray()
                    .beginObject()
                    .field("kind", suppressed.kind() == Suppressions.Kind.IN_SOURCE ? "inSource" : "external")
                    .field("justification", suppressed.reason())
                    .endObject()
                    .endArray();
        }
        json.endObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code json.unknown-property} becomes {@code JsonUnknownProperty}. */
    static String ruleName(IssueCode code) {
        StringBuilder name = new StringBuilder();
        for (String word : code.code().split("[.-]")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /**
     * The file as a URI reference: relative to the working directory when it lies inside it (what
     * GitHub code scanning expects), otherwise an absolute {@code file:} URI; the built-in curriculum keeps
     * its {@code built-in:} name.
     */
    static String artifactUri(String file, Path workingDirectory) {
        if (file.equals(CurriculumFiles.REFERENCE_NAME)) {
            return file;
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return encode(file);
        }
        if (path.isAbsolute()
                && !path.normalize()
                        .startsWith(workingDirectory.toAbsolutePath().normalize())) {
            return path.normalize().toUri().toString();
        }
        String relative = relativePath(file, workingDirectory);
        int firstSlash = relative.indexOf('/');
        String firstSegment = firstSlash < 0 ? relative : relative.substring(0, firstSlash);
        // A colon in the first segment would read as a URI scheme.
        return encode(firstSegment.contains(":") ? "./" + relative : relative);
    }

    /**
     * The file's path relative to the working directory, with {@code /} separators, when it lies
     * inside it; otherwise the file as given.
     */
    static String relativePath(String file, Path workingDirectory) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return file;
        }
        if (path.isAbsolute()) {
            Path base = workingDirectory.toAbsolutePath().normalize();
            if (!path.normalize().startsWith(base)) {
                return file;
            }
            path = base.relativize(path.normalize());
        }
        return path.normalize().toString().replace('\\', '/');
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot express '" + path + "' as a URI", e);
        }
    }
}
