package dev.infantmassage.curriculum.jackson2;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.jackson2.internal.CurriculumDeserializer;
import dev.infantmassage.curriculum.jackson2.internal.FormatSerializers;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.validation.ValidationOptions;

/**
 * The curriculum format for apps on Jackson 2 ({@code com.fasterxml.jackson}, as in Spring Boot 3): the
 * library's values are written in the file format's own shape, and curricula are read with the strict
 * reader and validator of {@link CurriculumJson}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CurriculumJackson2Module());
 * // or ObjectMapper.findAndRegisterModules(): the module is registered as a service
 * String json = mapper.writeValueAsString(plan);
 * Curriculum curriculum = mapper.readValue(file, Curriculum.class);
 * }</pre>
 *
 * <p>Writing: a {@link Curriculum} (and each model object inside a value, such as the strokes of a
 * {@link dev.infantmassage.curriculum.planning.SessionPlan}) is written exactly as the canonical file;
 * enums as their lower-kebab codes ({@code "legs-and-feet"}), texts as language maps
 * ({@code {"en": "...", "es": "..."}}), {@code x-} extensions as the JSON they hold. Plans, cue advice
 * and their parts are written property by property in declaration order, with instants as ISO-8601
 * text and absent values left out. An {@link dev.infantmassage.curriculum.validation.Issue} is written
 * as {@code validate --format json} writes one ({@code pointer}; {@code file}, {@code line} and
 * {@code column} when known; {@code severity}, {@code code} and {@code message}), and a
 * {@link dev.infantmassage.curriculum.validation.ValidationReport} as {@code valid}, {@code errors},
 * {@code warnings}, {@code infos}, {@code omitted} when issues past a cap were only counted, and
 * {@code issues}: the same JSON as the Jackson 3 {@link dev.infantmassage.curriculum.json.CurriculumModule}
 * writes. None of this depends on the mapper's own settings or on other modules (no
 * {@code jackson-datatype-jdk8} or {@code -jsr310} needed for these types).
 *
 * <p>Reading: a {@link Curriculum} is read and validated as {@link CurriculumJson} reads a file. A
 * curriculum with errors fails with a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}
 * naming the first error, its code and its JSON Pointer; its cause, an
 * {@link dev.infantmassage.curriculum.validation.InvalidCurriculumException}, has every issue. Plans and
 * advice are results, not input: they are not read.
 *
 * @since 0.1.0
 */
public final class CurriculumJackson2Module extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A module whose reading validates with the default options. */
    public CurriculumJackson2Module() {
        this(ValidationOptions.defaults());
    }

    /**
     * A module whose reading validates with {@code options}.
     *
     * @param options the validation options reading applies: codes ignored or re-levelled there do not fail reading
     */
    public CurriculumJackson2Module(ValidationOptions options) {
        super("infant-massage-curriculum", Version.unknownVersion());
        requireNonNull(options, "options");
        setSerializers(new FormatSerializers());
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(
                Curriculum.class,
                new CurriculumDeserializer(
                        CurriculumJson.builder().validationOptions(options).build()));
        setDeserializers(deserializers);
    }
}
