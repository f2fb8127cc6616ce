package dev.infantmassage.curriculum.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the planner needs to know about one baby: age, gestational age at birth, current
 * circumstances, and which contraindications a health professional has cleared.
 *
 * <p>Give exactly one of {@link #getDateOfBirth()} and {@link #getAgeWeeks()}. A baby born before
 * {@value #TERM_WEEKS} weeks is premature: strokes are then gated by the corrected age (chronological
 * age minus the weeks born early, counted from {@value #DUE_WEEKS} weeks), and the planner allows only
 * resting hands and containment holds until a health professional has cleared massage (add
 * {@value #PREMATURE} to {@link #getClearances()}).
 *
 * <pre>{@code
 * InfantProfile profile = InfantProfile.builder()
 *         .dateOfBirth(LocalDate.of(2026, 9, 1))
 *         .addCircumstance(Circumstance.of("just-fed", Instant.parse("2026-11-21T08:40:00Z")))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class InfantProfile {
    /** Babies born before this many weeks of gestation are premature. */
    public static final int TERM_WEEKS = 37;

    /** The gestational age at the due date, from which corrected age is counted. */
    public static final int DUE_WEEKS = 40;

    /** The identifier of the contraindication that covers premature babies. */
    public static final String PREMATURE = "premature";

    /** {@return the date of birth, in the time zone of {@link PlanRequest#getZone()}} */
    public abstract Optional<LocalDate> getDateOfBirth();

    /** {@return the chronological age in whole weeks at the planned moment, when the date of birth is not given} */
    public abstract Optional<Integer> getAgeWeeks();

    /** {@return the gestational age at birth in whole weeks, when known; 40 is a full-term birth} */
    public abstract Optional<Integer> getGestationalWeeks();

    /** {@return what is true of the baby now or recently} */
    public abstract List<Circumstance> getCircumstances();

    /**
     * {@return the identifiers of contraindications a health professional has cleared for this baby, for
     * example {@value #PREMATURE}} A clearance lifts a consult-professional restriction and the advice
     * to ask; it does not lift a stop, a local avoidance or a timing rule.
     */
    public abstract Set<String> getClearances();

    /** {@return whether the baby was born before {@value #TERM_WEEKS} weeks of gestation} */
    public boolean isPremature() {
        return getGestationalWeeks().map(weeks -> weeks < TERM_WEEKS).orElse(false);
    }

    /**
     * {@return whether a health professional has cleared the contraindication with this identifier}
     *
     * @param contraindication a contraindication identifier
     */
    public boolean isCleared(String contraindication) {
        return getClearances().contains(contraindication);
    }

    /**
     * {@return the chronological age in whole weeks on {@code today}}
     *
     * @param today the day to count the age on
     * @throws IllegalArgumentException if the date of birth is after {@code today}
     */
    public int chronologicalAgeWeeks(LocalDate today) {
        if (getAgeWeeks().isPresent()) {
            return getAgeWeeks().get();
        }
        LocalDate birth = getDateOfBirth().orElseThrow();
        if (birth.isAfter(today)) {
            throw new IllegalArgumentException("Date of birth must not be after " + today + ", but was " + birth);
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(birth, today) / 7);
    }

    /**
     * {@return the age in whole weeks on {@code today}, corrected for prematurity: for a baby born before
     * {@value #TERM_WEEKS} weeks, the chronological age minus ({@value #DUE_WEEKS} minus the
     * gestational weeks)} It is negative before the due date.
     *
     * @param today the day to count the age on
     * @throws IllegalArgumentException if the date of birth is after {@code today}
     */
    public int correctedAgeWeeks(LocalDate today) {
        int age = chronologicalAgeWeeks(today);
        return isPremature() ? age - (DUE_WEEKS - getGestationalWeeks().orElseThrow()) : age;
    }

    @Value.Check
    void check() {
        if (getDateOfBirth().isPresent() == getAgeWeeks().isPresent()) {
            throw new IllegalArgumentException("Infant profile must have exactly one of dateOfBirth and ageWeeks");
        }
        getAgeWeeks().ifPresent(weeks -> {
            if (weeks < 0) {
                throw new IllegalArgumentException("Age in weeks must not be negative, but was " + weeks);
            }
        });
        getGestationalWeeks().ifPresent(weeks -> {
            if (weeks < 20 || weeks > 45) {
                throw new IllegalArgumentException("Gestational weeks must be between 20 and 45, but was " + weeks);
            }
        });
    }

    /**
     * {@return a profile of a baby born on {@code dateOfBirth}, with no circumstances}
     *
     * @param dateOfBirth the baby's date of birth
     */
    public static InfantProfile bornOn(LocalDate dateOfBirth) {
        return builder().dateOfBirth(dateOfBirth).build();
    }

    /**
     * {@return a profile of a baby {@code ageWeeks} weeks old, with no circumstances}
     *
     * @param ageWeeks the baby's chronological age in whole weeks
     */
    public static InfantProfile agedWeeks(int ageWeeks) {
        return builder().ageWeeks(ageWeeks).build();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link InfantProfile}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableInfantProfile.Builder {}
}
