package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.WaitingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generated plan requests for the property tests: ages by birthday or weeks, gestational ages,
 * clearances, up to {@code maxCircumstances} circumstances with starts, ends, sites and regions, weeks,
 * scopes, moments within ten days of {@code base}, and chosen waiting periods within range.
 */
public record RandomPlanRequests(
        Curriculum curriculum,
        List<String> contraindicationIds,
        List<String> sites,
        List<String> clearable,
        int maxCircumstances,
        Instant base) {

    public PlanRequest next(Random random) {
        Instant at = base.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60) - 10 * 24 * 60));
        InfantProfile.Builder profile = InfantProfile.builder();
        if (random.nextBoolean()) {
            profile.dateOfBirth(LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(random.nextInt(400)));
        } else {
            profile.ageWeeks(random.nextInt(60));
        }
        if (random.nextInt(3) == 0) {
            profile.gestationalWeeks(24 + random.nextInt(19));
        }
        clearable.forEach(id -> {
            if (random.nextInt(4) == 0) {
                profile.addClearance(id);
            }
        });
        int circumstances = random.nextInt(maxCircumstances + 1);
        for (int c = 0; c < circumstances; c++) {
            Circumstance.Builder circumstance = Circumstance.builder()
                    .contraindication(contraindicationIds.get(random.nextInt(contraindicationIds.size())));
            if (random.nextInt(5) > 0) {
                circumstance.since(at.plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60) - 6 * 24 * 60)));
            }
            if (random.nextInt(3) == 0) {
                circumstance.until(at.plus(Duration.ofMinutes(random.nextInt(6 * 24 * 60) - 3 * 24 * 60)));
            }
            if (random.nextBoolean()) {
                circumstance.addSite(sites.get(random.nextInt(sites.size())));
            }
            if (random.nextInt(4) == 0) {
                circumstance.addRegion(BodyRegion.teachingOrder().get(random.nextInt(7)));
            }
            profile.addCircumstance(circumstance.build());
        }
        PlanRequest.Builder request = PlanRequest.builder()
                .week(1 + random.nextInt(5))
                .scope(random.nextBoolean() ? PlanScope.UP_TO_WEEK : PlanScope.WEEK)
                .profile(profile.build())
                .at(at);
        for (Contraindication contraindication : curriculum.getContraindications()) {
            Optional<WaitingPeriod> period = contraindication.getWaitingPeriod();
            if (period.isPresent() && random.nextInt(3) == 0) {
                long min = period.get().minDuration().toMinutes();
                long max = period.get().maxDuration().toMinutes();
                request.putWaitingPeriod(
                        contraindication.getId(),
                        Duration.ofMinutes(min + (long) random.nextInt((int) (max - min + 1))));
            }
        }
        return request.build();
    }

    /** The stroke identifiers a request draws from, by the schedule alone. */
    public Set<String> selection(PlanRequest request) {
        Set<String> ids = new LinkedHashSet<>();
        curriculum.getSchedule().getWeeks().stream()
                .filter(week -> request.getScope() == PlanScope.WEEK
                        ? week.getNumber() == request.getWeek()
                        : week.getNumber() <= request.getWeek())
                .forEach(week -> {
                    ids.addAll(week.getNewStrokes());
                    ids.addAll(week.getReviewStrokes());
                });
        return ids;
    }
}
