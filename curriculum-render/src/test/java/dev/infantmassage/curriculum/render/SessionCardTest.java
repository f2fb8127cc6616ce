package dev.infantmassage.curriculum.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.Circumstance;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SessionCardTest {
    private static final Curriculum REFERENCE = ReferenceCurricula.fiveWeekProgram();
    private static final Instant MORNING = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void sessionCard_injectionSiteOnTheThigh_showsTodaysStrokesAndWhatIsLeftOut() {
        InfantProfile baby = InfantProfile.builder()
                .ageWeeks(10)
                .addCircumstance(Circumstance.builder()
                        .contraindication("immunisation-site")
                        .since(MORNING.minus(Duration.ofDays(3)))
                        .addSite("left-thigh")
                        .build())
                .build();
        SessionPlan plan = SessionPlanner.of(REFERENCE).plan(PlanRequest.of(3, baby, MORNING));

        Document page = Jsoup.parse(HandoutRenderer.of(REFERENCE).sessionCard(plan, "en", ZoneOffset.UTC));

        assertThat(plan.isMassageNow()).isTrue();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Today's session: week 3");
        assertThat(page.selectFirst("#decision").text()).isEqualTo("You can massage now.");
        assertThat(page.select("#today ~ .strokes article.stroke h3").eachText())
                .containsExactlyElementsOf(plan.getStrokes().stream()
                        .map(s -> s.getName().get("en").orElseThrow())
                        .toList());
        assertThat(page.select("#today ~ .strokes svg.bodymap"))
                .hasSize(plan.getStrokes().size());
        assertThat(plan.getSkipped()).isNotEmpty();
        assertThat(page.select("#skipped ~ ul.skipped > li > ul > li").eachText())
                .containsExactlyInAnyOrderElementsOf(plan.getSkipped().stream()
                        .map(s -> REFERENCE
                                .stroke(s.getStroke())
                                .orElseThrow()
                                .getName()
                                .get("en")
                                .orElseThrow())
                        .toList());
        assertThat(page.select("#skipped ~ ul.skipped > li > p").eachText())
                .allMatch(text ->
                        plan.skippedGroups().stream().anyMatch(group -> text.startsWith(group.getExplanation())));
    }

    @Test
    void sessionCard_fever_saysNotNowAndToAskAProfessionalWhenInDoubt() {
        InfantProfile baby = InfantProfile.builder()
                .ageWeeks(10)
                .addCircumstance(Circumstance.of("fever"))
                .build();
        SessionPlan plan = SessionPlanner.of(REFERENCE)
                .plan(PlanRequest.builder()
                        .week(2)
                        .profile(baby)
                        .at(MORNING)
                        .language("es")
                        .build());

        Document page = Jsoup.parse(HandoutRenderer.of(REFERENCE).sessionCard(plan, "es", ZoneOffset.UTC));

        assertThat(plan.isMassageNow()).isFalse();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("#decision").text()).isEqualTo("Ahora no: no dé masaje en este momento.");
        assertThat(page.selectFirst(".safety .ask").text()).contains("consulte a un profesional de la salud");
        assertThat(page.select("article.stroke")).isEmpty();
    }
}
