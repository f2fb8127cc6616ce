package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.internal.TextWalker;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.MissingTranslation;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every text is in the default language; every text that lacks a declared translation is reported,
 * so translators get the whole list; undeclared languages are reported once per language, with a
 * count, at the first text that uses them.
 */
final class TextRule implements Rule {
    /** The pattern the model puts on {@code defaultLanguage} and {@code languages} (Curriculum.LANGUAGE_TAG). */
    private static final Pattern MODEL_PATTERN = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    /** How many texts a language concerns, and the first of them. */
    private static final class Tally {
        final IssueLocation first;
        int count;

        Tally(IssueLocation first) {
            this.first = first;
        }
    }

    @Override
    public void check(RuleContext context, IssueCollector issues) {
        Curriculum curriculum = context.curriculum();
        String defaultLanguage = curriculum.getDefaultLanguage();
        List<String> translations =
                curriculum.allLanguages().subList(1, curriculum.allLanguages().size());
        Set<String> declared = Set.copyOf(curriculum.allLanguages());
        checkTag(defaultLanguage, Locations.ROOT.property(nameOf(Curriculum::getDefaultLanguage)), issues);
        List<String> languages = curriculum.getLanguages();
        for (int i = 0; i < languages.size(); i++) {
            checkTag(
                    languages.get(i),
                    Locations.ROOT.property(nameOf(Curriculum::getLanguages)).index(i),
                    issues);
        }
        Map<String, Tally> undeclared = new LinkedHashMap<>();
        TextWalker.walk(curriculum, (text, at) -> {
            Optional<String> inDefault = text.get(defaultLanguage);
            if (inDefault.isEmpty()) {
                issues.report(
                        IssueCode.TEXT_DEFAULT_LANGUAGE_MISSING,
                        at,
                        defaultLanguage,
                        String.join(", ", text.languages()));
            } else if (isBlank(inDefault.get()) && !isGuidance(at)) {
                issues.report(
                        IssueCode.TEXT_DEFAULT_LANGUAGE_BLANK,
                        at.property(defaultLanguage),
                        defaultLanguage,
                        inDefault.get());
            }

            for (String language : translations) {
                if (!text.has(language)) {
                    issues.report(
                            IssueCode.TEXT_TRANSLATION_MISSING,
                            at,
                            language,
                            MissingTranslation.of(at, text.resolve(defaultLanguage, defaultLanguage))
                                    .excerpt());
                }
            }
            for (String language : text.languages()) {
                if (!declared.contains(language)) {
                    undeclared.computeIfAbsent(language, key -> new Tally(at)).count++;
                }
            }
        });
        undeclared.forEach((language, tally) ->
                issues.report(IssueCode.TEXT_LANGUAGE_UNDECLARED, tally.first, language, tally.count));
        undeclared.forEach((language, tally) -> checkTag(language, tally.first.property(language), issues));
    }

    /**
     * Reports {@code tag} unless it is a well-formed BCP 47 tag, as {@link Locale.Builder} reads them.
     * A declared tag that already breaks the model's pattern has its {@code constraint.pattern} issue.
     */
    private static void checkTag(String tag, IssueLocation at, IssueCollector issues) {
        if (at.lastProperty()
                        .filter(name -> name.equals("defaultLanguage") || name.equals("languages"))
                        .isPresent()
                && !MODEL_PATTERN.matcher(tag).matches()) {
            return;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            issues.report(IssueCode.TEXT_LANGUAGE_TAG_INVALID, at, tag, describe(e));
        }
    }

    private static String describe(IllformedLocaleException e) {
        String message = String.valueOf(e.getMessage());
        int bracket = message.indexOf(" [at index");
        return bracket < 0 ? message : message.substring(0, bracket);
    }

    /** Empty, or only white space, no-break spaces included (which {@link String#isBlank()} does not count). */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** A blank guidance has its own code, contraindication.guidance.missing: one mistake, one message. */
    private static boolean isGuidance(IssueLocation at) {
        return at.lastProperty().filter("guidance"::equals).isPresent() && at.startsWith(Locations.CONTRAINDICATIONS);
    }
}
