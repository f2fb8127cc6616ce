package dev.infantmassage.curriculum.render.internal;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.Confidence;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.planning.Consultation;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.render.internal.Views.CardPage;
import dev.infantmassage.curriculum.render.internal.Views.Chrome;
import dev.infantmassage.curriculum.render.internal.Views.ConfidenceView;
import dev.infantmassage.curriculum.render.internal.Views.CoverageCell;
import dev.infantmassage.curriculum.render.internal.Views.CoverageRow;
import dev.infantmassage.curriculum.render.internal.Views.CueView;
import dev.infantmassage.curriculum.render.internal.Views.HandoutPage;
import dev.infantmassage.curriculum.render.internal.Views.OverviewPage;
import dev.infantmassage.curriculum.render.internal.Views.OverviewWeek;
import dev.infantmassage.curriculum.render.internal.Views.RoutineStepView;
import dev.infantmassage.curriculum.render.internal.Views.RoutineView;
import dev.infantmassage.curriculum.render.internal.Views.SafetyView;
import dev.infantmassage.curriculum.render.internal.Views.SkippedView;
import dev.infantmassage.curriculum.render.internal.Views.SourceView;
import dev.infantmassage.curriculum.render.internal.Views.StrokeView;
import dev.infantmassage.curriculum.render.internal.Views.TechniqueView;
import dev.infantmassage.curriculum.render.internal.Views.Text;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Builds the views of a curriculum's pages in one language. */
public final class Pages {
    private final Curriculum curriculum;
    private final String language;
    private final Labels labels;
    private final String css;

    public Pages(Curriculum curriculum, String language, String css) {
        this.curriculum = curriculum;
        this.language = language;
        this.labels = Labels.forLanguage(language);
        this.css = css;
    }

    public HandoutPage handout(WeekPlan week) {
        String heading = labels.format(
                "week.title", week.getNumber(), text(week.getTitle()).value());
        List<Stroke> introduced = strokes(week.getNewStrokes());
        List<Stroke> reviewed = strokes(week.getReviewStrokes());
        List<RoutineView> routines = Stream.concat(week.getNewRoutines().stream(), week.getReviewRoutines().stream())
                .distinct()
                .map(curriculum::routine)
                .flatMap(Optional::stream)
                .map(this::routine)
                .toList();
        List<TechniqueView> techniques = week.getTechniques().stream()
                .map(curriculum::technique)
                .flatMap(Optional::stream)
                .map(this::technique)
                .toList();
        Set<BodyRegion> touched = EnumSet.noneOf(BodyRegion.class);
        Stream.concat(introduced.stream(), reviewed.stream())
                .forEach(stroke -> touched.addAll(stroke.touchedRegions()));
        week.getNewRoutines().stream()
                .map(curriculum::routine)
                .flatMap(Optional::stream)
                .flatMap(routine -> routine.getSteps().stream())
                .map(RoutineStep::getStroke)
                .map(curriculum::stroke)
                .flatMap(Optional::stream)
                .forEach(stroke -> touched.addAll(stroke.touchedRegions()));
        List<SafetyView> safety = curriculum.getContraindications().stream()
                .filter(entry -> appliesTo(entry, touched))
                .map(this::safety)
                .toList();
        Optional<dev.infantmassage.curriculum.HomePractice> home = week.getHomePractice();
        return new HandoutPage(
                chrome(heading + " · " + text(curriculum.getTitle()).value(), labels.text("handout.kind")),
                week.getNumber(),
                heading,
                labels.format("week.session", week.getSessionMinutes()),
                techniques,
                introduced.stream().map(this::stroke).toList(),
                reviewed.stream().map(this::stroke).toList(),
                routines,
                week.getTopics().stream().map(topic -> text(topic.getTitle())).toList(),
                week.getCues().stream()
                        .map(curriculum::cue)
                        .flatMap(Optional::stream)
                        .map(this::cue)
                        .toList(),
                safety,
                home.map(practice -> labels.format("handout.home.minutes", practice.getMinutesPerDay()))
                        .orElse(null),
                home.flatMap(dev.infantmassage.curriculum.HomePractice::getNote)
                        .map(this::text)
                        .orElse(null));
    }

