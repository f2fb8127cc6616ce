package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Test
    void helpCommand_showsCommandHelp() {
        CliRun run = CliRun.run("help", "validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--format");
    }
}
