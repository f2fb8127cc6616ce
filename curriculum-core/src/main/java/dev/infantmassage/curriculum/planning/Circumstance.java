package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.BodyRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something true of the baby now or recently that one of the curriculum's contraindications covers:
 * an immunisation at a site, a fever, a rash on a region, an unhealed cord, a feed at a time.
 *
 * <p>A circumstance names the contraindication by its identifier, never by free text. Times are
 * {@link Instant}s, so a plan does not depend on the time zone it is computed in; use
 * {@link #onDate(String, LocalDate, ZoneId)} when only the day is known.
 *
 * <pre>{@code
 * Circumstance jab = Circumstance.builder()
 *         .contraindication("immunisation-site")
 *         .since(Instant.parse("2026-11-20T10:00:00Z"))
 *         .addSite("left-thigh")
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Circumstance {
    /** {@return the identifier of the curriculum's contraindication, for example {@code "immunisation"}} */
    public abstract String getContraindication();

    /**
     * {@return when it started: the immunisation, the feed, the first sign} When absent, the planner counts any
     * waiting period from the moment it plans for, so the wait is never cut short.
     */
    public abstract Optional<Instant> getSince();

    /**
     * {@return when the caller knows it ended or will end} For a contraindication with a waiting period, this
     * can only lengthen the wait, never shorten it: choose a shorter waiting period instead (see
     * {@link PlanRequest#getWaitingPeriods()}).
     */
    public abstract Optional<Instant> getUntil();

    /** {@return the regions affected, for a local condition such as a rash} */
    public abstract Set<BodyRegion> getRegions();

    /**
     * {@return the sites affected, in the words of {@link BodySites}, for example {@code "left-thigh"}} A site
     * the vocabulary does not know makes the planner leave out the whole body and ask a health
     * professional.
     */
    public abstract List<String> getSites();

    /** {@return the regions of {@link #getRegions()} and of the known {@link #getSites()}} */
    public Set<BodyRegion> affectedRegions() {
        java.util.EnumSet<BodyRegion> regions = java.util.EnumSet.noneOf(BodyRegion.class);
        regions.addAll(getRegions());
        getSites().forEach(site -> BodySites.regionOf(site).ifPresent(regions::add));
        return Set.copyOf(regions);
    }

    /** {@return the sites the vocabulary of {@link BodySites} does not know} */
    public List<String> unknownSites() {
        return getSites().stream().filter(site -> !BodySites.isKnown(site)).toList();
    }

    /**
     * {@return a circumstance with no known start: any waiting period counts from the planned moment}
     *
     * @param contraindication the identifier of the curriculum's contraindication
     * @throws IllegalArgumentException if {@code contraindication} is blank
     */
    public static Circumstance of(String contraindication) {
        return builder().contraindication(contraindication).build();
    }

    /**
     * {@return a circumstance that started at {@code since}}
     *
     * @param contraindication the identifier of the curriculum's contraindication
     * @param since when it started
     * @throws IllegalArgumentException if {@code contraindication} is blank
     */
    public static Circumstance of(String contraindication, Instant since) {
        return builder().contraindication(contraindication).since(since).build();
    }

    /**
     * {@return a circumstance known only by the day it happened, in {@code zone}} The start is taken as the end
     * of that day, the latest moment it can have happened, so a waiting period is never cut short.
     *
     * @param contraindication the identifier of the curriculum's contraindication
     * @param day the day it happened
     * @param zone the time zone {@code day} is in
     * @throws IllegalArgumentException if {@code contraindication} is blank
     */
    public static Circumstance onDate(String contraindication, LocalDate day, ZoneId zone) {
        return of(contraindication, endOfDay(day, zone));
    }

    /**
     * {@return the first instant after {@code day} in {@code zone}: the latest a same-day event can have been}
     *
     * @param day a day
     * @param zone the time zone {@code day} is in
     */
    public static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Value.Check
    void check() {
        if (getContraindication().isBlank()) {
            throw new IllegalArgumentException("Circumstance contraindication must not be blank");
        }
        getSites().forEach(site -> {
            if (site.isBlank()) {
                throw new IllegalArgumentException("Circumstance site must not be blank");
            }
        });
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Circumstance}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableCircumstance.Builder {}
}
