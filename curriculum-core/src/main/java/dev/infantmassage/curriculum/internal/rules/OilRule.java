package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.Oil;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The domain's rule for oil: the default oil is unscented, edible, cold-pressed and nut-free; every oil
 * named requires a patch test, which the policy describes; the face gets little or no oil.
 */
final class OilRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        context.curriculum().getOilPolicy().ifPresent(policy -> check(policy, issues));
    }

    private static void check(OilPolicy policy, IssueCollector issues) {
        IssueLocation at = Locations.OIL_POLICY;
        Oil oil = policy.getDefaultOil();
        List<String> lacking = new ArrayList<>();
        if (!oil.isUnscented()) {
            lacking.add("unscented");
        }
        if (!oil.isEdible()) {
            lacking.add("edible");
        }
        if (!oil.isColdPressed()) {
            lacking.add("cold-pressed");
        }
        if (!oil.isNutFree()) {
            lacking.add("nut-free");
        }
        issues.rule(
                lacking.isEmpty(),
                IssueCode.OIL_DEFAULT_UNSUITABLE,
                at.property(nameOf(OilPolicy::getDefaultOil)),
                oil.getId(),
                String.join(", ", lacking));
        checkPatchTest(oil, at.property(nameOf(OilPolicy::getDefaultOil)), issues);
        for (int i = 0; i < policy.getAlternatives().size(); i++) {
            checkPatchTest(
                    policy.getAlternatives().get(i),
                    at.property(nameOf(OilPolicy::getAlternatives)).index(i),
                    issues);
        }
        issues.rule(
                !policy.getPatchTest().isEmpty(),
                IssueCode.OIL_PATCH_TEST_MISSING,
                at.property(nameOf(OilPolicy::getPatchTest)));
        issues.rule(
                policy.getFace() != OilGuidance.RECOMMENDED,
                IssueCode.OIL_FACE,
                at.property(nameOf(OilPolicy::getFace)),
                policy.getFace().code());
    }

    private static void checkPatchTest(Oil oil, IssueLocation at, IssueCollector issues) {
        issues.rule(
                oil.isPatchTestRequired(),
                IssueCode.OIL_PATCH_TEST_NOT_REQUIRED,
                at.property(nameOf(Oil::isPatchTestRequired)),
                oil.getId());
    }
}
