package dev.infantmassage.curriculum.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.LocalizedText;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueGuideTest {
    private static final CueGuide GUIDE = CueGuide.of(PlanningFixtures.curriculum());

    /** The response table of the domain brief, §4. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # observed cues                   | response          | driving cues
            smiling                           | continue          | smiling
            smiling cooing raised-brows       | continue          | smiling cooing raised-brows
            yawning                           | pause-or-adapt    | yawning
            hand-to-ear                       | pause-or-adapt    | hand-to-ear
            smiling looking-away              | pause-or-adapt    | looking-away
            yawning looking-away              | stop-and-comfort  | yawning looking-away
            yawning hiccups hand-to-ear       | stop-and-comfort  | yawning hiccups hand-to-ear
            crying                            | stop-and-comfort  | crying
            smiling arching-back              | stop-and-comfort  | arching-back
            yawning crying                    | stop-and-comfort  | crying
            smiling reaching cooing crying    | stop-and-comfort  | crying
            yawning yawning                   | pause-or-adapt    | yawning
            lip-tremor                        | stop-and-comfort  | lip-tremor
            smiling lip-tremor                | stop-and-comfort  | lip-tremor
            sneezing                          | stop-and-get-help | ''
            smiling sneezing                  | stop-and-get-help | ''
            yawning sneezing                  | stop-and-get-help | ''
            breathing-pauses                  | stop-and-get-help | breathing-pauses
            smiling breathing-pauses crying   | stop-and-get-help | breathing-pauses
            """)
    void advise_followsTheDomainTable(String observed, String response, String driving) {
        CueAdvice advice = GUIDE.advise(Arrays.asList(observed.split(" ")));

        assertThat(advice.getResponse()).isEqualTo(CueResponse.fromCode(response));
        assertThat(advice.drivingCueIds())
                .containsExactlyElementsOf(driving.isEmpty() ? List.of() : Arrays.asList(driving.split(" ")));
    }

    @Test
    void advise_seriousSign_saysStopNowAndGetHelp() {
        CueAdvice advice = GUIDE.advise("yawning", "breathing-pauses");

        assertThat(advice.getResponse()).isEqualTo(CueResponse.STOP_AND_GET_HELP);
        assertThat(advice.getExplanation())
                .contains("stop now and get help")
                .contains("emergency services")
                .doesNotContain("try again later");
    }

    @Test
    void advise_misspeltOrMiscasedCue_suggestsTheCatalogueId() {
        CueAdvice advice = GUIDE.advise("Yawning", "yawnin");

        assertThat(advice.getResponse()).isEqualTo(CueResponse.STOP_AND_GET_HELP);
        assertThat(advice.getSuggestions())
                .containsEntry("Yawning", List.of("yawning"))
                .containsEntry("yawnin", List.of("yawning"));
        assertThat(advice.getExplanation()).contains("Did you mean 'yawning'?");
    }

    @Test
    void advise_unknownCue_isListedAndExplained() {
        CueAdvice advice = GUIDE.advise("sneezing");

        assertThat(advice.getUnknownCues()).containsExactly("sneezing");
        assertThat(advice.getExplanation())
                .contains("'sneezing' is not in this curriculum's catalogue")
                .contains("stop now and get help");
    }

    @Test
    void advise_oneSubtleCue_explainsPauseOrAdapt() {
        assertThat(GUIDE.advise("yawning").getExplanation())
                .isEqualTo(
                        "One subtle disengagement cue (yawning): pause or"
                                + " adapt; slow down, go back to resting hands, or switch to another region, and watch for more cues.");
    }

    @Test
    void advise_mixedCues_explainsThatDisengagementWins() {
        assertThat(GUIDE.advise("smiling", "crying").getExplanation())
                .startsWith("A potent disengagement cue (crying): stop and comfort")
                .contains("The engagement cues (smiling) do not outweigh the disengagement cues.");
    }

    @Test
    void adviseSignals_severalSubtleCues_doNotRepeatTheirPauseGuidance() {
        CueSignal grimacing = CueSignal.builder()
                .id("grimacing")
                .name(LocalizedText.of("en", "Grimacing"))
                .polarity(CuePolarity.DISENGAGEMENT)
                .intensity(CueIntensity.SUBTLE)
                .response(CueResponse.PAUSE_OR_ADAPT)
                .guidance(LocalizedText.of("en", "Lighten your touch."))
                .build();
        CueSignal yawning = CueSignal.builder()
                .from(grimacing)
                .id("yawning")
                .name(LocalizedText.of("en", "Yawning"))
                .build();

        CueAdvice advice = GUIDE.adviseSignals(List.of(grimacing, yawning));

        assertThat(advice.getResponse()).isEqualTo(CueResponse.STOP_AND_COMFORT);
        assertThat(advice.getExplanation()).doesNotContain("Lighten your touch.");
    }

    @Test
    void advise_noCue_continuesAndKeepsWatching() {
        CueAdvice advice = GUIDE.advise(List.of());

        assertThat(advice.getResponse()).isEqualTo(CueResponse.CONTINUE);
        assertThat(advice.getDrivingCues()).isEmpty();
    }

    @Test
    void adviseSignals_cuesOutsideTheCatalogue_followTheSameRules() {
        CueSignal grimacing = CueSignal.builder()
                .id("grimacing")
                .name(LocalizedText.of("en", "Grimacing"))
                .polarity(CuePolarity.DISENGAGEMENT)
                .intensity(CueIntensity.SUBTLE)
                .response(CueResponse.PAUSE_OR_ADAPT)
                .guidance(LocalizedText.of("en", "Lighten your touch."))
                .build();

        CueAdvice advice = GUIDE.adviseSignals(List.of(grimacing));

        assertThat(advice.getResponse()).isEqualTo(CueResponse.PAUSE_OR_ADAPT);
        assertThat(advice.getExplanation()).endsWith("Lighten your touch.");
    }
}
