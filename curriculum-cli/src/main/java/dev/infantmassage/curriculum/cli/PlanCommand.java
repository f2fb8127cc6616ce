package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.planning.BodySites;
import dev.infantmassage.curriculum.planning.Circumstance;
import dev.infantmassage.curriculum.planning.Consultation;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.PlanScope;
import dev.infantmassage.curriculum.planning.Restriction;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.planning.SkippedGroup;
import dev.infantmassage.curriculum.planning.SkippedStroke;
import dev.infantmassage.curriculum.validation.Suggestions;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code plan}: today's session for one baby, from the built-in five-week program or a curriculum
 * file: the strokes to do, those left out and why, whether to massage now, and what to ask a health
 * professional first.
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Plans a massage session for one baby: the strokes to do now, the strokes left out and why, "
                    + "and what to ask a health professional first.",
            "The library never diagnoses; when in doubt it leaves more out and says to ask a health professional."
        },
        footer = {
            "",
            "Examples:",
            "  curriculum plan --week 3 --age-weeks 10 --circumstance immunisation@2026-11-20:left-thigh",
            "  curriculum plan --week 2 --born 2026-09-01 --circumstance just-fed@2026-11-21T08:40 --format json",
            "",
            "Exit codes: 0 plan printed, 1 the curriculum file has errors, 2 bad command line."
        })
final class PlanCommand implements Callable<Integer> {
    /** {@code ID[@WHEN][:SITE[,SITE...]]}; the time in WHEN may hold colons, a site starts with a letter. */
    private static final Pattern CIRCUMSTANCE =
            Pattern.compile("(?<id>[^@:]+)(?:@(?<when>[^:]+(?::\\d[^:]*)*))?(?::(?<sites>[A-Za-z].*))?");
    /** The oldest age planned for: five years, well past the age infant massage is taught for. */
    static final int MAX_AGE_WEEKS = 260;

    private static final Pattern WAIT = Pattern.compile("(?<id>[^=]+)=(?<amount>\\d{1,6})(?<unit>m|min|h|d)");

    @Option(names = "--week", required = true, paramLabel = "N", description = "The week of the program, 1 to 5.")
    int week;

    @Option(
            names = "--scope",
            paramLabel = "SCOPE",
            defaultValue = "up-to-week",
            description = "up-to-week (everything learnt so far, the default) or week (that week's class only).")
    String scope = "up-to-week";

    @Option(names = "--age-weeks", paramLabel = "WEEKS", description = "The baby's age in whole weeks.")
    @Nullable
    Integer ageWeeks;

    @Option(
            names = "--born",
            paramLabel = "DATE",
            converter = DateConverter.class,
            description = "The baby's date of birth, YYYY-MM-DD (instead of --age-weeks).")
    @Nullable
    LocalDate born;

