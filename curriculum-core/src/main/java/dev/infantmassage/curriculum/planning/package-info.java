/**
 * Planning one baby's massage session from a curriculum, and reading the baby's cues during it.
 *
 * <p>{@link dev.infantmassage.curriculum.planning.SessionPlanner} answers "what can we do today,
 * with this baby?": it takes a {@link dev.infantmassage.curriculum.planning.PlanRequest} (a week, an
 * {@link dev.infantmassage.curriculum.planning.InfantProfile} with its current
 * {@link dev.infantmassage.curriculum.planning.Circumstance circumstances}, and a moment) and returns a
 * {@link dev.infantmassage.curriculum.planning.SessionPlan}. {@link
 * dev.infantmassage.curriculum.planning.CueGuide} answers "the baby just did this: what now?".
 *
 * <p>Both are safe by construction: a stroke a present contraindication rules out is never planned,
 * and whatever the planner cannot place (an unknown contraindication, a local one without a site)
 * leaves out more and asks a health professional. The library never diagnoses.
 */
@NullMarked
@CurriculumStyle
package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.internal.CurriculumStyle;
import org.jspecify.annotations.NullMarked;
