package dev.infantmassage.curriculum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A complete infant massage curriculum: its catalogues of strokes, techniques, routines, cues and
 * contraindications, and the five-week schedule that teaches them.
 *
 * <p>Build one with {@link #builder()}, or read one from JSON with {@code curriculum-json}. Check it
 * with {@link dev.infantmassage.curriculum.validation.CurriculumValidator}.
 *
 * @since 0.1.0
 */
@Description("An infant massage curriculum: catalogues of strokes, techniques, routines, cues and"
        + " contraindications, and the five-week schedule that teaches them.")
@Value.Immutable
public abstract class Curriculum implements Extensible {
    /** The format version this library writes. */
    public static final String FORMAT_VERSION = "1.0";

    /** {@return the version of the file format, {@code major.minor}; this library reads major version 1} */
    @Pattern(regexp = "\\d{1,4}\\.\\d{1,4}")
    @Value.Default
    @Description("The version of this file format, 'major.minor'; this library reads major version 1 and writes '"
            + FORMAT_VERSION + "'.")
    public String getFormatVersion() {
        return FORMAT_VERSION;
    }

    /** {@return the curriculum's identifier, for example {@code "iaim-five-week"}} */
    @Description("The curriculum's identifier, such as 'iaim-five-week'.")
    public abstract String getId();

    /** {@return the curriculum's title} */
    @Description("The curriculum's title.")
    public abstract LocalizedText getTitle();

    /** {@return what the curriculum is and whom it is for} */
    @Description("What the curriculum is and whom it is for.")
    public abstract Optional<LocalizedText> getDescription();

    /** {@return the BCP 47 tag of the language every text must have, for example {@code "en"}} */
    @Pattern(regexp = LANGUAGE_TAG)
    @Description("The BCP 47 tag of the language every text must have, such as 'en'.")
    public abstract String getDefaultLanguage();

    /** {@return the other languages the curriculum is translated into} */
    @Description("The other languages the curriculum is translated into, as BCP 47 tags.")
    public abstract List<@Pattern(regexp = LANGUAGE_TAG) String> getLanguages();

    /** {@return the people who wrote it} */
    @Description("The people who wrote it.")
    public abstract List<@NotBlank String> getAuthors();

    /** {@return the licence of the content, preferably an SPDX identifier such as {@code CC-BY-4.0}} */
    @NotBlank
    @Description("The licence of the content, preferably an SPDX identifier such as 'CC-BY-4.0'.")
    public abstract String getLicense();

    /** {@return the works the entries cite} */
    @Description("The works the entries cite.")
    public abstract List<@Valid Citation> getSources();

    /** {@return the stroke catalogue} */
    @Description("The stroke catalogue.")
    public abstract List<@Valid Stroke> getStrokes();

    /** {@return the technique catalogue} */
    @Description("The technique catalogue.")
    public abstract List<@Valid Technique> getTechniques();

    /** {@return the routine catalogue} */
    @Description("The routine catalogue.")
    public abstract List<@Valid Routine> getRoutines();

    /** {@return the catalogue of the baby's cues} */
    @Description("The catalogue of the baby's cues.")
    public abstract List<@Valid CueSignal> getCues();

    /** {@return the catalogue of contraindications} */
    @Description("The catalogue of contraindications.")
    public abstract List<@Valid Contraindication> getContraindications();

    /** {@return which oil to use and which to avoid, if the curriculum gives oil guidance} */
    @Description("Which oil to use and which to avoid.")
    public abstract Optional<@Valid OilPolicy> getOilPolicy();

    /** {@return the five-week schedule} */
    @Valid
    @Description("The five-week schedule.")
    public abstract FiveWeekSchedule getSchedule();

    /**
     * {@return the stroke with the given identifier, if the catalogue has it (the first, if the identifier is
     * repeated)}
     *
     * @param id a stroke identifier
     */
    public Optional<Stroke> stroke(String id) {
        int position = strokePosition(id);
        return position < 0 ? Optional.empty() : Optional.of(getStrokes().get(position));
    }

    /**
     * Where a stroke stands in the catalogue: the order in which routines list and plans give strokes.
     *
     * @param id a stroke identifier
     * @return the position of the first stroke with that identifier in 'strokes', or -1 if there is none
     */
    public int strokePosition(String id) {
        return strokePositions().getOrDefault(id, -1);
    }

    /**
     * {@return the routine with the given identifier, if the catalogue has it}
     *
     * @param id a routine identifier
     */
    public Optional<Routine> routine(String id) {
        return Optional.ofNullable(routinesById().get(id));
    }

    /**
     * {@return the technique with the given identifier, if the catalogue has it}
     *
     * @param id a technique identifier
     */
    public Optional<Technique> technique(String id) {
        return Optional.ofNullable(techniquesById().get(id));
    }

    /**
     * {@return the cue with the given identifier, if the catalogue has it}
     *
     * @param id a cue identifier
     */
    public Optional<CueSignal> cue(String id) {
        return Optional.ofNullable(cuesById().get(id));
    }

    /**
     * {@return the contraindication with the given identifier, if the catalogue has it}
     *
     * @param id a contraindication identifier
     */
    public Optional<Contraindication> contraindication(String id) {
        return Optional.ofNullable(contraindicationsById().get(id));
    }

    /**
     * {@return the citation with the given identifier, if {@code sources} has it}
     *
     * @param id a citation identifier
     */
    public Optional<Citation> source(String id) {
        return Optional.ofNullable(sourcesById().get(id));
    }

    /** {@return all languages: the default first, then the others} */
    public List<String> allLanguages() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(getDefaultLanguage()), getLanguages().stream())
                .distinct()
                .toList();
    }

    // The catalogues indexed once, on first look-up; a repeated identifier (an error) finds the first entry.
    @Value.Lazy
    Map<String, Integer> strokePositions() {
        Map<String, Integer> positions = new HashMap<>(getStrokes().size() * 2);
        for (int i = 0; i < getStrokes().size(); i++) {
            positions.putIfAbsent(getStrokes().get(i).getId(), i);
        }
        return Collections.unmodifiableMap(positions);
    }

    @Value.Lazy
    Map<String, Routine> routinesById() {
        return byId(getRoutines(), Routine::getId);
    }

    @Value.Lazy
    Map<String, Technique> techniquesById() {
        return byId(getTechniques(), Technique::getId);
    }

    @Value.Lazy
    Map<String, CueSignal> cuesById() {
        return byId(getCues(), CueSignal::getId);
    }

    @Value.Lazy
    Map<String, Contraindication> contraindicationsById() {
        return byId(getContraindications(), Contraindication::getId);
    }

    @Value.Lazy
    Map<String, Citation> sourcesById() {
        return byId(getSources(), Citation::getId);
    }

    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        return entries.stream()
                .collect(Collectors.toUnmodifiableMap(id, Function.identity(), (first, repeated) -> first));
    }

    static final String LANGUAGE_TAG = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*";

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Curriculum}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableCurriculum.Builder {}
}
