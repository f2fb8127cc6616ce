package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.TextWalker;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.MissingTranslation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every text is in the default language; every text that lacks a declared translation is reported,
 * so translators get the whole list; undeclared languages are reported once per language, with a
 * count, at the first text that uses them.
 */
final class TextRule implements Rule {
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
        List<String> translations = curriculum.allLanguages().subList(1, curriculum.allLanguages().size());
        Set<String> declared = Set.copyOf(curriculum.allLanguages());
        Map<String, Tally> undeclared = new LinkedHashMap<>();
        TextWalker.walk(curriculum, (text, at) -> {
            if (!text.has(defaultLanguage)) {
                issues.report(IssueCode.TEXT_DEFAULT_LANGUAGE_MISSING, at, defaultLanguage,
                        String.join(", ", text.languages()));
            }
            for (String language : translations) {
                if (!text.has(language)) {
                    issues.report(IssueCode.TEXT_TRANSLATION_MISSING, at, language,
                            MissingTranslation.of(at, text.resolve(defaultLanguage, defaultLanguage)).excerpt());
                }
            }
            for (String language : text.languages()) {
                if (!declared.contains(language)) {
                    undeclared.computeIfAbsent(language, key -> new Tally(at)).count++;
                }
            }
        });
        undeclared.forEach((language, tally) -> issues.report(IssueCode.TEXT_LANGUAGE_UNDECLARED, tally.first,
                language, tally.count));
    }
}
