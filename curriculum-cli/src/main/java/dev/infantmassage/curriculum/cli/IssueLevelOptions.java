package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --ignore CODE} and {@code --severity CODE=LEVEL}, shared by the commands that report issues (a picocli
 * mixin). Codes that stop a file being read are refused: they can be neither ignored nor re-levelled.
 */
final class IssueLevelOptions {

    @Option(
            names = "--ignore",
            paramLabel = "CODE",
            split = ",",
            converter = IssueCodes.AdjustableCodeConverter.class,
            description = "Do not report this issue code. Repeatable, or comma-separated.")
    List<IssueCode> ignored = new ArrayList<>();

    @Option(
            names = "--severity",
            paramLabel = "CODE=LEVEL",
            split = ",",
            converter = {IssueCodes.AdjustableCodeConverter.class, IssueCodes.SeverityConverter.class},
            description = "Report CODE at LEVEL (error, warning or info). Repeatable, or comma-separated.")
    Map<IssueCode, Severity> severities = new LinkedHashMap<>();
}
