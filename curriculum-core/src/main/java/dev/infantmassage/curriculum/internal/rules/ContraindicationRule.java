package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Suggestions;
import java.util.List;

/**
 * Waiting periods are positive and ordered, local avoidance says where, and every entry tells the
 * parent what to do.
 */
final class ContraindicationRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        List<Contraindication> entries = context.curriculum().getContraindications();
        for (int i = 0; i < entries.size(); i++) {
            Contraindication entry = entries.get(i);
            IssueLocation at = Locations.CONTRAINDICATIONS.index(i);
            entry.getWaitingPeriod()
                    .ifPresent(period -> issues.rule(
                            isValid(period),
                            IssueCode.CONTRAINDICATION_WAITING_PERIOD_INVALID,
                            at.property(nameOf(Contraindication::getWaitingPeriod)),
                            period.getMin(),
                            period.getDefaultValue(),
                            period.getMax()));
            issues.rule(
                    entry.getScope() != ContraindicationScope.AVOID_LOCAL_REGION
                            || !entry.getRegions().isEmpty()
                            || entry.getSite().isPresent(),
                    IssueCode.CONTRAINDICATION_SITE_MISSING,
                    at.property(nameOf(Contraindication::getScope)),
                    entry.getId());
            List<String> implies = entry.getImplies();
            for (int j = 0; j < implies.size(); j++) {
                String implied = implies.get(j);
                if (implied.equals(entry.getId())
                        || context.curriculum().contraindication(implied).isEmpty()) {
                    List<String> others = entries.stream()
                            .map(Contraindication::getId)
                            .filter(id -> !id.equals(entry.getId()))
                            .toList();
                    issues.rule(
                            false,
                            IssueCode.CONTRAINDICATION_IMPLIES_UNRESOLVED,
                            at.property(nameOf(Contraindication::getImplies)).index(j),
                            entry.getId(),
                            implied,
                            Suggestions.didYouMeanTail(Suggestions.closest(implied, others)));
                }
            }
            boolean guided = entry.getGuidance().toMap().values().stream().anyMatch(text -> !text.isBlank());
            issues.rule(
                    guided,
                    IssueCode.CONTRAINDICATION_GUIDANCE_MISSING,
                    at.property(nameOf(Contraindication::getGuidance)),
                    entry.getId());
        }
    }

    private static boolean isValid(WaitingPeriod period) {
        return period.getMin() > 0
                && period.getMin() <= period.getDefaultValue()
                && period.getDefaultValue() <= period.getMax();
    }
}
