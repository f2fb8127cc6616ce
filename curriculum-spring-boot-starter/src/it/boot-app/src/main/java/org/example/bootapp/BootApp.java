package org.example.bootapp;

import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A baby-class app: today's plan from the auto-configured planner. */
@SpringBootApplication
@RestController
public class BootApp {
    private final SessionPlanner planner;

    public BootApp(SessionPlanner planner) {
        this.planner = planner;
    }

    @GetMapping("/plan")
    public SessionPlan plan(@RequestParam int week, @RequestParam int ageWeeks) {
        return planner.plan(PlanRequest.of(
                week, InfantProfile.builder().ageWeeks(ageWeeks).build(), Clock.systemUTC()));
    }

    public static void main(String[] args) {
        SpringApplication.run(BootApp.class, args);
    }
}
