package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.internal.IssueCollector;

/**
 * One family of curriculum checks that no schema can express. Rules are stateless and thread-safe;
 * what they share per validation lives in the {@link RuleContext}.
 */
@FunctionalInterface
interface Rule {
    void check(RuleContext context, IssueCollector issues);
}
