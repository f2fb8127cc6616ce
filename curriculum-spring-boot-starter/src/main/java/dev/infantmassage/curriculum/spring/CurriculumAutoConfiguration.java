package dev.infantmassage.curriculum.spring;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.CurriculumModule;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library as beans, each replaced by an app's own bean of its type: the reader and writer
 * ({@link CurriculumJson}) and the {@link CurriculumValidator}, both with the {@code curriculum.*}
 * {@link CurriculumProperties}; the built-in five-week {@link Curriculum} and its {@link SessionPlanner}.
 * In an app with Boot's Jackson, Boot's {@code JsonMapper} gets {@link CurriculumModule} with the same
 * validation options, so controllers return curricula, plans, cue advice and reports in the file format's
 * shape, and read curricula as the reader does.
 */
@AutoConfiguration
@EnableConfigurationProperties(CurriculumProperties.class)
public final class CurriculumAutoConfiguration {

    /** Made by Spring. */
    public CurriculumAutoConfiguration() {}

    /**
     * The reader and writer, with the configured limits and validation options.
     *
     * @param properties the {@code curriculum.*} properties
     * @return the reader and writer
     */
    @Bean
    @ConditionalOnMissingBean
    public CurriculumJson curriculumJson(CurriculumProperties properties) {
        return CurriculumJson.builder()
                .limits(properties.read().toReadLimits())
                .validationOptions(properties.validation().toValidationOptions())
                .build();
    }

    /**
     * The validator of curricula built in code, with the configured validation options.
     *
     * @param properties the {@code curriculum.*} properties
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public CurriculumValidator curriculumValidator(CurriculumProperties properties) {
        return CurriculumValidator.create(properties.validation().toValidationOptions());
    }

    /**
     * The built-in reference curriculum.
     *
     * @return the five-week program
     */
    @Bean
    @ConditionalOnMissingBean
    public Curriculum curriculum() {
        return ReferenceCurricula.fiveWeekProgram();
    }

    /**
     * The planner of the app's curriculum (by default the reference one).
     *
     * @param curriculum the curriculum to plan from
     * @return its planner
     */
    @Bean
    @ConditionalOnMissingBean
    public SessionPlanner sessionPlanner(Curriculum curriculum) {
        return SessionPlanner.of(curriculum);
    }

    /** Boot's {@code JsonMapper} writes and reads the library's values in the format's shape. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JsonMapperBuilderCustomizer.class)
    static final class JacksonConfiguration {
        @Bean
        JsonMapperBuilderCustomizer curriculumJsonMapperCustomizer(CurriculumJson json) {
            return builder -> builder.addModule(new CurriculumModule(json.validationOptions()));
        }
    }
}
