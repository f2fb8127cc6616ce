package org.example.jackson2app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.jackson2.CurriculumJackson2Module;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class Jackson2AppTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CurriculumJackson2Module());

    @Test
    void plan_isWrittenInTheFormatsShape() throws Exception {
        SessionPlan plan = SessionPlanner.of(ReferenceCurricula.fiveWeekProgram())
                .plan(PlanRequest.of(
                        1,
                        InfantProfile.builder().ageWeeks(10).build(),
                        Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC)));

        JsonNode tree = mapper.readTree(mapper.writeValueAsString(plan));

        assertEquals("up-to-week", tree.get("scope").asText());
        assertEquals("resting-hands", tree.get("strokes").get(0).get("id").asText());
        assertFalse(tree.has("empty"));
    }

    @Test
    void curriculum_readBack_equalsTheBuiltIn() throws Exception {
        String written = mapper.writeValueAsString(ReferenceCurricula.fiveWeekProgram());

        assertEquals(ReferenceCurricula.fiveWeekProgram(), mapper.readValue(written, Curriculum.class));
    }
}
