package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.SampleCurricula;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The translators' report: per language, per section, done and missing, with every missing text. */
class TranslationReportTest {
    private static final Curriculum PARTLY = sample(builder -> builder.addLanguage("es")
            .title(LocalizedText.of(Map.of("en", "Sample curriculum", "es", "Plan de ejemplo"))));

    @Test
    void of_declaredLanguage_countsEveryTextAndFindsTheOneDone() {
        TranslationReport report = TranslationReport.of(PARTLY);
        LanguageTranslation spanish = report.getLanguages().get(0);

        assertThat(report.getDefaultLanguage()).isEqualTo("en");
        assertThat(report.getLanguages())
                .extracting(LanguageTranslation::getLanguage)
                .containsExactly("es");
        assertThat(spanish.isDeclared()).isTrue();
        assertThat(spanish.texts()).isEqualTo(report.getTexts());
        assertThat(spanish.done()).isEqualTo(1);
        assertThat(spanish.missing()).isEqualTo(report.getTexts() - 1);
        assertThat(spanish.isComplete()).isFalse();
    }

    @Test
    void of_sections_areTheTopLevelPartsInDocumentOrder() {
        LanguageTranslation spanish =
                TranslationReport.of(PARTLY).getLanguages().get(0);

        assertThat(spanish.getSections())
                .extracting(SectionTranslation::getSection)
                .containsExactly(
                        "curriculum", "strokes", "techniques", "routines", "cues", "contraindications", "schedule");
        assertThat(spanish.getSections().get(0).getTexts()).isEqualTo(1);
        assertThat(spanish.getSections().get(0).getMissing()).isEmpty();
        assertThat(spanish.getSections().get(1).getMissing()).first().satisfies(missing -> {
            assertThat(missing.getLocation().toPointer()).isEqualTo("/strokes/0/name");
            assertThat(missing.getText()).isEqualTo("resting-hands");
        });
    }

    @Test
    void of_missingTexts_agreeWithTheValidatorsWarnings() {
        List<String> missing = TranslationReport.of(PARTLY).getLanguages().get(0).getSections().stream()
                .flatMap(section -> section.getMissing().stream())
                .map(text -> text.getLocation().toPointer())
                .toList();

        assertThat(missing)
                .containsExactlyInAnyOrderElementsOf(
                        RuleTesting.VALIDATOR.validate(PARTLY).issues(IssueCode.TEXT_TRANSLATION_MISSING).stream()
                                .map(issue -> issue.getLocation().toPointer())
                                .toList());
    }

    @Test
    void of_oilPolicy_isASectionOfItsOwn() {
        Curriculum curriculum = sample(builder -> builder.oilPolicy(SampleCurricula.oilPolicy()));

        assertThat(TranslationReport.of(curriculum, List.of("es"))
                        .getLanguages()
                        .get(0)
                        .getSections())
                .extracting(SectionTranslation::getSection)
                .contains("oilPolicy");
    }

    @Test
    void of_undeclaredLanguage_isReportedAsNotDeclared_andNoLanguageAskedGivesAnEmptyReport() {
        TranslationReport report = TranslationReport.of(PARTLY, List.of("fr", "es", "fr"));

        assertThat(report.getLanguages())
                .extracting(LanguageTranslation::getLanguage, LanguageTranslation::isDeclared)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("fr", false),
                        org.assertj.core.api.Assertions.tuple("es", true));
        assertThat(report.getLanguages().get(0).done()).isZero();
        assertThat(TranslationReport.of(SampleCurricula.minimal()).getLanguages())
                .isEmpty();
    }

    @Test
    void excerpt_isOneVisibleLine_cutAtAWord() {
        assertThat(MissingTranslation.of(IssueLocation.root(), "  Short\ttext\n")
                        .excerpt())
                .isEqualTo("Short text");
        assertThat(MissingTranslation.of(IssueLocation.root(), "Bell\u0007 and \u001b[1m")
                        .excerpt())
                .isEqualTo("Bell\\u0007 and \\u001b[1m");
        String longText = "Hold the foot gently and draw small circles with your thumbs all around the ankle bones.";
        assertThat(MissingTranslation.of(IssueLocation.root(), longText).excerpt())
                .isEqualTo("Hold the foot gently and draw small circles with your…");
    }
}
