package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line on arbitrary arguments: every run ends with exit code 0, 1 or 2 and no stack
 * trace; never 3, which would be the tool's own failure.
 *
 * <p>The input is the arguments separated by NUL bytes, read as UTF-8 (so the seeds are readable
 * files); standard input holds the small sample curriculum. Runs that could write files or leave the
 * module directory ({@code format --write}, {@code render -o}, {@code lsp}, any argument with a
 * {@code /}) are skipped, so fuzzing never touches the checkout.
 *
 * <p>A plain test run replays the seeds in
 * {@code src/test/resources/dev/infantmassage/curriculum/cli/ArgumentsFuzzTestInputs/}. To fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -Dbuild.dir=target-fuzz -pl curriculum-cli -am test -Dtest=ArgumentsFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; findings are written to that directory.
 */
class ArgumentsFuzzTest {
    private static final byte[] STDIN = Fixtures.VALID.getBytes(StandardCharsets.UTF_8);

    @FuzzTest(maxDuration = "5m")
    void run_anyArguments_exitsWithAUserFacingCode(byte[] input) {
        if (input.length > 2000) {
            return;
        }
        List<String> args = arguments(input);
        if (args.size() > 16 || args.stream().anyMatch(ArgumentsFuzzTest::unsafe)) {
            return;
        }

        CliRun run = CliRun.withStdin(STDIN, args.toArray(String[]::new));

        assertThat(run.exitCode())
                .as("exit code of %s, stderr: %s", args, run.err())
                .isIn(0, 1, 2);
        assertThat(run.err()).as("stderr of %s", args).doesNotContain("\tat ", "Exception:");
        assertThat(run.out()).as("stdout of %s", args).doesNotContain("\tat ");
    }

    private static List<String> arguments(byte[] input) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == 0) {
                if (i > start || i < input.length) {
                    args.add(new String(input, start, i - start, StandardCharsets.UTF_8));
                }
                start = i + 1;
            }
        }
        return args;
    }

    /** Arguments that would write files, serve forever, or read outside the module directory. */
    private static boolean unsafe(String arg) {
        return arg.contains("/")
                || arg.contains("\\")
                || arg.startsWith("~")
                || arg.equals("..")
                || arg.startsWith("--write")
                || arg.startsWith("--output")
                || arg.equals("lsp")
                || (arg.startsWith("-") && !arg.startsWith("--") && arg.indexOf('o') > 0);
    }
}
