package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static dev.infantmassage.curriculum.validation.RuleTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Oil;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.OilWarning;
import dev.infantmassage.curriculum.SampleCurricula;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule 10 of the domain brief: the default oil is unscented, edible, cold-pressed and nut-free; every
 * oil needs a patch test; the face has little or no oil: {@code oil.default-oil.unsuitable},
 * {@code oil.patch-test.not-required}, {@code oil.patch-test.missing}, {@code oil.face}.
 */
class OilRulesTest {
    private static Curriculum withPolicy(UnaryOperator<OilPolicy.Builder> edit) {
        OilPolicy policy = edit.apply(OilPolicy.builder().from(SampleCurricula.oilPolicy()))
                .build();
        return sample(builder -> builder.oilPolicy(policy));
    }

    private static Curriculum withDefaultOil(UnaryOperator<Oil.Builder> edit) {
        return withPolicy(policy -> policy.defaultOil(
                edit.apply(Oil.builder().from(SampleCurricula.oilPolicy().getDefaultOil()))
                        .build()));
    }

    @Test
    void validate_policyFollowingTheBrief_passes() {
        assertThat(findings(withPolicy(UnaryOperator.identity()))).isEmpty();
    }

    @Test
    void validate_noPolicy_isNotCheckedForOil() {
        assertThat(SampleCurricula.minimal().getOilPolicy()).isEmpty();
        assertThat(findings(SampleCurricula.minimal())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"unscented", "edible", "cold-pressed", "nut-free"})
    void validate_defaultOilLackingOneProperty_isAnErrorNamingIt(String property) {
        Curriculum curriculum = withDefaultOil(oil -> switch (property) {
            case "unscented" -> oil.unscented(false);
            case "edible" -> oil.edible(false);
            case "cold-pressed" -> oil.coldPressed(false);
            default -> oil.nutFree(false);
        });

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report)).containsExactly("error oil.default-oil.unsuitable /oilPolicy/defaultOil");
        assertThat(report.issues().get(0).getMessage())
                .isEqualTo("Default oil 'sunflower' must be unscented, edible,"
                        + " cold-pressed and nut-free, but is not " + property);
    }

    @Test
    void validate_almondOilAsTheDefault_namesEveryMissingProperty() {
        Curriculum curriculum = withDefaultOil(oil -> oil.id("sweet-almond")
                .name(en("Sweet almond oil"))
                .nutFree(false)
                .unscented(false));

        assertThat(RuleTesting.VALIDATOR.validate(curriculum).issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.getMessage()).endsWith("but is not unscented, nut-free"));
    }

    @Test
    void validate_alternativeNotNutFree_isAllowed_butEveryOilNeedsAPatchTest() {
        Oil almond = Oil.builder()
                .from(SampleCurricula.oil("sweet-almond"))
                .nutFree(false)
                .patchTestRequired(false)
                .build();
        Curriculum curriculum = withPolicy(policy -> policy.addAlternative(almond)
                .defaultOil(Oil.builder()
                        .from(SampleCurricula.oilPolicy().getDefaultOil())
                        .patchTestRequired(false)
                        .build()));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report))
                .containsExactly(
                        "error oil.patch-test.not-required /oilPolicy/alternatives/1/patchTestRequired",
                        "error oil.patch-test.not-required /oilPolicy/defaultOil/patchTestRequired");
        assertThat(report.issues())
                .extracting(Issue::getMessage)
                .contains("Oil 'sweet-almond' must require a patch test, but its 'patchTestRequired' was false");
    }

    @Test
    void validate_noPatchTestSteps_isAWarning() {
        assertThat(findings(withPolicy(policy -> policy.patchTest(List.of()))))
                .containsExactly("warning oil.patch-test.missing /oilPolicy/patchTest");
    }

    @Test
    void validate_oilRecommendedOnTheFace_isAWarning_minimalAndNonePass() {
        ValidationReport report =
                RuleTesting.VALIDATOR.validate(withPolicy(policy -> policy.face(OilGuidance.RECOMMENDED)));

        assertThat(findings(report)).containsExactly("warning oil.face /oilPolicy/face");
        assertThat(report.issues().get(0).getMessage())
                .isEqualTo("Oil policy must use little or no oil on the face, but its 'face' was 'recommended'");
        assertThat(findings(withPolicy(policy -> policy.face(OilGuidance.NONE))))
                .isEmpty();
    }

    @Test
    void validate_policyCitingAnUnknownSource_isAnUnresolvedReference() {
        OilWarning warning = OilWarning.builder()
                .from(SampleCurricula.oilPolicy().getAvoid().get(0))
                .sources(List.of("no-such-source"))
                .build();
        Curriculum curriculum =
                withPolicy(policy -> policy.addSource("missing-book").avoid(List.of(warning)));

        assertThat(findings(curriculum))
                .containsExactlyInAnyOrder(
                        "error reference.unresolved /oilPolicy/sources/1",
                        "error reference.unresolved /oilPolicy/avoid/0/sources/0");
    }
}
