package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.PropertyNames.Accessor;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Identifiers are lower-kebab-case and unique within their kind of entry. */
final class IdentifierRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        Curriculum curriculum = context.curriculum();
        checkWellFormed(curriculum.getId(), Locations.ROOT.property(nameOf(Curriculum::getId)), issues);
        checkKind("Source", curriculum.getSources(), Citation::getId, Locations.SOURCES, issues);
        checkKind("Stroke", curriculum.getStrokes(), Stroke::getId, Locations.STROKES, issues);
        checkKind("Technique", curriculum.getTechniques(), Technique::getId, Locations.TECHNIQUES, issues);
        checkKind("Routine", curriculum.getRoutines(), Routine::getId, Locations.ROUTINES, issues);
        checkKind("Cue", curriculum.getCues(), CueSignal::getId, Locations.CUES, issues);
        checkKind(
                "Contraindication",
                curriculum.getContraindications(),
                Contraindication::getId,
                Locations.CONTRAINDICATIONS,
                issues);
    }

    private static <T> void checkKind(
            String kind, List<T> entries, Accessor<T, String> idOf, IssueLocation list, IssueCollector issues) {
        Map<String, IssueLocation> first = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            String id = idOf.apply(entries.get(i));
            IssueLocation at = list.index(i).property(nameOf(idOf));
            checkWellFormed(id, at, issues);
            IssueLocation earlier = first.putIfAbsent(id, at);
            issues.rule(earlier == null, IssueCode.ID_DUPLICATE, at, kind, id, earlier);
        }
    }

    private static void checkWellFormed(String id, IssueLocation at, IssueCollector issues) {
        issues.rule(isLowerKebab(id), IssueCode.ID_MALFORMED, at, id);
    }

    /** {@code [a-z0-9]+(-[a-z0-9]+)*}, without a regular expression. */
    static boolean isLowerKebab(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (c != '-' || id.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }
}
