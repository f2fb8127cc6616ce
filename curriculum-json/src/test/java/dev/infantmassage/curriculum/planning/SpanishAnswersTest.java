package dev.infantmassage.curriculum.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Answers asked for in Spanish, from the built-in curriculum, hold no English sentence. */
class SpanishAnswersTest {
    private static final Curriculum PROGRAM = ReferenceCurricula.fiveWeekProgram();
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    /** Words that only English sentences have, and the raw form of an instant. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|and|until|massage|leave|ask|not now|stroke|strokes|baby|your|with|before|after|only)\\b|\\d{4}-\\d\\d-\\d\\dT",
            Pattern.CASE_INSENSITIVE);

    static Stream<InfantProfile> profiles() {
        List<InfantProfile> profiles = new ArrayList<>();
        for (Contraindication contraindication : PROGRAM.getContraindications()) {
            Circumstance plain = Circumstance.of(contraindication.getId(), AT.minus(Duration.ofMinutes(5)));
            Circumstance placed =
                    Circumstance.builder().from(plain).addSite("left-thigh").build();
            profiles.add(
                    InfantProfile.builder().ageWeeks(10).addCircumstance(plain).build());
            profiles.add(
                    InfantProfile.builder().ageWeeks(10).addCircumstance(placed).build());
        }
        profiles.add(InfantProfile.builder().ageWeeks(1).build());
        profiles.add(InfantProfile.builder().ageWeeks(2).gestationalWeeks(30).build());
        profiles.add(InfantProfile.builder()
                .ageWeeks(20)
                .gestationalWeeks(32)
                .addClearance("premature")
                .build());
        profiles.add(InfantProfile.builder().ageWeeks(0).build());
        profiles.add(InfantProfile.builder()
                .ageWeeks(10)
                .addCircumstance(Circumstance.of("teething"))
                .build());
        profiles.add(InfantProfile.builder()
                .ageWeeks(10)
                .addCircumstance(Circumstance.builder()
                        .contraindication("skin-condition")
                        .addSite("elbow-pit")
                        .build())
                .build());
        profiles.add(InfantProfile.builder()
                .ageWeeks(10)
                .addCircumstance(Circumstance.of("skin-condition"))
                .addClearance("skin-condition")
                .addClearance("jaundice")
                .addCircumstance(Circumstance.of("jaundice"))
                .build());
        return profiles.stream();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void plan_inSpanish_hasNoEnglishSentence(InfantProfile profile) {
        SessionPlan plan = SessionPlanner.of(PROGRAM)
                .plan(PlanRequest.builder()
                        .week(5)
                        .profile(profile)
                        .at(AT)
                        .zone(ZoneId.of("Europe/Madrid"))
                        .language("es")
                        .build());

        List<String> sentences = new ArrayList<>();
        plan.getRestrictions().forEach(restriction -> sentences.add(restriction.getExplanation()));
        plan.getSkipped().forEach(skipped -> sentences.add(skipped.getExplanation()));
        plan.getAskProfessional().forEach(ask -> sentences.add(ask.getReason()));
        sentences.addAll(plan.getNotes());
        assertThat(sentences).allSatisfy(sentence -> assertThat(sentence).doesNotContainPattern(ENGLISH));
    }

    @Test
    void cueAdvice_inSpanish_hasNoEnglishSentence() {
        CueGuide guide = CueGuide.of(PROGRAM, "es");
        List<List<String>> seen = new ArrayList<>();
        for (CueSignal cue : PROGRAM.getCues()) {
            seen.add(List.of(cue.getId()));
        }
        seen.add(List.of("smiling", "yawning"));
        seen.add(List.of("yawning", "hand-to-ear"));
        seen.add(List.of());
        seen.add(List.of("Yawning"));
        seen.add(List.of("sneezing-fit"));

        for (List<String> cues : seen) {
            assertThat(guide.advise(cues).getExplanation()).as("%s", cues).doesNotContainPattern(ENGLISH);
        }
    }

    @Test
    void plan_inEnglish_staysEnglish() {
        SessionPlan plan = SessionPlanner.of(PROGRAM)
                .plan(PlanRequest.builder()
                        .week(5)
                        .at(AT)
                        .profile(InfantProfile.builder()
                                .ageWeeks(10)
                                .addCircumstance(Circumstance.of("fever"))
                                .build())
                        .build());

        assertThat(plan.stops())
                .singleElement()
                .satisfies(stop -> assertThat(stop.getExplanation()).contains("no massage"));
    }
}
