package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCommandTest {
    private static final String[] AT = {"--at", "2026-11-21T09:00", "--zone", "UTC"};

    private static CliRun plan(String... args) {
        String[] all = new String[args.length + AT.length + 1];
        all[0] = "plan";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(AT, 0, all, 1 + args.length, AT.length);
        return CliRun.run(all);
    }

    @Test
    void plan_immunisationYesterday_noMassageUntilTheWaitEnds() {
        CliRun run = plan("--week", "3", "--age-weeks", "10", "--circumstance", "immunisation@2026-11-20:left-thigh");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines())
                .startsWith(
                        "Week 3 (everything learnt so far), age 10 weeks, at 21 Nov 2026, 09:00 (UTC)",
                        "Massage now: no, resume at 23 Nov 2026, 00:00 (UTC)")
                .contains("Strokes (0):", "    resumes at 23 Nov 2026, 00:00 (UTC)", "    legs-indian-milking")
                .anyMatch(line ->
                        line.startsWith("  whole-body-stop (immunisation) until 23 Nov 2026, 00:00 (UTC), 33 strokes:"
                                + " Recent immunisation: no massage until 23 Nov 2026, 00:00."));
    }

    @Test
    void plan_json_hasTheDocumentedFields() {
        CliRun run = plan(
                "--week",
                "3",
                "--age-weeks",
                "10",
                "--circumstance",
                "immunisation@2026-11-20:left-thigh",
                "--format",
                "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("{\n  \"week\": 3,\n  \"scope\": \"up-to-week\",\n  \"at\": \"2026-11-21T09:00:00Z\",\n"
                        + "  \"correctedAgeWeeks\": 10,\n  \"massageNow\": false,\n  \"resumeAt\": \"2026-11-23T00:00:00Z\",\n"
                        + "  \"strokes\": [],\n  \"skipped\": [\n    { \"stroke\": \"resting-hands\", \"reason\": \"whole-body-stop\","
                        + " \"contraindication\": \"immunisation\", \"until\": \"2026-11-23T00:00:00Z\" },\n")
                .contains(
                        "\n  \"skippedGroups\": [\n    { \"reason\": \"whole-body-stop\", \"contraindication\": \"immunisation\","
                                + " \"until\": \"2026-11-23T00:00:00Z\", \"explanation\": \"Recent immunisation: no massage until ",
                        "\n  \"stops\": [\n    { \"contraindication\": \"immunisation\", \"endsWhen\": \"at-time\",",
                        "\n  \"resumeConditions\": [],\n  \"askProfessional\": [],\n  \"notes\": []\n}\n");
    }

    @Test
    void plan_injectionSiteAnHourAgo_stopsTheWholeBody() {
        CliRun run = plan(
                "--week", "2", "--age-weeks", "10", "--circumstance", "immunisation-site@2026-11-21T08:00:left-thigh");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("Massage now: no, resume at 23 Nov 2026, 08:00 (UTC)", "Strokes (0):");
        assertThat(run.out())
                .contains("leave out the legs and feet at least until 23 Nov 2026, 08:00,"
                        + " then until you have confirmed it has gone");
    }

    @Test
    void plan_injectionSiteFourDaysAgoNotConfirmedHealed_leavesOutWhatTouchesTheLegs() {
        CliRun run = plan(
                "--week", "5", "--age-weeks", "10", "--circumstance", "immunisation-site@2026-11-17T08:00:left-thigh");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("Massage now: yes", "  resting-hands", "  stomach-sun-moon");
        assertThat(run.outLines()).doesNotContain("  legs-indian-milking", "  stomach-knees-up", "  back-swooping");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            asleep:tummy         | need-met
            jaundice:left-thigh  | professional-clearance
            hungry:left-arm      | need-met
            medical-condition:chest | professional-clearance
            fever:face           | condition-gone
            """)
    void plan_wholeBodyStopWithASite_plansNothingAndSaysWhatMustHappen(String circumstance, String condition) {
        CliRun run = plan("--week", "5", "--age-weeks", "8", "--circumstance", circumstance, "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "\"massageNow\": false",
                        "\"resumeAt\": null",
                        "\"strokes\": []",
                        "\"resumeConditions\": [\n    \"" + condition + "\"\n  ]");
    }

    @Test
    void plan_inSpanish_headingsSentencesAndTimesAreSpanish() {
        CliRun run = plan(
                "--week",
                "5",
                "--age-weeks",
                "10",
                "--circumstance",
                "immunisation-site@2026-11-17T08:00:left-thigh",
                "--circumstance",
                "just-fed@2026-11-21T08:50",
                "--lang",
                "es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines())
                .startsWith(
                        "Semana 5 (todo lo aprendido hasta ahora), edad 10 semanas, el 21 de noviembre de 2026, 09:00 (UTC)",
                        "Masaje ahora: sí");
        assertThat(run.out())
                .contains(
                        "Caricias (",
                        "Se dejan fuera (",
                        "deje fuera las piernas y los pies",
                        "espere hasta el 21 de noviembre de 2026, 09:20");
        assertThat(run.out())
                .doesNotContain("Massage now", "Strokes (", "Left out", " until ", "leave out", "2026-11-");
    }

    @Test
    void plan_inALanguageWithoutSentences_fallsBackToEnglishAndSaysSo() {
        CliRun run = plan("--week", "1", "--age-weeks", "10", "--lang", "fr");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "Massage now: yes",
                        "Answers in 'fr' are not available; they are shown in English.",
                        "This curriculum has no texts in 'fr'; its own texts are shown in 'en'.");
    }

    @Test
    void plan_justFed_stomachWaitsThirtyMinutes() {
        CliRun run = plan(
                "--week",
                "2",
                "--born",
                "2026-09-01",
                "--circumstance",
                "just-fed@2026-11-21T08:45",
                "--format",
                "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "\"massageNow\": true",
                        "\"resumeAt\": null",
                        "{ \"stroke\": \"stomach-sun-moon\", \"reason\": \"not-now\", \"contraindication\": \"just-fed\","
                                + " \"until\": \"2026-11-21T09:15:00Z\"");
    }

    @Test
    void plan_prematureNotCleared_restingHandsOnlyAndAsk() {
        CliRun run = plan("--week", "1", "--born", "2026-09-01", "--gestational-weeks", "32");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("age 3 weeks", "Strokes (1):\n  resting-hands\n", "Ask a health professional first:");
    }

    @Test
    void plan_chosenWaitWithinRange_isUsed() {
        CliRun run = plan(
                "--week",
                "1",
                "--age-weeks",
                "10",
                "--circumstance",
                "immunisation@2026-11-20T08:00Z",
                "--wait",
                "immunisation=24h");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("Massage now: yes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown contraindication | --circumstance teething                  | --circumstance: unknown contraindication 'teething'. The curriculum has: fever,
            misspelt contraindication | --circumstance Fevr                    | --circumstance: unknown contraindication 'Fevr'. Did you mean 'fever'?
            unknown site             | --circumstance skin-condition:elbow-pit  | 'elbow-pit' is not a body site
            bad date                 | --circumstance immunisation@yesterday    | --circumstance: 'yesterday' is not a date or time
            wait out of range        | --wait immunisation=12h                  | Waiting period for 'immunisation' must be between 24 and 72 hours, but was 12 hours
            wait without unit        | --wait immunisation=12                   | 'immunisation=12' is not a waiting period
            unknown format           | --format xml                             | 'xml' is not a format; use text or json
            unknown scope            | --scope month                            | 'month' is not a scope
            week out of range        | --week 6                                 | --week must be between 1 and 5, but was 6
            """)
    void plan_badArguments_areUsageErrors(String name, String option, String message) {
        String[] parts = option.split(" ", 2);
        String[] args = parts[0].equals("--week")
                ? new String[] {parts[0], parts[1], "--age-weeks", "10"}
                : new String[] {"--week", "1", "--age-weeks", "10", parts[0], parts[1]};

        CliRun run = plan(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("Try 'curriculum plan --help'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void plan_bothOrNeitherAge_isAUsageError() {
        assertThat(plan("--week", "1").exitCode()).isEqualTo(2);
        CliRun both = plan("--week", "1", "--age-weeks", "3", "--born", "2026-09-01");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give exactly one of --age-weeks and --born");
    }

    @Test
    void plan_missingCurriculumFile_isAUsageError(@TempDir Path dir) {
        CliRun run = plan(
                "--week",
                "1",
                "--age-weeks",
                "3",
                "--curriculum",
                dir.resolve("missing.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read '" + dir.resolve("missing.json") + "': no such file or directory");
    }

    @Test
    void plan_curriculumFileWithErrors_exitsOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.curriculum.json"), "{\"id\": \"broken\"}");

        CliRun run = plan("--week", "1", "--age-weeks", "3", "--curriculum", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot plan from '" + file + "': it has errors");
        assertThat(run.out()).isEmpty();
    }
}