    public OverviewPage overview() {
        List<WeekPlan> weeks = curriculum.getSchedule().getWeeks().stream()
                .sorted(java.util.Comparator.comparingInt(WeekPlan::getNumber))
                .toList();
        List<OverviewWeek> overviewWeeks = weeks.stream()
                .map(week -> new OverviewWeek(
                        week.getNumber(),
                        labels.format(
                                "week.title",
                                week.getNumber(),
                                text(week.getTitle()).value()),
                        strokes(week.getNewStrokes()).stream()
                                .map(stroke -> text(stroke.getName()))
                                .toList(),
                        labels.format(
                                "overview.reviewed", week.getReviewStrokes().size()),
                        week.getNewRoutines().stream()
                                .map(curriculum::routine)
                                .flatMap(Optional::stream)
                                .map(routine -> text(routine.getName()))
                                .toList(),
                        week.getTopics().stream()
                                .map(topic -> text(topic.getTitle()))
                                .toList()))
                .toList();
        List<CoverageRow> coverage = new ArrayList<>();
        for (BodyRegion region : BodyRegion.values()) {
            List<CoverageCell> cells = weeks.stream()
                    .map(week -> new CoverageCell(
                            count(week.getNewStrokes(), region), count(week.getReviewStrokes(), region)))
                    .toList();
            if (cells.stream().anyMatch(cell -> cell.introduced() + cell.reviewed() > 0)) {
                coverage.add(new CoverageRow(region(region), cells));
            }
        }
        List<ConfidenceView> confidence = new ArrayList<>();
        for (Confidence level : Confidence.values()) {
            confidence.add(new ConfidenceView(
                    labels.text("overview.confidence." + level.code()), (int) curriculum.getStrokes().stream()
                            .filter(stroke -> stroke.getConfidence() == level)
                            .count()));
        }
        List<Text> uncertain = curriculum.getStrokes().stream()
                .filter(stroke -> stroke.getConfidence() != Confidence.CONFIRMED)
                .map(stroke -> new Text(
                        text(stroke.getName()).value() + " ("
                                + labels.text("overview.confidence."
                                                + stroke.getConfidence().code())
                                        .toLowerCase(Locale.ROOT)
                                + ")",
                        text(stroke.getName()).lang()))
                .toList();
        Map<String, Integer> citations = new LinkedHashMap<>();
        Stream.of(
                        curriculum.getStrokes().stream().map(Stroke::getSources),
                        curriculum.getTechniques().stream().map(Technique::getSources),
                        curriculum.getRoutines().stream().map(Routine::getSources),
                        curriculum.getCues().stream().map(CueSignal::getSources),
                        curriculum.getContraindications().stream().map(Contraindication::getSources))
                .flatMap(stream -> stream)
                .flatMap(Collection::stream)
                .forEach(id -> citations.merge(id, 1, Integer::sum));
        List<SourceView> sources = curriculum.getSources().stream()
                .map(source -> source(source, citations))
                .toList();
        return new OverviewPage(
                chrome(
                        labels.text("overview.title") + " · "
                                + text(curriculum.getTitle()).value(),
                        labels.text("overview.kind")),
                overviewWeeks,
                weeks.stream()
                        .map(week -> labels.format("overview.week", week.getNumber()))
                        .toList(),
                coverage,
                confidence,
                uncertain,
                sources);
    }

