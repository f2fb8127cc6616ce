package dev.infantmassage.curriculum.spring;

import static dev.infantmassage.curriculum.spring.CurriculumAutoConfigurationTest.PLAIN;
import static dev.infantmassage.curriculum.spring.CurriculumAutoConfigurationTest.post;
import static dev.infantmassage.curriculum.spring.CurriculumAutoConfigurationTest.reference;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code curriculum.*} properties reach the beans a controller uses. */
class CurriculumPropertiesTest {
    static final String WITH_COLOUR = reference().replaceFirst("\\{", "{\"colour\": \"blue\", ");

    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "curriculum.validation.ignored=json.unknown-property")
    class Ignored {
        @LocalServerPort
        int port;

        @Test
        void post_unknownProperty_isNotReported() throws Exception {
            JsonNode report =
                    PLAIN.readTree(post(port, "/curricula", WITH_COLOUR).body());

            assertThat(report.get("valid").asBoolean()).isTrue();
            assertThat(report.toString()).doesNotContain("json.unknown-property");
        }
    }

    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                "curriculum.validation.severities[json.unknown-property]=warning",
                "curriculum.read.max-depth=3"
            })
    class Relevelled {
        @LocalServerPort
        int port;

        @org.springframework.beans.factory.annotation.Autowired
        CurriculumJson json;

        @org.springframework.beans.factory.annotation.Autowired
        CurriculumValidator validator;

        @Test
        void beans_haveTheConfiguredOptions() {
            assertThat(json.validationOptions().severityOf(IssueCode.JSON_UNKNOWN_PROPERTY))
                    .contains(Severity.WARNING);
            assertThat(validator.options()).isEqualTo(json.validationOptions());
            assertThat(json.limits().maxDepth()).isEqualTo(3);
        }

        @Test
        void post_deeperThanTheLimit_isRefusedForTheLimit() throws Exception {
            JsonNode report =
                    PLAIN.readTree(post(port, "/curricula/report", WITH_COLOUR).body());

            assertThat(report.get("valid").asBoolean()).isFalse();
            assertThat(report.toString()).contains("json.limit-exceeded");
        }
    }
}
