package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.Issue;

/**
 * The default format: one line per issue in the {@code path:line:column: severity: message [code]}
 * shape editors and terminals make clickable, then a summary line. Everything quoted from a file is
 * escaped ({@link Escaping}), so one issue is always one line.
 */
final class TextReport {
    private TextReport() {}

    static String render(ValidationRun run, Ansi ansi) {
        StringBuilder text = new StringBuilder();
        for (FileReport report : run.reports()) {
            for (Issue issue : report.issues()) {
                text.append(line(report.file(), issue, ansi)).append('\n');
            }
        }
        return text.append(run.summary()).append('\n').toString();
    }

    /** One issue; the line and column are left out when the reader did not know them. */
    static String line(String file, Issue issue, Ansi ansi) {
        StringBuilder position = new StringBuilder(Escaping.line(file));
        issue.getLine().ifPresent(line -> position.append(':').append(line));
        issue.getColumn().ifPresent(column -> position.append(':').append(column));
        StringBuilder line = new StringBuilder()
                .append(ansi.bold(position.append(':').toString())).append(' ')
                .append(ansi.severity(issue.getSeverity(), issue.getSeverity().code() + ":")).append(' ')
                .append(Escaping.line(issue.getMessage()))
                .append(ansi.dim(" [" + issue.getCode().code() + "]"));
        String pointer = issue.getLocation().toPointer();
        if (!pointer.isEmpty()) {
            line.append(ansi.dim(" at " + Escaping.line(pointer)));
        }
        return line.toString();
    }
}
