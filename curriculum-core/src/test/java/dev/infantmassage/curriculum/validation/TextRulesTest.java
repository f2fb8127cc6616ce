package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static dev.infantmassage.curriculum.validation.RuleTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.internal.TextWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text in the default language; every missing translation reported at its text; undeclared
 * languages reported once per language: {@code text.default-language.missing},
 * {@code text.translation.missing}, {@code text.language.undeclared}.
 */
class TextRulesTest {
    private static int textCount(Curriculum curriculum) {
        int[] count = {0};
        TextWalker.walk(curriculum, (text, at) -> count[0]++);
        return count[0];
    }

    @Test
    void validate_textWithoutDefaultLanguage_isAnErrorAtTheText() {
        Curriculum curriculum = sample(builder -> builder.title(LocalizedText.empty()));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report)).containsExactly("error text.default-language.missing /title");
        assertThat(report.issues().get(0).getMessage()).isEqualTo("Text must be in the default language 'en', but its languages were []");
    }

    @Test
    void validate_declaredLanguageMissingEverywhere_isAWarningAtEveryText() {
        Curriculum curriculum = sample(builder -> builder.addLanguage("es"));
        List<String> texts = new ArrayList<>();
        TextWalker.walk(curriculum, (text, at) -> texts.add("warning text.translation.missing " + at.toPointer()));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(texts).hasSizeGreaterThan(20);
        assertThat(findings(report)).containsExactlyInAnyOrderElementsOf(texts);
        assertThat(report.issues()).filteredOn(issue -> issue.getLocation().toPointer().equals("/title"))
                .singleElement()
                .satisfies(issue -> assertThat(issue.getMessage())
                        .isEqualTo("Text must be translated into declared language 'es', but is not: 'Sample curriculum'"));
    }

    @Test
    void validate_translationMissing_skipsTheTextsThatHaveIt() {
        Curriculum curriculum = sample(builder -> builder.addLanguage("es")
                .title(LocalizedText.of(Map.of("en", "Sample curriculum", "es", "Plan de ejemplo"))));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report)).doesNotContain("warning text.translation.missing /title")
                .contains("warning text.translation.missing /strokes/0/name");
        assertThat(report.issues(IssueCode.TEXT_TRANSLATION_MISSING))
                .filteredOn(issue -> issue.getLocation().toPointer().equals("/strokes/0/name"))
                .singleElement()
                .satisfies(issue -> assertThat(issue.getArguments()).containsExactly("es", "resting-hands"));
    }

    @Test
    void validate_translationMissing_quotesAShortenedDefaultText() {
        String long80 = "Hold the foot gently and draw small circles with your thumbs all around the ankle bones.";
        Curriculum curriculum = sample(builder -> builder.addLanguage("es")
                .title(LocalizedText.of("en", long80)));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(report.issues()).filteredOn(issue -> issue.getLocation().toPointer().equals("/title"))
                .singleElement()
                .satisfies(issue -> assertThat(issue.getArguments().get(1))
                        .isEqualTo("Hold the foot gently and draw small circles with your…")
                        .hasSizeLessThanOrEqualTo(60));
    }

    @Test
    void validate_eachDeclaredLanguage_isReportedSeparately() {
        Curriculum curriculum = sample(builder -> builder.addLanguage("es").addLanguage("sv-SE"));

        assertThat(RuleTesting.VALIDATOR.validate(curriculum).issues())
                .filteredOn(issue -> issue.getLocation().toPointer().equals("/title"))
                .extracting(issue -> RuleTesting.finding(issue) + " " + issue.getArguments().get(0))
                .containsExactly("warning text.translation.missing /title es", "warning text.translation.missing /title sv-SE");
    }

    @Test
    void validate_undeclaredLanguage_isOneWarningAtTheFirstText() {
        Curriculum curriculum = RuleTesting.withStroke("legs-integration", stroke -> stroke.name(
                SampleCurricula.en("Integration").with("fr", "Intégration")));
        Curriculum twice = Curriculum.builder().from(curriculum)
                .title(SampleCurricula.en("Sample").with("fr", "Exemple")).build();

        ValidationReport report = RuleTesting.VALIDATOR.validate(twice);

        assertThat(findings(report)).containsExactly("warning text.language.undeclared /title");
        assertThat(report.issues().get(0).getMessage())
                .isEqualTo("Text language 'fr' must be declared in 'languages', but is not; 2 texts use it, this is the first");
        assertThat(findings(curriculum)).containsExactly("warning text.language.undeclared /strokes/2/name");
    }

    @Test
    void validate_defaultLanguageListedAmongLanguages_passes() {
        assertThat(findings(sample(builder -> builder.addLanguage("en")))).isEmpty();
    }

}
