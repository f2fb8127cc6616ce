/**
 * Validation of curricula: {@link dev.infantmassage.curriculum.validation.CurriculumValidator} finds
 * every problem in one pass and returns a {@link dev.infantmassage.curriculum.validation.ValidationReport}
 * of {@link dev.infantmassage.curriculum.validation.Issue}s, each with a stable
 * {@link dev.infantmassage.curriculum.validation.IssueCode} and a location in the document.
 */
@NullMarked
@CurriculumStyle
package dev.infantmassage.curriculum.validation;

import dev.infantmassage.curriculum.internal.CurriculumStyle;
import org.jspecify.annotations.NullMarked;
