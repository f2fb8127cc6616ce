package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurriculumCliTest {
    @Test
    void noCommand_printsUsageAndExitsTwo() {
        CliRun run = CliRun.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: curriculum").contains("validate", "explain", "schema", "show", "format");
    }

    @Test
    void version_namesTheProjectVersion() {
        CliRun run = CliRun.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).matches("curriculum \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "explain", "schema", "show", "format"})
    void help_onEveryCommand(String command) {
        CliRun run = CliRun.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: curriculum " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "explain", "schema", "show", "format"})
    void badFlag_onEveryCommand_exitsTwo(String command) {
        CliRun run = command.equals("format")
                ? CliRun.run(command, "--check", "--no-such-flag", "x.curriculum.json")
                : CliRun.run(command, "--no-such-flag");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-flag'").doesNotContain("\tat ");
    }

    static Stream<Arguments> data_badPaths() {
        return Stream.of("", "nul\0byte", "/no/such/dir/x.curriculum.json", "/proc/self/mem-nope")
                .flatMap(path -> Stream.of(
                        Arguments.of(List.of("validate", path)),
                        Arguments.of(List.of("validate", "--format", "sarif", path)),
                        Arguments.of(List.of("show", path)),
                        Arguments.of(List.of("format", path)),
                        Arguments.of(List.of("format", "--check", path))));
    }

    @ParameterizedTest
    @MethodSource("data_badPaths")
    void badPath_exitsTwoWithAMessageAndNoStackTrace(List<String> args) {
        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curriculum: ").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void helpCommand_showsCommandHelp() {
        CliRun run = CliRun.run("help", "validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--format");
    }
}
