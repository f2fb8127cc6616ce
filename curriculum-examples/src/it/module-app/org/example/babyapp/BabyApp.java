package org.example.babyapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.Circumstance;
import dev.infantmassage.curriculum.planning.CueGuide;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.render.HandoutRenderer;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the reference curriculum, validates it, plans a session, asks the cue guide and renders a handout,
 * printing what it finds.
 */
public final class BabyApp {
    private BabyApp() {}

    public static void main(String[] args) {
        System.out.println("module " + Curriculum.class.getModule().getName()
                + ", " + ReferenceCurricula.class.getModule().getName());

        Curriculum program = ReferenceCurricula.fiveWeekProgram();
        ValidationReport report = CurriculumValidator.create().validate(program);
        System.out.println("reference curriculum: " + (report.hasErrors() ? "has errors" : "no errors"));

        ReadResult broken = CurriculumJson.create().readString("{\"formatVersion\": \"1.0\", \"colour\": 1}", "broken.json");
        broken.report().issues().stream().filter(issue -> issue.getCode().code().equals("json.unknown-property"))
                .forEach(issue -> System.out.println("broken.json: " + issue.getCode().code() + " at '" + issue.getLocation().toPointer() + "'"));

        Clock morning = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
        InfantProfile baby = InfantProfile.builder()
                .dateOfBirth(LocalDate.of(2026, 9, 1))
                .addCircumstance(Circumstance.builder().contraindication("immunisation-site")
                        .since(Instant.parse("2026-11-17T18:00:00Z")).addSite("left-thigh").build())
                .build();
        SessionPlan plan = SessionPlanner.of(program).plan(PlanRequest.of(3, baby, morning));
        System.out.println("week 3 first stroke: " + plan.getStrokes().get(0).getId());
        System.out.println("week 3 has legs-indian-milking: "
                + plan.getStrokes().stream().anyMatch(stroke -> stroke.getId().equals("legs-indian-milking")));

        System.out.println("legs left out: " + plan.getSkipped().stream()
                .filter(skipped -> skipped.getStroke().equals("legs-indian-milking")).findFirst().orElseThrow().getExplanation());
        System.out.println("yawning and hand-to-ear: "
                + CueGuide.of(program).advise("yawning", "hand-to-ear").getResponse().code());

        String handout = HandoutRenderer.of(program).weeklyHandout(2, "es");
        System.out.println("week 2 handout in Spanish: " + (handout.startsWith("<!DOCTYPE html>") && handout.contains("lang=\"es\"")
                ? "an HTML page" : "not an HTML page"));

        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Curriculum throughJackson = mapper.readValue(ReferenceCurricula.fiveWeekProgramJson(), Curriculum.class);
        System.out.println("read through a Jackson mapper's modules: " + (throughJackson.equals(program) ? "equal" : "different"));

        ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules();
        try {
            System.out.println("advice through Jackson 2: " + jackson2.readTree(
                    jackson2.writeValueAsString(CueGuide.of(program).advise("yawning", "hand-to-ear"))).get("response"));
            Curriculum throughJackson2 = jackson2.readValue(ReferenceCurricula.fiveWeekProgramJson(), Curriculum.class);
            System.out.println("read through Jackson 2: " + (throughJackson2.equals(program) ? "equal" : "different"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
