package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.Issue;
import java.nio.file.Path;

/**
 * {@code --format github}: GitHub Actions workflow commands, which the runner turns into annotations
 * on the pull request ({@code ::error file=...,line=...,col=...,title=...::message}).
 */
final class GithubReport {
    private GithubReport() {}

    /** The commands; files inside {@code workingDirectory} (the checkout in CI) are named relative to it. */
    static String render(ValidationRun run, Path workingDirectory) {
        StringBuilder text = new StringBuilder();
        for (FileReport report : run.reports()) {
            String file = SarifReport.relativePath(report.file(), workingDirectory);
            for (Issue issue : report.issues()) {
                text.append(command(file, issue)).append('\n');
            }
        }
        return text.append(run.summary()).append('\n').toString();
    }

    static String command(String file, Issue issue) {
        String command = switch (issue.getSeverity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder line =
                new StringBuilder("::").append(command).append(" file=").append(property(file.replace('\\', '/')));
        issue.getLine().ifPresent(number -> line.append(",line=").append(number));
        issue.getColumn().ifPresent(number -> line.append(",col=").append(number));
        line.append(",title=").append(property(issue.getCode().code()));
        String pointer = issue.getLocation().toPointer();
        String message = pointer.isEmpty() ? issue.getMessage() : issue.getMessage() + " at " + pointer;
        return line.append("::").append(data(message)).toString();
    }

    /**
     * The escaping GitHub's runner undoes in a command's message; other control characters, which the
     * runner would pass to the log raw, become visible escapes.
     */
    static String data(String text) {
        return Escaping.line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** The escaping GitHub's runner undoes in a command's property values. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
