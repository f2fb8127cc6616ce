/**
 * Spring Boot 4 auto-configuration: {@link dev.infantmassage.curriculum.spring.CurriculumAutoConfiguration},
 * its {@code curriculum.*} properties, and the {@link dev.infantmassage.curriculum.spring.ValidCurriculum}
 * constraint.
 */
@NullMarked
package dev.infantmassage.curriculum.spring;

import org.jspecify.annotations.NullMarked;
