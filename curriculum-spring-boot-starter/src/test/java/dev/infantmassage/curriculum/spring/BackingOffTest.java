package dev.infantmassage.curriculum.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadLimits;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each auto-configured bean gives way to the app's own. */
class BackingOffTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CurriculumAutoConfiguration.class));

    @Test
    void noBeansOfTheApp_everyBeanIsConfigured() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(CurriculumJson.class);
            assertThat(context).hasSingleBean(CurriculumValidator.class);
            assertThat(context).hasSingleBean(SessionPlanner.class);
            assertThat(context.getBean(Curriculum.class)).isEqualTo(ReferenceCurricula.fiveWeekProgram());
        });
    }

    @Test
    void appsOwnReader_replacesTheConfiguredOne() {
        CurriculumJson own = CurriculumJson.builder()
                .limits(ReadLimits.builder().maxDepth(7).build())
                .build();

        runner.withBean(CurriculumJson.class, () -> own)
                .run(context ->
                        assertThat(context.getBean(CurriculumJson.class)).isSameAs(own));
    }

    @Test
    void appsOwnCurriculum_isTheOneThePlannerPlans() {
        Curriculum own =
                Curriculum.builder().from(ReferenceCurricula.fiveWeekProgram()).build();

        runner.withBean(Curriculum.class, () -> own).run(context -> {
            assertThat(context.getBean(Curriculum.class)).isSameAs(own);
            assertThat(context.getBean(SessionPlanner.class).curriculum()).isSameAs(own);
        });
    }

    @Test
    void unknownCodeInProperties_failsStartNamingIt() {
        runner.withPropertyValues("curriculum.validation.ignored=json.unknwon-property")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("'json.unknwon-property'"));
    }
}
