package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.BodyRegion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A second, deliberately simple implementation of the safety rules, written from the domain brief
 * (§5 contraindications, §6 age adaptations, §8.12) and not from the planner: what a plan must leave
 * out, whether massage may happen at all, and the earliest moment it may resume.
 *
 * <p>It knows the contraindications through its own table of facts ({@link Fact}), typed in from the
 * brief, and the regions each stroke touches through its own table, so neither the planner's code nor
 * the curriculum's data decides what it expects.
 */
public final class PlanningOracle {
    /** What the brief says of one contraindication. */
    public record Fact(
            Kind kind,
            Set<BodyRegion> regions,
            boolean narrowsToSite,
            Optional<Duration> defaultWait,
            boolean needsConfirmation,
            List<String> alsoApplies,
            Optional<Integer> presumedUnderWeeks) {
        public static Fact of(Kind kind, Set<BodyRegion> regions) {
            return new Fact(kind, regions, false, Optional.empty(), false, List.of(), Optional.empty());
        }

        /** Presumed present for a baby younger than {@code weeks} (corrected age) unless cleared. */
        public Fact presumedUnder(int weeks) {
            return new Fact(
                    kind, regions, narrowsToSite, defaultWait, needsConfirmation, alsoApplies, Optional.of(weeks));
        }

        public Fact waiting(Duration wait) {
            return new Fact(
                    kind,
                    regions,
                    narrowsToSite,
                    Optional.of(wait),
                    needsConfirmation,
                    alsoApplies,
                    presumedUnderWeeks);
        }

        public Fact site() {
            return new Fact(kind, regions, true, defaultWait, needsConfirmation, alsoApplies, presumedUnderWeeks);
        }

        public Fact untilConfirmed() {
            return new Fact(kind, regions, narrowsToSite, defaultWait, true, alsoApplies, presumedUnderWeeks);
        }

        public Fact alsoApplies(String id) {
            return new Fact(
                    kind, regions, narrowsToSite, defaultWait, needsConfirmation, List.of(id), presumedUnderWeeks);
        }
    }

    /** The brief's scopes, in the oracle's own words. */
    public enum Kind {
        STOP,
        LOCAL,
        CONSULT,
        TIMING,
        ADVICE
    }

    private final Map<String, Fact> facts;
    private final Map<String, Set<BodyRegion>> touched;

    public PlanningOracle(Map<String, Fact> facts, Map<String, Set<BodyRegion>> touched) {
        this.facts = facts;
        this.touched = touched;
    }

    /** The oracle's verdict for one request. */
    public Verdict judge(PlanRequest request) {
        Verdict verdict = new Verdict();
        InfantProfile profile = request.getProfile();
        Instant at = request.getAt();
        int age = profile.correctedAgeWeeks(LocalDate.ofInstant(at, request.getZone()));
        boolean premature =
                profile.getGestationalWeeks().map(weeks -> weeks < 37).orElse(false);
        if (premature && (!profile.getClearances().contains("premature") || age < 0)) {
            verdict.restingHandsOnly = true;
        }
        for (Circumstance circumstance : profile.getCircumstances()) {
            apply(verdict, request, circumstance, circumstance.getContraindication());
        }
        facts.forEach((id, fact) -> {
            boolean young = fact.presumedUnderWeeks().map(weeks -> age < weeks).orElse(false);
            boolean listed = profile.getCircumstances().stream()
                    .anyMatch(c -> c.getContraindication().equals(id));
            if (young && !listed && !profile.getClearances().contains(id)) {
                apply(
                        verdict,
                        request,
                        Circumstance.builder().contraindication(id).build(),
                        id);
            }
        });
        return verdict;
    }

