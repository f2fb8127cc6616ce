package dev.infantmassage.curriculum.spring;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** An app as a user writes one: a controller on the auto-configured beans, nothing else configured. */
@SpringBootApplication
class BabyClassApp {
    static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    @RestController
    static class CurriculumController {
        private final CurriculumJson json;
        private final SessionPlanner planner;

        CurriculumController(CurriculumJson json, SessionPlanner planner) {
            this.json = json;
            this.planner = planner;
        }

        @PostMapping(path = "/curricula", consumes = "application/json")
        ValidationReport upload(@RequestBody @ValidCurriculum String body) {
            return json.readString(body, "upload").report();
        }

        @PostMapping(path = "/curricula/report", consumes = "application/json")
        ValidationReport report(@RequestBody String body) {
            return json.readString(body, "upload").report();
        }

        @PostMapping(path = "/curricula/bound", consumes = "application/json")
        Map<String, Object> bound(@RequestBody Curriculum curriculum) {
            return Map.of(
                    "id", curriculum.getId(),
                    "title", curriculum.getTitle().resolve("en", "en"),
                    "strokes", curriculum.getStrokes().size());
        }

        @GetMapping("/plan")
        SessionPlan plan(@RequestParam int week, @RequestParam int ageWeeks) {
            return planner.plan(PlanRequest.of(
                    week, InfantProfile.builder().ageWeeks(ageWeeks).build(), MORNING));
        }

        @ExceptionHandler
        ResponseEntity<Map<String, List<String>>> invalid(HandlerMethodValidationException invalid) {
            List<String> messages = invalid.getParameterValidationResults().stream()
                    .map(ParameterValidationResult::getResolvableErrors)
                    .flatMap(List::stream)
                    .map(error -> String.valueOf(error.getDefaultMessage()))
                    .toList();
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("errors", messages));
        }
    }
}
