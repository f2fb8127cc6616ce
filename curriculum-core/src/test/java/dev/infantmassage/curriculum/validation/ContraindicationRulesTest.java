package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.WaitingPeriod;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Waiting periods positive and ordered, local avoidance located, guidance given:
 * {@code contraindication.waiting-period.invalid}, {@code contraindication.site.missing},
 * {@code contraindication.guidance.missing}.
 */
class ContraindicationRulesTest {
    @ParameterizedTest(name = "min {0}, default {1}, max {2} -> valid: {3}")
    @CsvSource({
        "24,48,72,true",
        "24,24,24,true",
        "1,1,2,true",
        "30,30,45,true",
        "0,48,72,false",
        "-24,48,72,false",
        "48,24,72,false",
        "24,96,72,false",
        "72,48,24,false",
        "0,0,0,false"
    })
    void validate_waitingPeriod_isPositiveAndOrdered(int min, int defaultValue, int max, boolean valid) {
        Curriculum curriculum = RuleTesting.withContraindication(
                "immunisation", entry -> entry.waitingPeriod(WaitingPeriod.of(TimeUnit.HOURS, min, defaultValue, max)));

        assertThat(findings(curriculum))
                .isEqualTo(
                        valid
                                ? List.of()
                                : List.of(
                                        "error contraindication.waiting-period.invalid /contraindications/1/waitingPeriod"));
    }

    static Stream<Arguments> data_cases() {
        return Stream.of(
                Arguments.of(
                        "local avoidance without region or site",
                        RuleTesting.withContraindication(
                                "fever", entry -> entry.scope(ContraindicationScope.AVOID_LOCAL_REGION)),
                        List.of("error contraindication.site.missing /contraindications/0/scope")),
                Arguments.of(
                        "local avoidance of a region",
                        RuleTesting.withContraindication(
                                "fever",
                                entry -> entry.scope(ContraindicationScope.AVOID_LOCAL_REGION)
                                        .addRegion(BodyRegion.STOMACH)),
                        List.of()),
                Arguments.of(
                        "local avoidance of a site",
                        RuleTesting.withContraindication(
                                "fever",
                                entry -> entry.scope(ContraindicationScope.AVOID_LOCAL_REGION)
                                        .site(en("the injection site"))),
                        List.of()),
                Arguments.of(
                        "other scopes need no region",
                        RuleTesting.withContraindication(
                                "fever", entry -> entry.scope(ContraindicationScope.TIMING_RULE)),
                        List.of()),
                Arguments.of(
                        "blank guidance",
                        RuleTesting.withContraindication("fever", entry -> entry.guidance(en("  "))),
                        List.of("error contraindication.guidance.missing /contraindications/0/guidance")),
                Arguments.of(
                        "guidance in no language",
                        RuleTesting.withContraindication("fever", entry -> entry.guidance(LocalizedText.empty())),
                        List.of(
                                "error contraindication.guidance.missing /contraindications/0/guidance",
                                "error text.default-language.missing /contraindications/0/guidance")),
                Arguments.of(
                        "guidance only in an undeclared language is guidance, but not in the default language",
                        guidanceOnlyInSpanish(),
                        List.of(
                                "error text.default-language.missing /contraindications/0/guidance",
                                "warning text.language.undeclared /contraindications/0/guidance")));
    }

    private static Curriculum guidanceOnlyInSpanish() {
        return RuleTesting.withContraindication(
                "fever", entry -> entry.guidance(LocalizedText.of(Map.of("es", "Espere."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_cases")
    void validate_contraindication(String name, Curriculum curriculum, List<String> expected) {
        assertThat(findings(curriculum)).isEqualTo(expected);
    }

    @Test
    void validate_invalidWaitingPeriod_namesItsValues() {
        Curriculum curriculum = RuleTesting.withContraindication(
                "immunisation", entry -> entry.waitingPeriod(WaitingPeriod.of(TimeUnit.HOURS, 24, 96, 72)));

        assertThat(RuleTesting.VALIDATOR.validate(curriculum).issues())
                .singleElement()
                .extracting(Issue::getMessage)
                .isEqualTo(
                        "Waiting period must be positive with min <= defaultValue <= max, but was min 24, defaultValue 96, max 72");
    }
}