    private void apply(Verdict verdict, PlanRequest request, Circumstance circumstance, String id) {
        Instant at = request.getAt();
        Fact fact = facts.get(id);
        if (fact == null) {
            verdict.stop(Optional.empty());
            return;
        }
        boolean cleared = request.getProfile().getClearances().contains(id);
        Optional<Instant> end = Optional.empty();
        if (fact.defaultWait().isPresent()) {
            Duration wait = request.getWaitingPeriods()
                    .getOrDefault(id, fact.defaultWait().get());
            Instant waitEnd = circumstance.getSince().orElse(at).plus(wait);
            Instant last = circumstance.getUntil().filter(waitEnd::isBefore).orElse(waitEnd);
            boolean waiting = at.isBefore(last);
            if (!waiting && (!fact.needsConfirmation() || cleared)) {
                return;
            }
            end = fact.needsConfirmation() && !cleared ? Optional.empty() : Optional.of(last);
        } else if (fact.needsConfirmation()) {
            if (cleared) {
                return;
            }
        } else if (circumstance.getUntil().isPresent()) {
            if (!at.isBefore(circumstance.getUntil().get())) {
                return;
            }
            end = circumstance.getUntil();
        }
        fact.alsoApplies().forEach(other -> apply(verdict, request, circumstance, other));
        boolean unknownSite = circumstance.getSites().stream()
                .anyMatch(site -> BodySites.regionOf(site).isEmpty());
        Set<BodyRegion> given = EnumSet.noneOf(BodyRegion.class);
        given.addAll(circumstance.getRegions());
        circumstance.getSites().forEach(site -> BodySites.regionOf(site).ifPresent(given::add));
        switch (fact.kind()) {
            case STOP -> verdict.stop(end);
            case CONSULT -> {
                if (id.equals("premature")) {
                    verdict.restingHandsOnly |= !cleared;
                } else if (!cleared) {
                    avoid(verdict, fact, given, unknownSite, Optional.empty());
                }
            }
            case TIMING -> avoid(verdict, fact, given, unknownSite, end);
            case LOCAL -> avoid(verdict, fact, given, unknownSite, end);
            case ADVICE -> {}
        }
    }

    private static void avoid(
            Verdict verdict, Fact fact, Set<BodyRegion> given, boolean unknownSite, Optional<Instant> end) {
        if (unknownSite) {
            verdict.stop(Optional.empty());
            return;
        }
        if (given.contains(BodyRegion.WHOLE_BODY)) {
            verdict.stop(fact.kind() == Kind.CONSULT ? Optional.empty() : end);
            return;
        }
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        regions.addAll(given);
        if (fact.kind() != Kind.LOCAL && fact.regions().isEmpty()) {
            verdict.stop(fact.kind() == Kind.TIMING ? end : Optional.empty());
            return;
        }
        // The weakest reading: a site narrows a local contraindication that names one to the sites given.
        if (!(fact.narrowsToSite() && !given.isEmpty() && fact.regions().containsAll(given))) {
            regions.addAll(fact.regions());
        }
        if (regions.isEmpty()) {
            verdict.stop(Optional.empty());
            return;
        }
        verdict.avoided.addAll(regions);
    }

    /** Whether a stroke must be left out under {@code verdict}. */
    public boolean excludes(Verdict verdict, String strokeId) {
        if (verdict.stops) {
            return true;
        }
        if (strokeId.equals("resting-hands")) {
            return false;
        }
        if (verdict.restingHandsOnly) {
            return true;
        }
        Set<BodyRegion> regions = touched.get(strokeId);
        if (regions == null) {
            throw new IllegalArgumentException("The oracle's table lacks stroke '" + strokeId + "'");
        }
        return regions.stream().anyMatch(verdict.avoided::contains);
    }

    /** What must be left out, whether everything stops, and the earliest resume. */
    public static final class Verdict {
        boolean stops;
        boolean restingHandsOnly;
        /** Whether some stop has no known end. */
        boolean openEnded;

        Optional<Instant> latestEnd = Optional.empty();
        final Set<BodyRegion> avoided = EnumSet.noneOf(BodyRegion.class);

        void stop(Optional<Instant> end) {
            stops = true;
            if (end.isEmpty()) {
                openEnded = true;
            } else if (latestEnd.map(latest -> latest.isBefore(end.get())).orElse(true)) {
                latestEnd = end;
            }
        }

        public boolean stops() {
            return stops;
        }

        public boolean restingHandsOnly() {
            return restingHandsOnly;
        }

        public boolean openEnded() {
            return openEnded;
        }

        /** The latest known end of the stops: a resume time may not come before it. */
        public Optional<Instant> latestEnd() {
            return latestEnd;
        }

        public Set<BodyRegion> avoided() {
            return avoided;
        }
    }
}