    /** Reads {@code --born} with a message that names the problem, not a Java class. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a date; use YYYY-MM-DD, for example 2026-09-01");
            }
        }
    }

    @Option(
            names = "--gestational-weeks",
            paramLabel = "WEEKS",
            description = "Weeks of gestation at birth; under 37 means premature, and corrected age is used.")
    @Nullable
    Integer gestationalWeeks;

    @Option(
            names = "--circumstance",
            paramLabel = "ID[@WHEN][:SITE]",
            description = {
                "A contraindication of the curriculum that applies, when it started and where, for example "
                        + "immunisation@2026-11-20:left-thigh or just-fed@2026-11-21T08:40. WHEN is a date (taken as the end "
                        + "of that day, so no wait is cut short), a local date-time, or an instant with an offset. "
                        + "Repeat for several."
            })
    List<String> circumstances = new ArrayList<>();

    @Option(
            names = "--cleared",
            paramLabel = "ID",
            split = ",",
            description = "Contraindications a health professional has cleared, for example premature.")
    List<String> cleared = new ArrayList<>();

    @Option(
            names = "--wait",
            paramLabel = "ID=AMOUNT",
            description = "A waiting period within the curriculum's range instead of its default, for example "
                    + "immunisation=24h or just-fed=20m (units m, h, d).")
    List<String> waits = new ArrayList<>();

    @Option(
            names = "--at",
            paramLabel = "WHEN",
            description = "The moment to plan for (default: now), as for --circumstance.")
    @Nullable
    String at;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description = "The family's time zone (default: the system's), e.g. Europe/London.")
    @Nullable
    String zone;

    @Mixin
    CurriculumOption curriculumOption = new CurriculumOption();

    @Option(
            names = {"--lang", "--language"},
            paramLabel = "TAG",
            description = "The language of the answer, such as es: the plan's sentences (English or Spanish) and the"
                    + " curriculum's texts (its default language where it lacks this one). Default: the curriculum's"
                    + " default language.")
    @Nullable
    String language;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (the default) or json.")
    String format = "text";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw usage("'" + format + "' is not a format; use text or json");
        };
        Optional<Curriculum> curriculum = curriculumOption.readValid("plan from", spec);
        if (curriculum.isEmpty()) {
            return CurriculumCli.EXIT_INVALID;
        }
        SessionPlan plan;
        PlanRequest request;
        try {
            request = request(curriculum.get());
            plan = SessionPlanner.of(curriculum.get()).plan(request);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        out.print(
                json
                        ? json(plan)
                        : text(
                                plan,
                                request.getZone(),
                                request.getLanguage().orElse(curriculum.get().getDefaultLanguage())));
        out.flush();
        return 0;
    }

    private PlanRequest request(Curriculum curriculum) {
        if (week < 1 || week > 5) {
            throw usage("--week must be between 1 and 5, but was " + week);
        }
        ZoneId zoneId = zone();
        Instant moment = at == null ? Instant.now() : instant(at, "--at", zoneId);
        InfantProfile.Builder profile = InfantProfile.builder();
        if ((ageWeeks == null) == (born == null)) {
            throw usage("give exactly one of --age-weeks and --born");
        }
        if (ageWeeks != null) {
            if (ageWeeks < 0 || ageWeeks > MAX_AGE_WEEKS) {
                throw usage("--age-weeks must be between 0 and " + MAX_AGE_WEEKS + ", but was " + ageWeeks);
            }
            profile.ageWeeks(ageWeeks);
        }
        if (born != null) {
            if (born.isAfter(LocalDate.ofInstant(moment, zoneId))) {
                throw usage("--born must not be after the planned day, but was " + born);
            }
            profile.dateOfBirth(born);
        }
        if (gestationalWeeks != null) {
            if (gestationalWeeks < 20 || gestationalWeeks > 45) {
                throw usage("--gestational-weeks must be between 20 and 45, but was " + gestationalWeeks);
            }
            profile.gestationalWeeks(gestationalWeeks);
        }
        for (String id : cleared) {
            profile.addClearance(known(curriculum, id.strip(), "--cleared"));
        }
        for (String argument : circumstances) {
            profile.addCircumstance(circumstance(curriculum, argument, zoneId));
        }
        PlanRequest.Builder request = PlanRequest.builder()
                .week(week)
                .scope(planScope())
                .profile(profile.build())
                .at(moment)
                .zone(zoneId)
                .language(Optional.ofNullable(language).map(String::strip));
        waits(curriculum).forEach(request::putWaitingPeriod);
        return request.build();
    }

    private PlanScope planScope() {
        try {
            return PlanScope.fromCode(scope);
        } catch (IllegalArgumentException e) {
            throw usage("'" + scope + "' is not a scope; use up-to-week or week");
        }
    }

    private ZoneId zone() {
        if (zone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw usage(
                    "'" + zone + "' is not a time zone; use a name such as Europe/London or an offset such as +01:00");
        }
    }

    private Circumstance circumstance(Curriculum curriculum, String argument, ZoneId zoneId) {
        Matcher matcher = CIRCUMSTANCE.matcher(argument.strip());
        if (!matcher.matches()) {
            throw usage("'" + argument + "' is not a circumstance; use ID[@WHEN][:SITE], for example "
                    + "immunisation@2026-11-20:left-thigh");
        }
        Circumstance.Builder circumstance = Circumstance.builder()
                .contraindication(known(curriculum, matcher.group("id").strip(), "--circumstance"));
        String when = matcher.group("when");
        if (when != null) {
            circumstance.since(instant(when.strip(), "--circumstance", zoneId));
        }
        String sites = matcher.group("sites");
        if (sites != null) {
            for (String site : sites.split(",")) {
                if (!BodySites.isKnown(site)) {
                    throw usage(
                            "'" + site.strip() + "' is not a body site; use a part such as thigh, upper-arm, foot, "
                                    + "tummy, chest, face or back (optionally left- or right-), or a region such as legs-and-feet");
                }
                circumstance.addSite(site.strip());
            }
        }
        return circumstance.build();
    }

    private String known(Curriculum curriculum, String id, String option) {
        if (curriculum.contraindication(id).isEmpty()) {
            List<String> ids = curriculum.getContraindications().stream()
                    .map(Contraindication::getId)
                    .toList();
            throw usage(option + ": unknown contraindication '" + id + "'."
                    + Suggestions.didYouMean(Suggestions.closest(id, ids)) + " The curriculum has: "
                    + String.join(", ", ids));
        }
        return id;
    }

    private Map<String, Duration> waits(Curriculum curriculum) {
        Map<String, Duration> chosen = new LinkedHashMap<>();
        for (String argument : waits) {
            Matcher matcher = WAIT.matcher(argument.strip());
            if (!matcher.matches()) {
                throw usage("'" + argument + "' is not a waiting period; use ID=AMOUNT with m, h or d, for example "
                        + "immunisation=24h");
            }
            long amount = Long.parseLong(matcher.group("amount"));
            if (amount == 0) {
                throw usage("--wait must give a positive amount, but was '" + argument.strip() + "'");
            }
            Duration duration = switch (matcher.group("unit")) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            };
            chosen.put(known(curriculum, matcher.group("id").strip(), "--wait"), duration);
        }
        return chosen;
    }

    /** A date (the end of that day, so no wait is cut short), a local date-time, or an instant with an offset. */
    private Instant instant(String text, String option, ZoneId zoneId) {
        try {
            if (text.length() == 10) {
                return Circumstance.endOfDay(LocalDate.parse(text), zoneId);
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zoneId).toInstant();
        } catch (DateTimeException e) {
            throw usage(option + ": '" + text + "' is not a date or time; use 2026-11-20, 2026-11-20T09:30 or "
                    + "2026-11-20T09:30:00Z");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The plan as text for a reader, with headings in {@code language} and times in {@code zone}. */
    static String text(SessionPlan plan, ZoneId zone, String language) {
        Words words = Words.in(language, zone);
        StringBuilder text = new StringBuilder();
        int age = plan.getCorrectedAgeWeeks();
        text.append(words.get(
                        plan.getScope() == PlanScope.WEEK ? "header.week" : "header.upToWeek",
                        plan.getWeek(),
                        words.count("age", Math.abs(age) == 1 ? 1 : age),
                        words.time(plan.getAt())))
                .append('\n');
        text.append(
                        plan.isMassageNow()
                                ? words.get("massageNow.yes")
                                : plan.getResumeAt()
                                        .map(resume -> words.get("massageNow.resume", words.time(resume)))
                                        .orElse(words.get("massageNow.no")))
                .append('\n');
        for (Restriction stop : plan.stops()) {
            text.append("  ")
                    .append(stop.getContraindication())
                    .append(": ")
                    .append(stop.getExplanation())
                    .append('\n');
            text.append("    ")
                    .append(words.get("resumes", ending(stop, words)))
                    .append('\n');
        }
        text.append('\n').append(words.get("strokes", plan.getStrokes().size())).append('\n');
        plan.strokeIds().forEach(id -> text.append("  ").append(id).append('\n'));
        if (!plan.getSkipped().isEmpty()) {
            text.append('\n')
                    .append(words.get("leftOut", plan.getSkipped().size()))
                    .append('\n');
            for (SkippedGroup group : plan.skippedGroups()) {
                text.append("  ").append(group.getReason().code());
                group.getContraindication()
                        .ifPresent(id -> text.append(" (").append(id).append(')'));
                group.getUntil().ifPresent(until -> text.append(words.get("group.until", words.time(until))));
                text.append(words.count("group", group.getStrokes().size()))
                        .append(group.getExplanation())
                        .append('\n');
                group.getStrokes().forEach(id -> text.append("    ").append(id).append('\n'));
            }
        }
        if (!plan.getAskProfessional().isEmpty()) {
            text.append('\n').append(words.get("ask")).append('\n');
            plan.getAskProfessional()
                    .forEach(ask -> text.append("  - ").append(ask.getReason()).append('\n'));
        }
        if (!plan.getNotes().isEmpty()) {
            text.append('\n').append(words.get("notes")).append('\n');
            plan.getNotes().forEach(note -> text.append("  - ").append(note).append('\n'));
        }
        return text.toString();
    }

    /** How a stop ends, in words and with the option that ends it where there is one. */
    private static String ending(Restriction stop, Words words) {
        String id = stop.getContraindication();
        return switch (stop.getEndsWhen()) {
            case AT_TIME ->
                words.get("ending.at-time", stop.getUntil().map(words::time).orElse(""));
            case CONFIRMED_GONE ->
                stop.getNotBefore()
                                .map(notBefore -> words.get("ending.not-before", words.time(notBefore)))
                                .orElse("")
                        + words.get("ending.confirmed-gone", id);
            default -> words.get("ending." + stop.getEndsWhen().code(), id);
        };
    }

    static String json(SessionPlan plan) {
        JsonWriter json = new JsonWriter(2).beginObject();
        json.name("week").value(plan.getWeek());
        json.field("scope", plan.getScope().code());
        json.field("at", plan.getAt().toString());
        json.name("correctedAgeWeeks").value(plan.getCorrectedAgeWeeks());
        json.name("massageNow").value(plan.isMassageNow());
        optional(json.name("resumeAt"), plan.getResumeAt().map(Instant::toString));
        json.name("strokes").beginArray();
        plan.strokeIds().forEach(json::value);
        json.endArray();
        json.name("skipped").beginArray();
        for (SkippedStroke skipped : plan.getSkipped()) {
            json.beginObject().field("stroke", skipped.getStroke());
            json.field("reason", skipped.getReason().code());
            optional(json.name("contraindication"), skipped.getContraindication());
            optional(json.name("until"), skipped.getUntil().map(Instant::toString));
            json.endObject();
        }
        json.endArray();
        json.name("skippedGroups").beginArray();
        for (SkippedGroup group : plan.skippedGroups()) {
            json.beginObject().field("reason", group.getReason().code());
            optional(json.name("contraindication"), group.getContraindication());
            optional(json.name("until"), group.getUntil().map(Instant::toString));
            json.field("explanation", group.getExplanation());
            json.name("strokes").beginArray();
            group.getStrokes().forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray();
        json.name("stops").beginArray();
        for (Restriction stop : plan.stops()) {
            json.beginObject().field("contraindication", stop.getContraindication());
            json.field("endsWhen", stop.getEndsWhen().code());
            optional(json.name("until"), stop.getUntil().map(Instant::toString));
            optional(json.name("notBefore"), stop.getNotBefore().map(Instant::toString));
            json.field("explanation", stop.getExplanation()).endObject();
        }
        json.endArray();
        json.name("resumeConditions").beginArray();
        plan.resumeConditions().forEach(condition -> json.value(condition.code()));
        json.endArray();
        json.name("askProfessional").beginArray();
        for (Consultation ask : plan.getAskProfessional()) {
            json.beginObject();
            optional(json.name("contraindication"), ask.getContraindication());
            json.field("reason", ask.getReason()).endObject();
        }
        json.endArray();
        json.name("notes").beginArray();
        plan.getNotes().forEach(json::value);
        json.endArray();
        return json.endObject().finish();
    }

    private static void optional(JsonWriter json, Optional<String> value) {
        if (value.isPresent()) {
            json.value(value.get());
        } else {
            json.nullValue();
        }
    }
}
