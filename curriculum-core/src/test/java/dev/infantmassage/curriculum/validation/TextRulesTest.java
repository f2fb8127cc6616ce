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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text in the default language; every missing translation reported at its text; undeclared
 * languages reported once per language: {@code text.default-language.missing},
 * {@code text.translation.missing}, {@code text.language.undeclared}; a default-language text that says
 * nothing ({@code text.default-language.blank}) and a tag that is not BCP 47 ({@code text.language-tag.invalid}).
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
        assertThat(report.issues().get(0).getMessage())
                .isEqualTo("Text must be in the default language 'en', but its languages were []");
    }

    @Test
    void validate_declaredLanguageMissingEverywhere_isAWarningAtEveryText() {
        Curriculum curriculum = sample(builder -> builder.addLanguage("es"));
        List<String> texts = new ArrayList<>();
        TextWalker.walk(curriculum, (text, at) -> texts.add("warning text.translation.missing " + at.toPointer()));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(texts).hasSizeGreaterThan(20);
        assertThat(findings(report)).containsExactlyInAnyOrderElementsOf(texts);
        assertThat(report.issues())
                .filteredOn(issue -> issue.getLocation().toPointer().equals("/title"))
                .singleElement()
                .satisfies(
                        issue -> assertThat(issue.getMessage())
                                .isEqualTo(
                                        "Text must be translated into declared language 'es', but is not: 'Sample curriculum'"));
    }

    @Test
    void validate_translationMissing_skipsTheTextsThatHaveIt() {
        Curriculum curriculum = sample(builder -> builder.addLanguage("es")
                .title(LocalizedText.of(Map.of("en", "Sample curriculum", "es", "Plan de ejemplo"))));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report))
                .doesNotContain("warning text.translation.missing /title")
                .contains("warning text.translation.missing /strokes/0/name");
        assertThat(report.issues(IssueCode.TEXT_TRANSLATION_MISSING))
                .filteredOn(issue -> issue.getLocation().toPointer().equals("/strokes/0/name"))
                .singleElement()
                .satisfies(issue -> assertThat(issue.getArguments()).containsExactly("es", "resting-hands"));
    }

    @Test
    void validate_translationMissing_quotesAShortenedDefaultText() {
        String long80 = "Hold the foot gently and draw small circles with your thumbs all around the ankle bones.";
        Curriculum curriculum = sample(builder -> builder.addLanguage("es").title(LocalizedText.of("en", long80)));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(report.issues())
                .filteredOn(issue -> issue.getLocation().toPointer().equals("/title"))
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
                .extracting(issue ->
                        RuleTesting.finding(issue) + " " + issue.getArguments().get(0))
                .containsExactly(
                        "warning text.translation.missing /title es", "warning text.translation.missing /title sv-SE");
    }

    @Test
    void validate_undeclaredLanguage_isOneWarningAtTheFirstText() {
        Curriculum curriculum = RuleTesting.withStroke(
                "legs-integration",
                stroke -> stroke.name(SampleCurricula.en("Integration").with("fr", "Intégration")));
        Curriculum twice = Curriculum.builder()
                .from(curriculum)
                .title(SampleCurricula.en("Sample").with("fr", "Exemple"))
                .build();

        ValidationReport report = RuleTesting.VALIDATOR.validate(twice);

        assertThat(findings(report)).containsExactly("warning text.language.undeclared /title");
        assertThat(report.issues().get(0).getMessage())
                .isEqualTo(
                        "Text language 'fr' must be declared in 'languages', but is not; 2 texts use it, this is the first");
        assertThat(findings(curriculum)).containsExactly("warning text.language.undeclared /strokes/2/name");
    }

    @Test
    void validate_defaultLanguageListedAmongLanguages_passes() {
        assertThat(findings(sample(builder -> builder.addLanguage("en")))).isEmpty();
    }

    @ParameterizedTest(name = "title ''{0}''")
    @ValueSource(strings = {"", " ", "   ", "\t", "\n\r\n", "\u2003", "\u00a0", "\u00a0\u202f "})
    void validate_blankDefaultLanguageText_isAnErrorAtItsLanguage(String blank) {
        Curriculum curriculum = sample(builder -> builder.title(LocalizedText.of("en", blank)));

        assertThat(findings(curriculum)).containsExactly("error text.default-language.blank /title/en");
    }

    @ParameterizedTest(name = "title ''{0}''")
    @ValueSource(strings = {"x", " x ", ".", "\u00a0x"})
    void validate_defaultLanguageTextWithOneVisibleCharacter_passes(String text) {
        assertThat(findings(sample(builder -> builder.title(LocalizedText.of("en", text)))))
                .isEmpty();
    }

    @Test
    void validate_blankStrokeName_isReportedAtTheStrokesName() {
        Curriculum curriculum =
                RuleTesting.withStroke("legs-integration", stroke -> stroke.name(SampleCurricula.en("   ")));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report)).containsExactly("error text.default-language.blank /strokes/2/name/en");
        assertThat(report.issues().get(0).getMessage())
                .isEqualTo("Text in the default language 'en' must not be blank, but was '   '");
    }

    @Test
    void validate_blankTranslation_isNotADefaultLanguageProblem() {
        Curriculum curriculum = sample(builder ->
                builder.addLanguage("es").title(LocalizedText.of(Map.of("en", "Sample curriculum", "es", " "))));

        assertThat(findings(curriculum))
                .doesNotContain("error text.default-language.blank /title/es")
                .noneMatch(finding -> finding.startsWith("error "));
    }

    @ParameterizedTest(name = "languages [{0}]")
    @ValueSource(strings = {"es", "sv-SE", "zh-Hant", "en-GB", "es-419", "de-CH-1996"})
    void validate_wellFormedDeclaredTag_passes(String tag) {
        Curriculum curriculum = sample(builder -> builder.addLanguage(tag));

        assertThat(findings(curriculum)).noneMatch(finding -> finding.contains("text.language-tag.invalid"));
    }

    @ParameterizedTest(name = "languages [es, {0}]")
    @ValueSource(strings = {"en-12", "en-US-US", "en-GB-12", "es-ES-ab"})
    void validate_illFormedDeclaredTag_isAnErrorAtItsEntry(String tag) {
        Curriculum curriculum = sample(builder -> builder.addLanguage("es").addLanguage(tag));

        assertThat(findings(curriculum))
                .filteredOn(finding -> finding.startsWith("error "))
                .containsExactly("error text.language-tag.invalid /languages/1");
    }

    @Test
    void validate_illFormedTextKey_isAnErrorWhereTheKeyIsWritten() {
        Curriculum curriculum = sample(
                builder -> builder.title(SampleCurricula.en("Sample curriculum").with("%s/x", "?")));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(findings(report))
                .containsExactly(
                        "warning text.language.undeclared /title", "error text.language-tag.invalid /title/%s~1x");
        assertThat(report.first(IssueCode.TEXT_LANGUAGE_TAG_INVALID)
                        .orElseThrow()
                        .getMessage())
                .startsWith(
                        "Language tag '%s/x' must be a well-formed BCP 47 tag such as 'en' or 'sv-SE', but is not: ");
    }
}
