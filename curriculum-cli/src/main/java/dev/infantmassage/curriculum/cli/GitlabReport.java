package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.Issue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * {@code --format gitlab}: a GitLab Code Quality report (a JSON array of Code Climate issues), which
 * GitLab shows in merge requests when a job publishes it as {@code artifacts:reports:codequality}.
 * Each issue has {@code description} (the message and JSON Pointer), {@code check_name} (the code),
 * {@code severity} ({@code major} for an error, {@code minor} for a warning, {@code info} for an info),
 * {@code location.path} relative to the working directory and {@code location.lines.begin} (1 when the
 * line is not known), and a {@code fingerprint} that stays the same from run to run while the finding
 * does: a SHA-256 of the path, code, pointer and message, and the finding's number among identical ones,
 * but not its line, so editing elsewhere in the file does not make old findings look new.
 */
final class GitlabReport {
    private GitlabReport() {}

    static String render(ValidationRun run, Path workingDirectory) {
        JsonWriter json = new JsonWriter(1).beginArray();
        for (FileReport report : run.reports()) {
            String path = SarifReport.relativePath(report.file(), workingDirectory);
            Map<String, Integer> seen = new HashMap<>();
            for (Issue issue : report.issues()) {
                String pointer = issue.getLocation().toPointer();
                String identity = String.join("\u0000", path, issue.getCode().code(), pointer, issue.getMessage());
                int occurrence = seen.merge(identity, 1, Integer::sum);
                json.beginObject()
                        .field("type", "issue")
                        .field(
                                "description",
                                pointer.isEmpty() ? issue.getMessage() : issue.getMessage() + " at " + pointer)
                        .field("check_name", issue.getCode().code())
                        .field("fingerprint", fingerprint(identity + "\u0000" + occurrence))
                        .field("severity", severity(issue))
                        .name("location")
                        .beginObject()
                        .field("path", path)
                        .name("lines")
                        .beginObject()
                        .name("begin")
                        .value(issue.getLine().orElse(1))
                        .endObject()
                        .endObject()
                        .endObject();
            }
        }
        return json.endArray().finish();
    }

    static String severity(Issue issue) {
        return switch (issue.getSeverity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    private static String fingerprint(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
