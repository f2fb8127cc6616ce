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

    /**
     * For a run over the built-in curriculum: what that curriculum is, and for each code it reported,
     * the command that explains it, so a first run's warnings are explained where they are printed.
     */
    static String builtInNotes(ValidationRun run) {
        StringBuilder text = new StringBuilder("note: ")
                .append(CurriculumFiles.REFERENCE_NAME)
                .append(" is the reference curriculum built into the tool; see docs/reference-curriculum.md\n");
        run.reports().stream()
                .flatMap(report -> report.issues().stream())
                .map(issue -> issue.getCode().code())
                .distinct()
                .sorted()
                .forEach(code -> text.append("note: 'curriculum explain ")
                        .append(code)
                        .append("' says what ")
                        .append(code)
                        .append(" checks and shows a fix\n"));
        return text.toString();
    }

    /** One issue; the line and column are left out when the reader did not know them. */
    static String line(String file, Issue issue, Ansi ansi) {
        return line(
                file,
                issue,
                ansi.severity(issue.getSeverity(), issue.getSeverity().code() + ":"),
                issue.getMessage(),
                ansi);
    }

    /** A line about {@code issue} in the same shape, with another label and text: what a fix did about it. */
    static String line(String file, Issue issue, String label, String text, Ansi ansi) {
        StringBuilder position = new StringBuilder(Escaping.line(file));
        issue.getLine().ifPresent(line -> position.append(':').append(line));
        issue.getColumn().ifPresent(column -> position.append(':').append(column));
        StringBuilder line = new StringBuilder()
                .append(ansi.bold(position.append(':').toString()))
                .append(' ')
                .append(label)
                .append(' ')
                .append(Escaping.line(text))
                .append(ansi.dim(" [" + issue.getCode().code() + "]"));
        String pointer = issue.getLocation().toPointer();
        if (!pointer.isEmpty()) {
            line.append(ansi.dim(" at " + Escaping.line(pointer)));
        }
        return line.toString();
    }
}
