package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.TextWalker;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
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
    /** How much of the default-language text a missing-translation message quotes. */
    static final int EXCERPT_LENGTH = 60;

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
                            excerpt(text.resolve(defaultLanguage, defaultLanguage)));
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

    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= EXCERPT_LENGTH) {
            return line;
        }
        String cut = line.substring(0, EXCERPT_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > EXCERPT_LENGTH / 2 && line.charAt(EXCERPT_LENGTH - 1) != ' ' ? cut.substring(0, space) : cut)
                .stripTrailing() + "…";
    }
}
