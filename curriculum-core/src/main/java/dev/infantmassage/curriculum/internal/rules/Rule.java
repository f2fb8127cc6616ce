package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.internal.IssueCollector;

/** One family of curriculum checks that no schema can express. Rules are stateless and thread-safe. */
@FunctionalInterface
public interface Rule {
    void check(Curriculum curriculum, IssueCollector issues);
}
