package org.example.boot3app;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.jackson2.CurriculumJackson2Module;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A class-booking backend on Spring Boot 3: Boot registers every Jackson 2 {@code Module} bean in its
 * {@code ObjectMapper}, so one bean makes controllers speak the file format.
 */
@SpringBootApplication
@RestController
public class Boot3App {
    private final Curriculum program = ReferenceCurricula.fiveWeekProgram();
    private final SessionPlanner planner = SessionPlanner.of(program);

    @Bean
    CurriculumJackson2Module curriculumModule() {
        return new CurriculumJackson2Module();
    }

    @GetMapping("/strokes/{id}")
    public Stroke stroke(@PathVariable String id) {
        return program.stroke(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/plan")
    public SessionPlan plan(@RequestParam int week, @RequestParam int ageWeeks) {
        return planner.plan(PlanRequest.of(
                week, InfantProfile.builder().ageWeeks(ageWeeks).build(), Clock.systemUTC()));
    }

    @PostMapping("/curricula")
    public String bound(@RequestBody Curriculum curriculum) {
        return curriculum.getId() + " " + curriculum.getStrokes().size();
    }

    @PostMapping("/curricula/report")
    public ValidationReport report(@RequestBody byte[] file) {
        return CurriculumJson.create().read(file, "upload.curriculum.json").report();
    }

    public static void main(String[] args) {
        SpringApplication.run(Boot3App.class, args);
    }
}
