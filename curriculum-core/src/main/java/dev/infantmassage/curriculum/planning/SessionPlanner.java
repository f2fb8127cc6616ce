package dev.infantmassage.curriculum.planning;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.TechniqueKind;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.validation.Suggestions;
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
import java.util.OptionalInt;
import java.util.Set;

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
 *
 * @since 0.1.0
 */
public final class SessionPlanner {
    private final Curriculum curriculum;

    private SessionPlanner(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /**
     * {@return a planner for {@code curriculum}}
     *
     * @param curriculum the curriculum to plan from
     */
    public static SessionPlanner of(Curriculum curriculum) {
        return new SessionPlanner(requireNonNull(curriculum, "curriculum"));
    }

    /** {@return the curriculum this planner plans from} */
    public Curriculum curriculum() {
        return curriculum;
    }

    /**
     * Plans the session {@code request} describes.
     *
     * @param request the week, the baby, the moment and any choices
     * @return the plan: the strokes to do, those left out and why, and what to ask a professional
     * @throws IllegalArgumentException if a chosen waiting period names a contraindication the
     *     curriculum does not have, one without a waiting period, or lies outside its range; or if
     *     the date of birth is after the planned day
     */
    public SessionPlan plan(PlanRequest request) {
        requireNonNull(request, "request");
        checkChosenWaitingPeriods(request.getWaitingPeriods());
        Instant at = request.getAt();
        int age = request.getProfile().correctedAgeWeeks(LocalDate.ofInstant(at, request.getZone()));
        Planning planning = restrictions(request, age);
        Selection selection = select(request, planning, age);
        boolean restingHandsOnly = planning.restrictions.stream().anyMatch(Restriction::isRestingHandsAllowed);
        if (selection.youngestMissed().isPresent() && !restingHandsOnly) {
            planning.ask(
                    Optional.empty(),
                    planning.messages.get(
                            "ask.olderStrokes", selection.youngestMissed().getAsInt()));
        }

        List<Stroke> planned = selection.planned();
        List<Restriction> stops =
                planning.restrictions.stream().filter(Restriction::isStop).toList();
        boolean massageNow = stops.isEmpty() && !planned.isEmpty();
        if (stops.isEmpty() && planned.isEmpty()) {
            planning.notes.add(planning.messages.get("note.nothingSuits"));
        }
        List<String> techniques = restingHandsOnly && massageNow
                ? curriculum.getTechniques().stream()
                        .filter(technique -> technique.getKind() == TechniqueKind.CONTAINMENT_HOLD)
                        .map(Technique::getId)
                        .toList()
                : List.of();
        return SessionPlan.builder()
                .week(request.getWeek())
                .scope(request.getScope())
                .at(at)
                .correctedAgeWeeks(age)
                .massageNow(massageNow)
                .resumeAt(massageNow ? Optional.empty() : resumeAt(stops))
                .strokes(massageNow ? planned : List.of())
                .techniques(techniques)
                .skipped(massageNow ? selection.skipped() : allSkipped(selection.skipped(), planned, stops))
                .restrictions(planning.restrictions)
                .askProfessional(planning.consultations.values())
                .notes(planning.notes)
                .build();
    }

    /** What the baby's circumstances, age and prematurity rule out, and whom to ask. */
    private Planning restrictions(PlanRequest request, int age) {
        InfantProfile profile = request.getProfile();
        Planning planning = new Planning(request);
        profile.getCircumstances().forEach(planning::apply);
        planning.presumed(age);
        boolean prematureRuled = planning.restrictions.stream().anyMatch(r -> r.getReason() == SkipReason.PREMATURE);
        if (profile.isPremature() && !prematureRuled && (!profile.isCleared(InfantProfile.PREMATURE) || age < 0)) {
            planning.premature(curriculum.contraindication(InfantProfile.PREMATURE), age < 0);
        }
        return planning;
    }

    /** The week's strokes that nothing rules out, and each one left out with why. */
    private record Selection(List<Stroke> planned, List<SkippedStroke> skipped, OptionalInt youngestMissed) {}

    private Selection select(PlanRequest request, Planning planning, int age) {
        List<Stroke> planned = new ArrayList<>();
        List<SkippedStroke> skipped = new ArrayList<>();
        int youngestMissed = Integer.MAX_VALUE;
        for (String id : selection(request.getWeek(), request.getScope())) {
            if (curriculum.stroke(id).isEmpty()) {
                skipped.add(SkippedStroke.builder()
                        .stroke(id)
                        .reason(SkipReason.UNKNOWN_STROKE)
                        .explanation(planning.messages.get("stroke.unknown", id))
                        .build());
            }
        }
        for (Stroke stroke : orderedStrokes(request.getWeek(), request.getScope())) {
            Optional<Restriction> binding = planning.restrictions.stream()
                    .filter(restriction -> restriction.excludes(stroke))
                    .max(Comparator.comparing(
                            restriction -> restriction.getUntil().orElse(Instant.MAX)));
            boolean ageFree = stroke.getRole() == StrokeRole.RESTING_HANDS;
            if (binding.isPresent()) {
                Restriction restriction = binding.get();
                skipped.add(SkippedStroke.builder()
                        .stroke(stroke.getId())
                        .region(stroke.getRegion())
                        .reason(restriction.getReason())
                        .contraindication(restriction.getContraindication())
                        .until(restriction.getUntil())
                        .explanation(restriction.getExplanation())
                        .build());
            } else if (!ageFree && age < stroke.getMinAgeWeeks()) {
                youngestMissed = Math.min(youngestMissed, stroke.getMinAgeWeeks());
                skipped.add(SkippedStroke.builder()
                        .stroke(stroke.getId())
                        .region(stroke.getRegion())
                        .reason(SkipReason.BELOW_MIN_AGE)
                        .explanation(planning.messages.get("stroke.belowMinAge", stroke.getMinAgeWeeks(), age))
                        .build());
            } else if (!ageFree
                    && stroke.getMaxAgeWeeks().isPresent()
                    && age > stroke.getMaxAgeWeeks().get()) {
                skipped.add(SkippedStroke.builder()
                        .stroke(stroke.getId())
                        .region(stroke.getRegion())
                        .reason(SkipReason.ABOVE_MAX_AGE)
                        .explanation(planning.messages.get(
                                "stroke.aboveMaxAge", stroke.getMaxAgeWeeks().get()))
                        .build());
            } else {
                planned.add(stroke);
            }
        }
        return new Selection(
                planned,
                skipped,
                youngestMissed == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(youngestMissed));
    }

    /** When massage may resume: never a guess while any stop has no known end, else the latest end. */
    private static Optional<Instant> resumeAt(List<Restriction> stops) {
        if (stops.isEmpty() || stops.stream().anyMatch(stop -> stop.getUntil().isEmpty())) {
            return Optional.empty();
        }
        return stops.stream().map(stop -> stop.getUntil().orElseThrow()).max(Comparator.naturalOrder());
    }

    /** When nothing may be done, the strokes that were not left out by themselves are left out by the stops. */
    private List<SkippedStroke> allSkipped(List<SkippedStroke> skipped, List<Stroke> planned, List<Restriction> stops) {
        if (planned.isEmpty() || stops.isEmpty()) {
            return skipped;
        }
        Restriction stop = stops.stream()
                .max(Comparator.comparing(r -> r.getUntil().orElse(Instant.MAX)))
                .orElseThrow();
        List<SkippedStroke> all = new ArrayList<>(skipped);
        for (Stroke stroke : planned) {
            all.add(SkippedStroke.builder()
                    .stroke(stroke.getId())
                    .region(stroke.getRegion())
                    .reason(stop.getReason())
                    .contraindication(stop.getContraindication())
                    .until(stop.getUntil())
                    .explanation(stop.getExplanation())
                    .build());
        }
        return all;
    }

    /**
     * {@return the strokes a request for {@code week} and {@code scope} draws from, in plan order, before any
     * circumstance or age is considered} Identifiers the catalogue lacks are not included.
     *
     * @param week the week of the schedule, 1 to 5
     * @param scope everything up to the week, or only that week's class
     */
    public List<Stroke> orderedStrokes(int week, PlanScope scope) {
        List<BodyRegion> teaching = BodyRegion.teachingOrder();
        return selection(week, scope).stream()
                .map(curriculum::stroke)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt((Stroke stroke) -> teaching.indexOf(stroke.getRegion()))
                        .thenComparingInt(stroke -> curriculum.strokePosition(stroke.getId())))
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
            Contraindication contraindication = curriculum
                    .contraindication(id)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Waiting period names contraindication '" + id + "', which is not in this curriculum"));
            WaitingPeriod period = contraindication
                    .getWaitingPeriod()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Contraindication '" + id + "' has no waiting period to choose"));
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

    /** The working state of one plan: restrictions, questions and notes found so far. */
    private final class Planning {
        private final PlanRequest request;
        private final List<Restriction> restrictions = new ArrayList<>();
        private final Map<String, Consultation> consultations = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final String language;
        private final Messages messages;
        /** Whether the last call of {@link #regions} could not place the circumstance and chose the whole body. */
        private boolean unplaced;

        Planning(PlanRequest request) {
            this.request = request;
            this.language = request.getLanguage().orElse(curriculum.getDefaultLanguage());
            this.messages = Messages.of(language, request.getZone());
            if (!messages.isAvailable()) {
                notes.add(messages.get("language.unavailable", language));
            }
            if (!curriculum.allLanguages().contains(language)) {
                notes.add(messages.get("language.curriculumLacks", language, curriculum.getDefaultLanguage()));
            }
        }

        /** A text of the curriculum in the answer's language, or in the curriculum's default language. */
        private String text(LocalizedText text) {
            return text.resolve(language, curriculum.getDefaultLanguage());
        }

        void apply(Circumstance circumstance) {
            apply(circumstance, circumstance.getContraindication(), new LinkedHashSet<>());
        }

        /** Applies {@code id} for {@code circumstance}, then every contraindication it implies, once each. */
        private void apply(Circumstance circumstance, String id, Set<String> applied) {
            if (!applied.add(id)) {
                return;
            }
            Optional<Contraindication> found = curriculum.contraindication(id);
            if (found.isEmpty()) {
                unknown(circumstance, id);
                return;
            }
            Contraindication contraindication = found.get();
            applyKnown(circumstance, contraindication);
            contraindication.getImplies().forEach(implied -> apply(circumstance, implied, applied));
        }

        /**
         * Applies each contraindication presumed present at this age (an umbilical cord in the first weeks)
         * that the caller neither listed nor cleared.
         */
        void presumed(int age) {
            InfantProfile profile = request.getProfile();
            for (Contraindication contraindication : curriculum.getContraindications()) {
                String id = contraindication.getId();
                boolean listed = profile.getCircumstances().stream()
                        .anyMatch(given -> given.getContraindication().equals(id));
                Optional<Integer> before = contraindication.getPresumedBeforeAgeWeeks();
                if (before.isPresent() && age < before.get() && !listed && !profile.isCleared(id)) {
                    notes.add(messages.get("note.presumed", text(contraindication.getCondition()), before.get()));
                    apply(Circumstance.builder().contraindication(id).build());
                }
            }
        }

        private void unknown(Circumstance circumstance, String id) {
            String suggestion = messages.didYouMean(Suggestions.closest(
                    id,
                    curriculum.getContraindications().stream()
                            .map(Contraindication::getId)
                            .toList()));
            restrictions.add(Restriction.builder()
                    .reason(SkipReason.UNKNOWN_CONTRAINDICATION)
                    .contraindication(id)
                    .addRegion(BodyRegion.WHOLE_BODY)
                    .endsWhen(RestrictionEnd.ASK_PROFESSIONAL)
                    .explanation(messages.get("unknown.restriction", id) + suggestion)
                    .build());
            ask(Optional.of(id), messages.get("unknown.ask", id) + suggestion);
        }

        private void applyKnown(Circumstance circumstance, Contraindication contraindication) {
            String id = contraindication.getId();
            boolean cleared = request.getProfile().isCleared(id);
            Optional<Instant> timerEnd = end(circumstance, contraindication)
                    .or(() -> contraindication.isRequiresClearance() ? Optional.empty() : circumstance.getUntil());
            boolean timerRunning =
                    timerEnd.map(end -> request.getAt().isBefore(end)).orElse(false);
            boolean waitsForConfirmation = contraindication.isRequiresClearance() && !cleared;
            if (timerEnd.isPresent() && !timerRunning && !waitsForConfirmation) {
                return;
            }
            if (contraindication.isRequiresClearance() && cleared && !timerRunning) {
                notes.add(messages.get("note.confirmedGone", text(contraindication.getCondition())));
                return;
            }
            restrict(circumstance, contraindication, cleared, timerEnd);
            if (contraindication.isAskProfessional() && !cleared) {
                ask(Optional.of(id), messages.get("ask.beforeMassaging", text(contraindication.getCondition())));
            }
        }

        /** What a present contraindication gives by its scope: docs/planning.md's decision table, row by row. */
        private void restrict(
                Circumstance circumstance,
                Contraindication contraindication,
                boolean cleared,
                Optional<Instant> timerEnd) {
            String condition = text(contraindication.getCondition());
            String guidance = text(contraindication.getGuidance());
            switch (contraindication.getScope()) {
                case WHOLE_BODY_STOP -> {
                    unplaced = false;
                    Ending ending = ending(contraindication, timerEnd, RestrictionEnd.CONDITION_GONE);
                    restrictions.add(restriction(
                            SkipReason.WHOLE_BODY_STOP,
                            contraindication,
                            Set.of(BodyRegion.WHOLE_BODY),
                            ending,
                            messages.get("restriction.stop", condition, ending.text(), guidance)));
                }
                case AVOID_LOCAL_REGION -> {
                    Set<BodyRegion> regions = regions(circumstance, contraindication);
                    Ending ending = ending(contraindication, timerEnd, RestrictionEnd.CONDITION_GONE);
                    restrictions.add(restriction(
                            SkipReason.AVOIDED_REGION,
                            contraindication,
                            regions,
                            ending,
                            messages.get(
                                    "restriction.avoid",
                                    condition,
                                    messages.regions(regions),
                                    ending.text(),
                                    guidance)));
                }
                case CONSULT_PROFESSIONAL -> {
                    if (cleared) {
                        notes.add(messages.get("note.cleared", condition));
                    } else if (InfantProfile.PREMATURE.equals(contraindication.getId())) {
                        premature(Optional.of(contraindication), false);
                    } else {
                        Set<BodyRegion> regions = regions(circumstance, contraindication);
                        Ending ending = new Ending(
                                Optional.empty(),
                                RestrictionEnd.PROFESSIONAL_CLEARANCE,
                                Optional.empty(),
                                messages.get("ending.clearance"));
                        restrictions.add(restriction(
                                SkipReason.ASK_PROFESSIONAL_FIRST,
                                contraindication,
                                regions,
                                ending,
                                messages.get("restriction.consult", condition, messages.regions(regions), guidance)));
                        ask(Optional.of(contraindication.getId()), messages.get("ask.beforeMassaging", condition));
                    }
                }
                case TIMING_RULE -> {
                    Set<BodyRegion> regions = regions(circumstance, contraindication);
                    Ending ending = ending(contraindication, timerEnd, RestrictionEnd.NEED_MET);
                    restrictions.add(restriction(
                            SkipReason.NOT_NOW,
                            contraindication,
                            regions,
                            ending,
                            ending.until()
                                    .map(end -> messages.get(
                                            "restriction.notNowUntil",
                                            condition,
                                            messages.regions(regions),
                                            messages.time(end),
                                            guidance))
                                    .orElseGet(() -> messages.get(
                                            "restriction.notNowNeed",
                                            condition,
                                            messages.regions(regions),
                                            guidance))));
                }
                case ADVISORY -> notes.add(messages.get("note.advisory", condition, guidance));
            }
        }

        /**
         * How a present restriction ends: at {@code timerEnd} (the end of its wait, or the caller's end);
         * after the wait and a confirmation when it requires clearance; otherwise when {@code openEnd} happens.
         */
        private Ending ending(Contraindication contraindication, Optional<Instant> timerEnd, RestrictionEnd openEnd) {
            if (contraindication.isRequiresClearance() && !request.getProfile().isCleared(contraindication.getId())) {
                String minimum = timerEnd.filter(request.getAt()::isBefore)
                        .map(end -> messages.get("ending.atLeast", messages.time(end)))
                        .orElse("");
                return new Ending(
                        Optional.empty(),
                        RestrictionEnd.CONFIRMED_GONE,
                        timerEnd,
                        minimum + messages.get("ending.confirmed"));
            }
            if (timerEnd.isPresent()) {
                return new Ending(
                        timerEnd,
                        RestrictionEnd.AT_TIME,
                        Optional.empty(),
                        messages.get("ending.until", messages.time(timerEnd.get())));
            }
            return new Ending(
                    Optional.empty(),
                    openEnd,
                    Optional.empty(),
                    messages.get(openEnd == RestrictionEnd.NEED_MET ? "ending.needMet" : "ending.passed"));
        }

        void premature(Optional<Contraindication> contraindication, boolean beforeDueDate) {
            String guidance = contraindication
                    .map(entry -> " " + text(entry.getGuidance()))
                    .orElse("");
            boolean cleared = request.getProfile().isCleared(InfantProfile.PREMATURE);
            restrictions.add(Restriction.builder()
                    .reason(SkipReason.PREMATURE)
                    .contraindication(InfantProfile.PREMATURE)
                    .scope(contraindication.map(Contraindication::getScope))
                    .addRegion(BodyRegion.WHOLE_BODY)
                    .restingHandsAllowed(true)
                    .endsWhen(
                            beforeDueDate && cleared
                                    ? RestrictionEnd.CONDITION_GONE
                                    : RestrictionEnd.PROFESSIONAL_CLEARANCE)
                    .explanation((beforeDueDate
                                    ? messages.get("premature.beforeDueDate")
                                    : messages.get("premature.notCleared", InfantProfile.TERM_WEEKS))
                            + guidance)
                    .build());
            ask(Optional.of(InfantProfile.PREMATURE), messages.get("premature.ask"));
        }

        void ask(Optional<String> contraindication, String reason) {
            consultations.putIfAbsent(
                    contraindication.orElse(reason),
                    Consultation.builder()
                            .contraindication(contraindication)
                            .reason(reason)
                            .build());
        }

        /**
         * The end of a circumstance's waiting period: the later of the wait and the caller's end; empty
         * without a waiting period.
         */
        private Optional<Instant> end(Circumstance circumstance, Contraindication contraindication) {
            Optional<WaitingPeriod> period = contraindication.getWaitingPeriod();
            if (period.isEmpty()) {
                return Optional.empty();
            }
            Duration wait = request.getWaitingPeriods()
                    .getOrDefault(contraindication.getId(), period.get().defaultDuration());
            Instant end = circumstance.getSince().orElse(request.getAt()).plus(wait);
            return Optional.of(
                    circumstance.getUntil().filter(until -> until.isAfter(end)).orElse(end));
        }

        /**
         * The regions a circumstance covers, by the decision table of {@code docs/planning.md}. Only a local
         * contraindication that names a site (the injection site) is narrowed by the caller's regions and
         * sites, and only to regions among its own; for every other scope they add to the contraindication's
         * regions and never free anything, and a contraindication that names no region covers the whole
         * body. A site the vocabulary does not know covers the whole body and asks a health professional.
         */
        private Set<BodyRegion> regions(Circumstance circumstance, Contraindication contraindication) {
            Set<BodyRegion> given = circumstance.affectedRegions();
            Set<BodyRegion> own = contraindication.getRegions();
            boolean local = contraindication.getScope() == ContraindicationScope.AVOID_LOCAL_REGION;
            unplaced = true;
            if (!circumstance.unknownSites().isEmpty()) {
                ask(
                        Optional.of(contraindication.getId()),
                        messages.get(
                                "ask.unknownSite",
                                text(contraindication.getCondition()),
                                String.join("', '", circumstance.unknownSites())));
                return Set.of(BodyRegion.WHOLE_BODY);
            }
            if (!local && own.isEmpty()) {
                unplaced = false;
                return Set.of(BodyRegion.WHOLE_BODY);
            }
            boolean narrowed =
                    local && contraindication.getSite().isPresent() && !given.isEmpty() && own.containsAll(given);
            Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
            regions.addAll(given);
            if (!narrowed) {
                regions.addAll(own);
            }
            if (regions.isEmpty()) {
                ask(
                        Optional.of(contraindication.getId()),
                        messages.get("ask.noRegion", text(contraindication.getCondition())));
                return Set.of(BodyRegion.WHOLE_BODY);
            }
            unplaced = false;
            return Set.copyOf(regions);
        }

        private Restriction restriction(
                SkipReason reason,
                Contraindication contraindication,
                Set<BodyRegion> regions,
                Ending ending,
                String explanation) {
            RestrictionEnd endsWhen = ending.endsWhen();
            return Restriction.builder()
                    .reason(reason)
                    .contraindication(contraindication.getId())
                    .scope(contraindication.getScope())
                    .regions(regions)
                    .until(unplaced ? Optional.empty() : ending.until())
                    .endsWhen(unplaced ? RestrictionEnd.ASK_PROFESSIONAL : endsWhen)
                    .notBefore(ending.notBefore())
                    .explanation(explanation)
                    .build();
        }
    }

    /** How a restriction ends: its end if known, what must happen, its minimum, and the words for it. */
    private record Ending(Optional<Instant> until, RestrictionEnd endsWhen, Optional<Instant> notBefore, String text) {}
}