    public CardPage sessionCard(SessionPlan plan, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(labels.language()))
                .withZone(zone);
        String resume = null;
        if (!plan.isMassageNow()) {
            resume = plan.getResumeAt()
                    .map(at -> labels.format("card.resume", format.format(at)))
                    .orElse(labels.text("card.resumeOpen"));
        }
        List<SkippedView> skipped = plan.skippedGroups().stream()
                .map(group -> new SkippedView(
                        group.getExplanation(),
                        group.getUntil()
                                .map(until -> labels.format("card.until", format.format(until)))
                                .orElse(null),
                        group.getStrokes().stream()
                                .map(id -> curriculum
                                        .stroke(id)
                                        .map(stroke -> text(stroke.getName()))
                                        .orElse(new Text(id, null)))
                                .toList()))
                .toList();
        String heading = labels.format("card.title", plan.getWeek());
        return new CardPage(
                chrome(heading + " · " + text(curriculum.getTitle()).value(), labels.text("card.kind")),
                heading,
                labels.format("card.at", format.format(plan.getAt())),
                plan.isMassageNow(),
                resume,
                plan.getStrokes().stream().map(this::stroke).toList(),
                plan.getTechniques().stream()
                        .map(curriculum::technique)
                        .flatMap(Optional::stream)
                        .map(this::technique)
                        .toList(),
                skipped,
                plan.getAskProfessional().stream().map(Consultation::getReason).toList(),
                plan.getNotes());
    }

    private SourceView source(Citation source, Map<String, Integer> citations) {
        return new SourceView(
                "source-" + source.getId(),
                source.getTitle(),
                source.getUrl().orElse(null),
                source.getNote().orElse(null),
                citations.getOrDefault(source.getId(), 0));
    }

    private int count(List<String> strokeIds, BodyRegion region) {
        return (int) strokes(strokeIds).stream()
                .filter(stroke -> stroke.getRegion() == region)
                .count();
    }

    private Chrome chrome(String title, String kind) {
        Text curriculumTitle = text(curriculum.getTitle());
        String license = curriculum.getLicense();
        return new Chrome(
                language,
                TextDirection.of(language),
                title,
                kind,
                css,
                curriculumTitle.value(),
                curriculumTitle.lang(),
                labels.format("handout.footer", curriculumTitle.value(), curriculum.getId(), license),
                labels);
    }

    private List<Stroke> strokes(List<String> ids) {
        return ids.stream().map(curriculum::stroke).flatMap(Optional::stream).toList();
    }

    private StrokeView stroke(Stroke stroke) {
        Text name = text(stroke.getName());
        Set<BodyRegion> contacts = EnumSet.noneOf(BodyRegion.class);
        contacts.addAll(stroke.getContactRegions());
        contacts.remove(stroke.getRegion());
        String regionName = region(stroke.getRegion());
        String direction = labels.text("direction." + stroke.getDirection().code());
        StringBuilder description = new StringBuilder(labels.format("figure.desc.main", regionName));
        if (!contacts.isEmpty()) {
            description
                    .append(' ')
                    .append(labels.format(
                            "figure.desc.contact",
                            labels.join(contacts.stream().map(this::region).toList())));
        }
        description.append(' ').append(labels.format("figure.desc.direction", direction));
        BodyMap.Figure figure = BodyMap.of(
                stroke.getRegion(),
                contacts,
                stroke.getDirection(),
                labels.text("figure.front"),
                labels.text("figure.back"),
                labels.format("figure.title", name.value()),
                description.toString());
        String caption = capitalise(regionName) + " · " + direction;
        String meta = labels.format("stroke.repetitions", stroke.getRepetitions()) + " · "
                + labels.format("stroke.duration", stroke.getDurationSeconds()) + " · "
                + labels.text("oil." + stroke.getOil().code());
        return new StrokeView(
                "stroke-" + stroke.getId(),
                name,
                figure,
                caption,
                stroke.getSteps().stream().map(this::text).toList(),
                meta,
                stroke.getAdvisories().stream().map(this::text).toList(),
                stroke.getConfidence() == Confidence.CONFIRMED ? null : labels.text("stroke.unconfirmed"));
    }

    private TechniqueView technique(Technique technique) {
        return new TechniqueView(
                text(technique.getName()),
                technique.getSteps().stream().map(this::text).toList());
    }

    private RoutineView routine(Routine routine) {
        List<RoutineStepView> steps = routine.getSteps().stream()
                .map(step -> new RoutineStepView(
                        curriculum
                                .stroke(step.getStroke())
                                .map(stroke -> text(stroke.getName()))
                                .orElse(new Text(step.getStroke(), null)),
                        step.getRepetitions() > 1 ? labels.format("stroke.repetitions", step.getRepetitions()) : null,
                        step.getNote().map(this::text).orElse(null)))
                .toList();
        List<String> schedule = new ArrayList<>();
        routine.getCyclesPerSession()
                .ifPresent(cycles -> schedule.add(labels.format("routine.schedule.cycles", cycles)));
        routine.getSessionsPerDay().ifPresent(perDay -> schedule.add(labels.format("routine.schedule.perDay", perDay)));
        routine.getDays().ifPresent(days -> schedule.add(labels.format("routine.schedule.days", days)));
        return new RoutineView(
                text(routine.getName()),
                routine.getDescription().map(this::text).orElse(null),
                steps,
                schedule.isEmpty() ? null : labels.join(schedule));
    }

    private CueView cue(CueSignal cue) {
        String kind = labels.text(
                "cue." + cue.getPolarity().code() + "." + cue.getIntensity().code());
        Text whatToDo = cue.getGuidance()
                .map(this::text)
                .orElse(new Text(labels.text("response." + cue.getResponse().code()), labelLang()));
        return new CueView(
                text(cue.getName()), kind, cue.getPolarity() == CuePolarity.ENGAGEMENT ? "yes" : "no", whatToDo);
    }

    private static boolean appliesTo(Contraindication entry, Set<BodyRegion> touched) {
        if (entry.getRegions().isEmpty() || entry.getRegions().contains(BodyRegion.WHOLE_BODY)) {
            return true;
        }
        return entry.getRegions().stream().anyMatch(touched::contains);
    }

    private SafetyView safety(Contraindication entry) {
        ContraindicationScope scope = entry.getScope();
        String regions = entry.getRegions().isEmpty()
                ? null
                : labels.format(
                        "safety.regions",
                        labels.join(
                                entry.getRegions().stream().map(this::region).toList()));
        return new SafetyView(
                text(entry.getCondition()),
                labels.text("scope." + scope.code()),
                scope.code(),
                regions,
                entry.getSite().map(this::text).orElse(null),
                entry.getWaitingPeriod().map(this::waiting).orElse(null),
                text(entry.getGuidance()),
                entry.isAskProfessional() || scope == ContraindicationScope.CONSULT_PROFESSIONAL);
    }

    private String waiting(WaitingPeriod period) {
        String unit = "unit." + period.getUnit().code();
        return labels.format(
                "safety.wait",
                labels.format(unit, period.getDefaultValue()),
                period.getMin(),
                labels.format(unit, period.getMax()));
    }

    private String region(BodyRegion region) {
        return labels.text("region." + region.code());
    }

    /** The text in the page's language, or in the curriculum's default language marked as such. */
    private Text text(LocalizedText text) {
        Optional<String> own = text.get(language);
        if (own.isPresent()) {
            return new Text(own.get(), null);
        }
        String fallback = text.resolve(curriculum.getDefaultLanguage(), curriculum.getDefaultLanguage());
        String fallbackLanguage = text.has(curriculum.getDefaultLanguage())
                ? curriculum.getDefaultLanguage()
                : text.languages().stream().findFirst().orElse(language);
        return new Text(fallback, fallbackLanguage.equals(language) ? null : fallbackLanguage);
    }

    private @Nullable String labelLang() {
        return labels.language().equals(Locale.forLanguageTag(language).getLanguage()) ? null : labels.language();
    }

    private String capitalise(String value) {
        return value.isEmpty()
                ? value
                : value.substring(0, 1).toUpperCase(Locale.forLanguageTag(language)) + value.substring(1);
    }
}
