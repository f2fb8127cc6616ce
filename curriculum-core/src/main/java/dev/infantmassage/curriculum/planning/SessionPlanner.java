package dev.infantmassage.curriculum.planning;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans one baby's session from a curriculum: which of the week's strokes to do now, which to leave
 * out and why, and what to ask a health professional first.
 *
 * <pre>{@code
 * SessionPlanner planner = SessionPlanner.of(curriculum);
 * SessionPlan plan = planner.plan(PlanRequest.of(2, profile, Instant.now()));
 * if (plan.isMassageNow()) {
 *     plan.getStrokes().forEach(stroke -> show(stroke));
 * }
 * }</pre>
 *
 * <p>Each circumstance of the profile applies while it is present: from its start until the end of
 * the contraindication's waiting period (the curriculum's default unless the request chooses another
 * within the range), or until the caller says it ended; without either, it applies until the caller
 * removes it. What a present circumstance does depends on its contraindication's scope:
 * <ul>
 *   <li>whole-body stop: no massage; {@link SessionPlan#getResumeAt()} is the end of the wait;</li>
 *   <li>avoid local region: the strokes of the circumstance's regions and sites, and of the
 *       contraindication's own regions, are left out (a contraindication that names a site, such as
 *       the injection site, covers only the caller's regions when they lie among its own), and with them every integration sweep and gentle movement,
 *       which travel across regions; resting hands stay. A local contraindication whose region is
 *       unknown (no region anywhere, or a site {@link BodySites} does not know) covers the whole body
 *       and adds a question for a health professional;</li>
 *   <li>consult professional: ask first, and leave out the affected regions (the whole body when it
 *       names none) until a professional has cleared it ({@link InfantProfile#getClearances()});</li>
 *   <li>timing rule: not now for the affected regions (the whole body when it names none), until the
 *       wait is over or the need is met;</li>
 *   <li>advisory: a note, nothing left out.</li>
 * </ul>
 * A circumstance whose contraindication the curriculum does not have stops the session and asks a
 * health professional. A premature baby (born before 37 weeks, or with a {@code premature}
 * circumstance) not yet cleared gets resting hands only (with containment holds, a technique), and
 * strokes are gated by corrected age. A contraindication flagged {@code askProfessional} adds a
 * question whatever its scope.
 *
 * <p>Instances are immutable and thread-safe; the work is linear in the size of the curriculum and
 * the profile.
 */
public final class SessionPlanner {
    private final Curriculum curriculum;
    private final Map<String, Integer> catalogueOrder;

    private SessionPlanner(Curriculum curriculum) {
        this.curriculum = curriculum;
        Map<String, Integer> order = new LinkedHashMap<>();
        List<Stroke> strokes = curriculum.getStrokes();
        for (int i = 0; i < strokes.size(); i++) {
            order.putIfAbsent(strokes.get(i).getId(), i);
        }
        this.catalogueOrder = Map.copyOf(order);
    }

    /** A planner for {@code curriculum}. */
    public static SessionPlanner of(Curriculum curriculum) {
        return new SessionPlanner(requireNonNull(curriculum, "curriculum"));
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    /**
     * Plans the session {@code request} describes.
     *
     * @throws IllegalArgumentException if a chosen waiting period names a contraindication the
     *     curriculum does not have, one without a waiting period, or lies outside its range; or if
     *     the date of birth is after the planned day
     */
    public SessionPlan plan(PlanRequest request) {
        requireNonNull(request, "request");
        checkChosenWaitingPeriods(request.getWaitingPeriods());
        Instant at = request.getAt();
        InfantProfile profile = request.getProfile();
        LocalDate today = LocalDate.ofInstant(at, request.getZone());
        int age = profile.correctedAgeWeeks(today);

        Planning planning = new Planning(request);
        profile.getCircumstances().forEach(planning::apply);
        boolean prematureRuled = planning.restrictions.stream().anyMatch(r -> r.getReason() == SkipReason.PREMATURE);
        if (profile.isPremature() && !prematureRuled && !profile.isCleared(InfantProfile.PREMATURE)) {
            planning.premature(curriculum.contraindication(InfantProfile.PREMATURE), Optional.empty());
        }

        List<Stroke> planned = new ArrayList<>();
        List<SkippedStroke> skipped = new ArrayList<>();
        int youngestMissed = Integer.MAX_VALUE;
        for (String id : selection(request.getWeek(), request.getScope())) {
            if (curriculum.stroke(id).isEmpty()) {
                skipped.add(SkippedStroke.builder().stroke(id).reason(SkipReason.UNKNOWN_STROKE)
                        .explanation("The schedule names '" + id + "', which is not in this curriculum's strokes")
                        .build());
            }
        }
        for (Stroke stroke : orderedStrokes(request.getWeek(), request.getScope())) {
            Optional<Restriction> binding = planning.restrictions.stream()
                    .filter(restriction -> restriction.excludes(stroke))
                    .max(Comparator.comparing(restriction -> restriction.getUntil().orElse(Instant.MAX)));
            if (binding.isPresent()) {
                Restriction restriction = binding.get();
                skipped.add(SkippedStroke.builder().stroke(stroke.getId()).region(stroke.getRegion())
                        .reason(restriction.getReason()).contraindication(restriction.getContraindication())
                        .until(restriction.getUntil()).explanation(restriction.getExplanation()).build());
            } else if (age < stroke.getMinAgeWeeks()) {
                youngestMissed = Math.min(youngestMissed, stroke.getMinAgeWeeks());
                skipped.add(SkippedStroke.builder().stroke(stroke.getId()).region(stroke.getRegion())
                        .reason(SkipReason.BELOW_MIN_AGE)
                        .explanation("This stroke suits babies from " + stroke.getMinAgeWeeks()
                                + " weeks (corrected age), and the baby is " + age + " weeks")
                        .build());
            } else if (stroke.getMaxAgeWeeks().isPresent() && age > stroke.getMaxAgeWeeks().get()) {
                skipped.add(SkippedStroke.builder().stroke(stroke.getId()).region(stroke.getRegion())
                        .reason(SkipReason.ABOVE_MAX_AGE)
                        .explanation("This stroke suits babies up to " + stroke.getMaxAgeWeeks().get()
                                + " weeks; use an adapted stroke for an older baby")
                        .build());
            } else {
                planned.add(stroke);
            }
        }
        if (youngestMissed != Integer.MAX_VALUE) {
            planning.ask(Optional.empty(), "Some strokes of this week suit older babies (from " + youngestMissed
                    + " weeks, corrected age): ask a health professional before trying them earlier");
        }

        List<Restriction> stops = planning.restrictions.stream().filter(Restriction::isStop).toList();
        boolean massageNow = stops.isEmpty();
        Optional<Instant> resumeAt = massageNow || stops.stream().anyMatch(stop -> stop.getUntil().isEmpty())
                ? Optional.empty()
                : stops.stream().map(stop -> stop.getUntil().orElseThrow()).max(Comparator.naturalOrder());
        return SessionPlan.builder()
                .week(request.getWeek())
                .scope(request.getScope())
                .at(at)
                .correctedAgeWeeks(age)
                .massageNow(massageNow)
                .resumeAt(resumeAt)
                .strokes(massageNow ? planned : List.of())
                .skipped(skipped)
                .restrictions(planning.restrictions)
                .askProfessional(planning.consultations.values())
                .notes(planning.notes)
                .build();
    }

    /**
     * The strokes a request for {@code week} and {@code scope} draws from, in plan order, before any
     * circumstance or age is considered. Identifiers the catalogue lacks are not included.
     */
    public List<Stroke> orderedStrokes(int week, PlanScope scope) {
        List<BodyRegion> teaching = BodyRegion.teachingOrder();
        return selection(week, scope).stream()
                .map(curriculum::stroke)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt((Stroke stroke) -> teaching.indexOf(stroke.getRegion()))
                        .thenComparingInt(stroke -> catalogueOrder.get(stroke.getId())))
                .toList();
    }

    private Set<String> selection(int week, PlanScope scope) {
        Set<String> ids = new LinkedHashSet<>();
        for (WeekPlan plan : curriculum.getSchedule().getWeeks()) {
            if (scope == PlanScope.UP_TO_WEEK ? plan.getNumber() <= week : plan.getNumber() == week) {
                ids.addAll(plan.getNewStrokes());
                ids.addAll(plan.getReviewStrokes());
            }
        }
        return ids;
    }

    private void checkChosenWaitingPeriods(Map<String, Duration> chosen) {
        chosen.forEach((id, duration) -> {
            Contraindication contraindication = curriculum.contraindication(id).orElseThrow(() ->
                    new IllegalArgumentException("Waiting period names contraindication '" + id
                            + "', which is not in this curriculum"));
            WaitingPeriod period = contraindication.getWaitingPeriod().orElseThrow(() ->
                    new IllegalArgumentException("Contraindication '" + id + "' has no waiting period to choose"));
            if (!period.allows(duration)) {
                throw new IllegalArgumentException("Waiting period for '" + id + "' must be between " + period.getMin()
                        + " and " + period.getMax() + " " + period.getUnit().code() + ", but was "
                        + describe(duration, period.getUnit()));
            }
        });
    }

    private static String describe(Duration duration, TimeUnit unit) {
        Duration one = switch (unit) {
            case MINUTES -> Duration.ofMinutes(1);
            case HOURS -> Duration.ofHours(1);
            case DAYS -> Duration.ofDays(1);
        };
        if (duration.toNanos() % one.toNanos() == 0 || unit == TimeUnit.DAYS && duration.toSeconds() % 86_400 == 0) {
            return duration.dividedBy(one) + " " + unit.code();
        }
        return duration.toMinutes() + " minutes";
    }

    private String text(LocalizedText text) {
        return text.resolve(curriculum.getDefaultLanguage(), curriculum.getDefaultLanguage());
    }

    /** The working state of one plan: restrictions, questions and notes found so far. */
    private final class Planning {
        private final PlanRequest request;
        private final List<Restriction> restrictions = new ArrayList<>();
        private final Map<String, Consultation> consultations = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        Planning(PlanRequest request) {
            this.request = request;
        }

        void apply(Circumstance circumstance) {
            String id = circumstance.getContraindication();
            Optional<Contraindication> found = curriculum.contraindication(id);
            if (found.isEmpty()) {
                if (circumstance.getUntil().map(until -> !request.getAt().isBefore(until)).orElse(false)) {
                    return;
                }
                restrictions.add(Restriction.builder().reason(SkipReason.UNKNOWN_CONTRAINDICATION).contraindication(id)
                        .addRegion(BodyRegion.WHOLE_BODY).until(circumstance.getUntil())
                        .explanation("'" + id + "' is not one of this curriculum's contraindications, so there is no"
                                + " massage until a health professional has been asked")
                        .build());
                ask(Optional.of(id), "Ask a health professional about '" + id
                        + "' before massaging: this curriculum does not cover it");
                return;
            }
            Contraindication contraindication = found.get();
            Optional<Instant> until = end(circumstance, contraindication);
            if (until.isPresent() && !request.getAt().isBefore(until.get())) {
                return;
            }
            boolean cleared = request.getProfile().isCleared(id);
            String condition = text(contraindication.getCondition());
            String guidance = text(contraindication.getGuidance());
            switch (contraindication.getScope()) {
                case WHOLE_BODY_STOP -> restrictions.add(restriction(SkipReason.WHOLE_BODY_STOP, contraindication,
                        Set.of(BodyRegion.WHOLE_BODY), until,
                        condition + ": no massage " + untilText(until) + ". " + guidance));
                case AVOID_LOCAL_REGION -> {
                    Set<BodyRegion> regions = regions(circumstance, contraindication);
                    restrictions.add(restriction(SkipReason.AVOIDED_REGION, contraindication, regions, until,
                            condition + ": leave out " + regionText(regions) + " " + untilText(until) + ". " + guidance));
                }
                case CONSULT_PROFESSIONAL -> {
                    if (cleared) {
                        notes.add(condition + ": a health professional has cleared massage");
                    } else if (InfantProfile.PREMATURE.equals(id)) {
                        premature(found, until);
                    } else {
                        Set<BodyRegion> regions = regions(circumstance, contraindication);
                        restrictions.add(restriction(SkipReason.ASK_PROFESSIONAL_FIRST, contraindication, regions, until,
                                condition + ": ask a health professional before massaging " + regionText(regions)
                                        + ". " + guidance));
                        ask(Optional.of(id), condition + ": ask a health professional before massaging");
                    }
                }
                case TIMING_RULE -> {
                    Set<BodyRegion> regions = regions(circumstance, contraindication);
                    restrictions.add(restriction(SkipReason.NOT_NOW, contraindication, regions, until,
                            condition + ": not now for " + regionText(regions) + ", "
                                    + until.map(end -> "wait until " + end).orElse("meet the need first") + ". " + guidance));
                }
                case ADVISORY -> notes.add(condition + ": " + guidance);
            }
            if (contraindication.isAskProfessional() && !cleared) {
                ask(Optional.of(id), condition + ": ask a health professional before massaging");
            }
        }

        void premature(Optional<Contraindication> contraindication, Optional<Instant> until) {
            String guidance = contraindication.map(entry -> " " + text(entry.getGuidance())).orElse("");
            restrictions.add(Restriction.builder().reason(SkipReason.PREMATURE).contraindication(InfantProfile.PREMATURE)
                    .scope(contraindication.map(Contraindication::getScope))
                    .addRegion(BodyRegion.WHOLE_BODY).restingHandsAllowed(true).until(until)
                    .explanation("Born before " + InfantProfile.TERM_WEEKS + " weeks: only resting hands and containment"
                            + " holds until a health professional has cleared massage." + guidance)
                    .build());
            ask(Optional.of(InfantProfile.PREMATURE), "Your baby was born early: ask a health professional (the neonatal"
                    + " team) before massaging beyond resting hands and containment holds");
        }

        void ask(Optional<String> contraindication, String reason) {
            consultations.putIfAbsent(contraindication.orElse(reason),
                    Consultation.builder().contraindication(contraindication).reason(reason).build());
        }

        /** The end of a circumstance: the later of its wait and the caller's end; empty when open-ended. */
        private Optional<Instant> end(Circumstance circumstance, Contraindication contraindication) {
            Optional<WaitingPeriod> period = contraindication.getWaitingPeriod();
            if (period.isEmpty()) {
                return circumstance.getUntil();
            }
            Duration wait = request.getWaitingPeriods().getOrDefault(contraindication.getId(), period.get().defaultDuration());
            Instant end = circumstance.getSince().orElse(request.getAt()).plus(wait);
            return Optional.of(circumstance.getUntil().filter(until -> until.isAfter(end)).orElse(end));
        }

        /**
         * The regions a local, consult or timing circumstance covers: the caller's regions and sites
         * together with the contraindication's own; the whole body when none is known or a site is not
         * in the vocabulary. Only a contraindication that names a site (an injection site: legs or arms)
         * is narrowed by the caller's regions, and only when they lie among its own: a site anywhere
         * else adds to them, so a wrong site never frees a region the curriculum names.
         */
        private Set<BodyRegion> regions(Circumstance circumstance, Contraindication contraindication) {
            Set<BodyRegion> given = circumstance.affectedRegions();
            boolean placedAmongOwn = contraindication.getSite().isPresent() && !given.isEmpty()
                    && contraindication.getRegions().containsAll(given);
            Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
            regions.addAll(given);
            if (!placedAmongOwn) {
                regions.addAll(contraindication.getRegions());
            }
            boolean local = contraindication.getScope() == ContraindicationScope.AVOID_LOCAL_REGION;
            if (!circumstance.unknownSites().isEmpty()) {
                ask(Optional.of(contraindication.getId()), text(contraindication.getCondition()) + ": the site '"
                        + String.join("', '", circumstance.unknownSites())
                        + "' is not one this library knows, so the whole body is left out; ask a health professional");
                return Set.of(BodyRegion.WHOLE_BODY);
            }
            if (regions.isEmpty() && local) {
                ask(Optional.of(contraindication.getId()), text(contraindication.getCondition())
                        + ": no region or site was given, so the whole body is left out; ask a health professional");
            }
            return regions.isEmpty() ? Set.of(BodyRegion.WHOLE_BODY) : Set.copyOf(regions);
        }

        private Restriction restriction(SkipReason reason, Contraindication contraindication, Set<BodyRegion> regions,
                Optional<Instant> until, String explanation) {
            return Restriction.builder().reason(reason).contraindication(contraindication.getId())
                    .scope(contraindication.getScope()).regions(regions).until(until).explanation(explanation).build();
        }

        private String regionText(Set<BodyRegion> regions) {
            if (regions.contains(BodyRegion.WHOLE_BODY)) {
                return "the whole body";
            }
            return regions.stream().sorted().map(BodyRegion::code).collect(Collectors.joining(", "));
        }

        private String untilText(Optional<Instant> until) {
            return until.map(end -> "until " + end).orElse("until it has passed");
        }
    }
}
