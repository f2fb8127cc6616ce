package dev.infantmassage.curriculum.bench.plain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A curriculum document as plain records: every property of the format, texts as maps from language
 * tag to text, codes as strings, absent values as {@code null}. Jackson binds it with its defaults
 * (unknown properties such as {@code $schema} ignored); nothing is checked.
 */
public record PlainCurriculum(
        @JsonProperty("$schema") @Nullable String schema,
        @Nullable String formatVersion,
        @Nullable String id,
        @Nullable Map<String, String> title,
        @Nullable Map<String, String> description,
        @Nullable String defaultLanguage,
        @Nullable List<String> languages,
        @Nullable List<String> authors,
        @Nullable String license,
        @Nullable List<Source> sources,
        @Nullable List<Stroke> strokes,
        @Nullable List<Technique> techniques,
        @Nullable List<Routine> routines,
        @Nullable List<Cue> cues,
        @Nullable List<Contraindication> contraindications,
        @Nullable Schedule schedule) {

    /** A cited source. */
    public record Source(
            @Nullable String id,
            @Nullable String title,
            @Nullable String url,
            @Nullable String note) {}

    /** A stroke of the catalogue. */
    public record Stroke(
            @Nullable String id,
            @Nullable Map<String, String> name,
            @Nullable String region,
            @Nullable String role,
            @Nullable String direction,
            @Nullable String pattern,
            @Nullable List<Map<String, String>> steps,
            @Nullable Integer repetitions,
            int durationSeconds,
            @Nullable List<String> benefits,
            @Nullable Integer minAgeWeeks,
            @Nullable Integer maxAgeWeeks,
            @Nullable String oil,
            @Nullable String confidence,
            @Nullable List<Map<String, String>> advisories,
            @Nullable List<String> sources) {}

    /** A technique such as the permission ritual. */
    public record Technique(
            @Nullable String id,
            @Nullable String kind,
            @Nullable Map<String, String> name,
            @Nullable List<Map<String, String>> steps,
            @Nullable String confidence,
            @Nullable List<String> sources) {}

    /** A routine: an ordered list of steps. */
    public record Routine(
            @Nullable String id,
            @Nullable String kind,
            @Nullable Map<String, String> name,
            @Nullable Map<String, String> description,
            @Nullable List<Step> steps,
            @Nullable Integer cyclesPerSession,
            @Nullable Integer sessionsPerDay,
            @Nullable Integer days,
            @Nullable List<String> sources) {}

    /** One step of a routine. */
    public record Step(
            @Nullable String stroke,
            @Nullable Integer repetitions,
            @Nullable Map<String, String> note) {}

    /** A cue the infant gives. */
    public record Cue(
            @Nullable String id,
            @Nullable Map<String, String> name,
            @Nullable String polarity,
            @Nullable String intensity,
            @Nullable String response,
            @Nullable Map<String, String> guidance,
            @Nullable List<String> sources) {}

    /** A reason not to massage, or to leave something out. */
    public record Contraindication(
            @Nullable String id,
            @Nullable Map<String, String> condition,
            @Nullable String scope,
            @Nullable List<String> regions,
            @Nullable Map<String, String> site,
            @Nullable WaitingPeriod waitingPeriod,
            @Nullable Boolean askProfessional,
            @Nullable Map<String, String> guidance,
            @Nullable List<String> sources) {}

    /** How long to wait. */
    public record WaitingPeriod(@Nullable String unit, int min, int defaultValue, int max) {}

    /** The five weeks. */
    public record Schedule(@Nullable List<Week> weeks) {}

    /** One week of the course. */
    public record Week(
            int number,
            @Nullable Map<String, String> title,
            int sessionMinutes,
            @Nullable List<String> newStrokes,
            @Nullable List<String> reviewStrokes,
            @Nullable List<String> newRoutines,
            @Nullable List<String> reviewRoutines,
            @Nullable List<String> techniques,
            @Nullable List<Topic> topics,
            @Nullable List<String> cues,
            @Nullable HomePractice homePractice) {}

    /** A discussion topic. */
    public record Topic(@Nullable String tag, @Nullable Map<String, String> title) {}

    /** Practice at home between sessions. */
    public record HomePractice(int minutesPerDay, @Nullable Map<String, String> note) {}
}
