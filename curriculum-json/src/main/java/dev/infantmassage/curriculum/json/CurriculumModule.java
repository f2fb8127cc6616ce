package dev.infantmassage.curriculum.json;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.internal.CurriculumReader;
import dev.infantmassage.curriculum.json.internal.DocumentParser;
import dev.infantmassage.curriculum.json.internal.JacksonAnnotations;
import dev.infantmassage.curriculum.json.internal.ValueSerializers;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The curriculum format for applications that use Jackson 3 directly: a {@link Curriculum} is written
 * and read exactly as {@link CurriculumJson} does, with the same strict binding and validation.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CurriculumModule()).build();
 * // or JsonMapper.builder().findAndAddModules(): the module is registered as a service
 * Curriculum curriculum = mapper.readValue(file, Curriculum.class);
 * }</pre>
 *
 * <p>Writing: a {@link Curriculum} (and each model object inside a value, such as the strokes of a
 * {@link dev.infantmassage.curriculum.planning.SessionPlan}) is written exactly as the canonical file;
 * enums as their codes ({@code "legs-and-feet"}), texts as language maps ({@code {"en": "..."}}),
 * {@code x-} extensions as the JSON they hold. Plans, cue advice and their parts are written property by
 * property in declaration order, with instants as ISO-8601 text and absent values left out. An
 * {@link dev.infantmassage.curriculum.validation.Issue} is written as the command line's
 * {@code --format json} writes it ({@code pointer}, {@code line}, {@code column}, {@code severity},
 * {@code code}, {@code message}), and a {@link dev.infantmassage.curriculum.validation.ValidationReport}
 * as {@code valid}, the count of each severity and its {@code issues}. None of this depends on the
 * mapper's own settings. Plans, advice and reports are results, not input: they are not read.
 *
 * <p>Reading fails with a {@link tools.jackson.databind.exc.MismatchedInputException} naming the first
 * error (with its line, column and JSON Pointer) when the curriculum has errors; use
 * {@link CurriculumJson} to get every issue instead. The mapper's own reading limits apply.
 *
 * <p>Jackson 3's mapper needs {@code com.fasterxml.jackson.core:jackson-annotations} 2.21 or newer; an app
 * whose dependency management pins an older one (Jackson 2 apps, Spring Boot 3) gets an
 * {@link IllegalStateException} saying so when it makes this module. {@link CurriculumJson} works with any
 * version, or none.
 *
 * @since 0.1.0
 */
public final class CurriculumModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A module that validates with the default options. */
    public CurriculumModule() {
        this(ValidationOptions.defaults());
    }

    /**
     * A module that validates with {@code options}: codes ignored or re-levelled there do not fail reading.
     *
     * @param options the validation options reading applies
     * @throws IllegalStateException if the {@code jackson-annotations} jar is older than Jackson 3 needs
     *     (2.21): the message names the version found and the one needed
     */
    public CurriculumModule(ValidationOptions options) {
        super("infant-massage-curriculum");
        requireNonNull(options, "options");
        JacksonAnnotations.check();
        setSerializers(new ValueSerializers());
        addDeserializer(Curriculum.class, new CurriculumDeserializer(new CurriculumReader(options)));
    }

    private static final class CurriculumDeserializer extends ValueDeserializer<Curriculum> {
        private static final String SOURCE = "JSON input";

        private final CurriculumReader reader;

        CurriculumDeserializer(CurriculumReader reader) {
            this.reader = reader;
        }

        @Override
        public Curriculum deserialize(JsonParser parser, DeserializationContext context) {
            CurriculumReader.Outcome outcome = reader.read(DocumentParser.parseValue(parser), SOURCE);
            Optional<Issue> error =
                    outcome.report().issues().stream().filter(Issue::isError).findFirst();
            if (error.isPresent() || outcome.curriculum().isEmpty()) {
                return context.reportInputMismatch(
                        this, "%s", error.map(Issue::toString).orElse("The curriculum could not be read"));
            }
            return outcome.curriculum().get();
        }
    }
}
