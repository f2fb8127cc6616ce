package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.Stroke;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to "what can we do today, with this baby?": the strokes to do in canonical order, the
 * strokes left out and why, whether massage may happen now at all, and what to ask a health
 * professional first.
 *
 * <p>A plan never contains a stroke that a present contraindication rules out. When
 * {@link #isMassageNow()} is false the stroke list is empty, {@link #stops()} says why and
 * {@link #getResumeAt()} says when massage may resume, if that is a matter of time.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SessionPlan {
    /** {@return the week of the schedule planned for, 1 to 5} */
    public abstract int getWeek();

    /** {@return whether the plan covers everything learnt up to the week or only that week's class} */
    public abstract PlanScope getScope();

    /** {@return the moment planned for} */
    public abstract Instant getAt();

    /**
     * {@return the age in whole weeks the strokes were gated by, corrected for prematurity; negative before the due
     * date}
     */
    public abstract int getCorrectedAgeWeeks();

    /** {@return whether massage may happen now; false while a whole-body stop or timing rule applies} */
    public abstract boolean isMassageNow();

    /**
     * {@return when massage may resume, if it may not happen now and every reason ends at a known time; empty
     * when massage may happen now, or when it waits for the condition to pass or for a professional}
     */
    public abstract Optional<Instant> getResumeAt();

    /** {@return the strokes to do, resting hands first, then by region in teaching order, then in catalogue order} */
    public abstract List<Stroke> getStrokes();

    /**
     * {@return the identifiers of the curriculum's techniques to use instead of strokes, such as containment
     * holds for a premature baby who may have resting hands only}
     */
    public abstract List<String> getTechniques();

    /** {@return the strokes of the requested week that are left out, in the same order} */
    public abstract List<SkippedStroke> getSkipped();

    /** {@return what each present circumstance does to the session} */
    public abstract List<Restriction> getRestrictions();

    /** {@return the points to ask a health professional about first} */
    public abstract List<Consultation> getAskProfessional();

    /** {@return advisory notes, such as the parent taking a few deep breaths first} */
    public abstract List<String> getNotes();

    /** {@return the identifiers of {@link #getStrokes()}} */
    public List<String> strokeIds() {
        return getStrokes().stream().map(Stroke::getId).toList();
    }

    /** {@return the restrictions that stop the session: why {@link #isMassageNow()} is false} */
    public List<Restriction> stops() {
        return getRestrictions().stream().filter(Restriction::isStop).toList();
    }

    /**
     * {@return what must happen before massage may resume, when {@link #getResumeAt()} is empty because a stop is
     * open-ended: one entry per kind of ending, in the order the stops came}
     */
    public List<RestrictionEnd> resumeConditions() {
        return stops().stream()
                .filter(stop -> stop.getUntil().isEmpty())
                .map(Restriction::getEndsWhen)
                .distinct()
                .toList();
    }

    /**
     * {@return the left-out strokes grouped by why: one group per reason, contraindication and end, with its
     * explanation once and its strokes in plan order}
     */
    public List<SkippedGroup> skippedGroups() {
        Map<List<Object>, SkippedGroup.Builder> groups = new LinkedHashMap<>();
        for (SkippedStroke skipped : getSkipped()) {
            List<Object> key = List.of(
                    skipped.getReason(),
                    skipped.getContraindication(),
                    skipped.getUntil(),
                    skipped.getReason() == SkipReason.UNKNOWN_STROKE ? "" : skipped.getExplanation());
            groups.computeIfAbsent(
                            key,
                            unused -> SkippedGroup.builder()
                                    .reason(skipped.getReason())
                                    .contraindication(skipped.getContraindication())
                                    .until(skipped.getUntil())
                                    .explanation(skipped.getExplanation()))
                    .addStroke(skipped.getStroke());
        }
        return groups.values().stream().map(SkippedGroup.Builder::build).toList();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SessionPlan}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableSessionPlan.Builder {}
}
