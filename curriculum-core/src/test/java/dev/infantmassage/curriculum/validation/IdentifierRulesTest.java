package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static dev.infantmassage.curriculum.validation.RuleTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.SampleCurricula;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Identifiers are lower-kebab-case and unique per kind: {@code id.malformed}, {@code id.duplicate}. */
class IdentifierRulesTest {
    @ParameterizedTest(name = "''{0}'' well-formed: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sample|true",
                "iaim-five-week|true",
                "week-2-v10|true",
                "a|true",
                "0|true",
                "Sample|false",
                "a--b|false",
                "-a|false",
                "a-|false",
                "a_b|false",
                "a b|false",
                "''|false",
                "é|false"
            })
    void validate_curriculumId_isCheckedForLowerKebabCase(String id, boolean wellFormed) {
        List<String> findings = findings(sample(builder -> builder.id(id)));

        assertThat(findings).isEqualTo(wellFormed ? List.of() : List.of("error id.malformed /id"));
    }

    @Test
    void validate_malformedCueId_isReportedAtTheId() {
        Curriculum curriculum = sample(builder -> builder.addCue(cue("Looking_Away")));

        assertThat(findings(curriculum)).containsExactly("error id.malformed /cues/2/id");
    }

    static Stream<Arguments> data_duplicates() {
        Curriculum sample = SampleCurricula.minimal();
        return Stream.of(
                Arguments.of(
                        "strokes",
                        sample(builder -> builder.addStroke(sample.getStrokes().get(0))),
                        "Stroke",
                        "resting-hands",
                        9),
                Arguments.of(
                        "techniques",
                        sample(builder ->
                                builder.addTechnique(sample.getTechniques().get(0))),
                        "Technique",
                        "permission-ritual",
                        1),
                Arguments.of(
                        "routines",
                        sample(builder ->
                                builder.addRoutine(sample.getRoutines().get(0))),
                        "Routine",
                        "colic-relief",
                        2),
                Arguments.of(
                        "cues",
                        sample(builder -> builder.addCue(sample.getCues().get(0))),
                        "Cue",
                        "smiling",
                        2),
                Arguments.of(
                        "contraindications",
                        sample(builder -> builder.addContraindication(
                                sample.getContraindications().get(0))),
                        "Contraindication",
                        "fever",
                        2),
                Arguments.of(
                        "sources",
                        sample(builder -> builder.addSource(sample.getSources().get(0))),
                        "Source",
                        "handbook",
                        1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_duplicates")
    void validate_duplicateId_isReportedAtTheSecondWithTheFirstsPointer(
            String list, Curriculum curriculum, String kind, String id, int index) {
        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report)).containsExactly("error id.duplicate /" + list + "/" + index + "/id");
        assertThat(report.issues().get(0).getMessage())
                .isEqualTo(kind + " identifier '" + id + "' is already used at /" + list + "/0/id");
    }

    @Test
    void validate_sameIdInDifferentKinds_isAllowed() {
        Curriculum curriculum = sample(builder -> builder.addCue(cue("fever")));

        assertThat(findings(curriculum)).isEmpty();
    }

    private static CueSignal cue(String id) {
        return CueSignal.builder()
                .id(id)
                .name(en(id))
                .polarity(CuePolarity.DISENGAGEMENT)
                .intensity(CueIntensity.SUBTLE)
                .response(CueResponse.PAUSE_OR_ADAPT)
                .build();
    }
}
