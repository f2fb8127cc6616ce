package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.Severity;
import java.nio.file.Path;

/**
 * {@code --format junit}: JUnit XML as Jenkins, GitLab and other CI servers read test reports (valid
 * against Jenkins' JUnit schema, {@code junit-10.xsd}). One {@code testsuite} per file, one
 * {@code testcase} per issue (named by its code and JSON Pointer, so a CI page lists each finding);
 * an error is the test case's {@code failure}; a warning or an info is a passing test case whose
 * {@code system-out} holds the issue's line, so it stays visible without failing the build; a file
 * without issues has one passing test case, {@code valid}. Each suite's {@code properties} count its
 * errors, warnings and infos. Paths that could not be read are one more suite whose test cases are
 * {@code error}s.
 */
final class JunitReport {
    private static final Ansi PLAIN = new Ansi(false);

    private JunitReport() {}

    static String render(ValidationRun run, Path workingDirectory) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long tests = run.unreadable().size();
        long failures = 0;
        for (FileReport report : run.reports()) {
            tests += Math.max(1, report.issues().size());
            failures += report.issues().stream()
                    .filter(issue -> issue.getSeverity() == Severity.ERROR)
                    .count();
        }
        xml.append("<testsuites name=\"curriculum validate\" tests=\"")
                .append(tests)
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"")
                .append(run.unreadable().size())
                .append("\">\n");
        for (FileReport report : run.reports()) {
            suite(xml, report, SarifReport.relativePath(report.file(), workingDirectory));
        }
        if (!run.unreadable().isEmpty()) {
            xml.append("  <testsuite name=\"unreadable paths\" tests=\"")
                    .append(run.unreadable().size())
                    .append("\" failures=\"0\" errors=\"")
                    .append(run.unreadable().size())
                    .append("\" skipped=\"0\">\n");
            for (String problem : run.unreadable()) {
                xml.append("    <testcase classname=\"unreadable paths\" name=\"")
                        .append(text(problem))
                        .append("\">\n")
                        .append("      <error type=\"unreadable\" message=\"")
                        .append(text(problem))
                        .append("\"/>\n")
                        .append("    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder xml, FileReport report, String file) {
        long errors = report.issues().stream()
                .filter(issue -> issue.getSeverity() == Severity.ERROR)
                .count();
        String name = text(file);
        xml.append("  <testsuite name=\"")
                .append(name)
                .append("\" tests=\"")
                .append(Math.max(1, report.issues().size()))
                .append("\" failures=\"")
                .append(errors)
                .append("\" errors=\"0\" skipped=\"0\">\n");
        xml.append("    <properties>\n");
        for (Severity severity : Severity.values()) {
            xml.append("      <property name=\"")
                    .append(severity.code())
                    .append("s\" value=\"")
                    .append(report.count(severity))
                    .append("\"/>\n");
        }
        xml.append("    </properties>\n");
        if (report.issues().isEmpty()) {
            xml.append("    <testcase classname=\"").append(name).append("\" name=\"valid\"/>\n");
        }
        for (Issue issue : report.issues()) {
            String pointer = issue.getLocation().toPointer();
            String caseName = issue.getCode().code()
                    + (pointer.isEmpty() ? "" : " at " + pointer)
                    + issue.getLine()
                            .map(line -> " (line " + line
                                    + issue.getColumn()
                                            .map(column -> ", column " + column)
                                            .orElse("") + ")")
                            .orElse("");
            String line = TextReport.line(file, issue, PLAIN);
            xml.append("    <testcase classname=\"")
                    .append(name)
                    .append("\" name=\"")
                    .append(text(caseName))
                    .append("\">\n");
            if (issue.getSeverity() == Severity.ERROR) {
                xml.append("      <failure type=\"")
                        .append(text(issue.getCode().code()))
                        .append("\" message=\"")
                        .append(text(issue.getMessage()))
                        .append("\">")
                        .append(text(line))
                        .append("</failure>\n");
            } else {
                xml.append("      <system-out>").append(text(line)).append("</system-out>\n");
            }
            xml.append("    </testcase>\n");
        }
        xml.append("  </testsuite>\n");
    }

    /**
     * {@code value} as XML character data or a double-quoted attribute value: markup characters as entities, and
     * control characters (which XML 1.0 cannot carry, or which a terminal would act on), lone surrogates
     * and the non-characters U+FFFE and U+FFFF as visible {@code \\uXXXX} escapes, as in the text format.
     */
    static String text(String value) {
        String visible = Escaping.line(value);
        StringBuilder out = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean pair = Character.isHighSurrogate(c)
                            && i + 1 < visible.length()
                            && Character.isLowSurrogate(visible.charAt(i + 1));
                    if (pair) {
                        out.append(c).append(visible.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
