package dev.infantmassage.curriculum.json;

import dev.infantmassage.curriculum.BenefitTag;
import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.Confidence;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.TopicTag;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Curricula for the JSON tests: a small valid one, and one that sets every property of every type. */
final class Fixtures {
    private Fixtures() {}

    static LocalizedText en(String text) {
        return SampleCurricula.en(text);
    }

    /** Core's small curriculum that passes every rule. */
    static Curriculum minimal() {
        return SampleCurricula.minimal();
    }

    static ObjectNode extension(String note) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("note", note);
        node.putArray("tags").add("a").add(2).add(true);
        return node;
    }

    /** The small curriculum with every optional property set, a second language and extensions everywhere. */
    static Curriculum full() {
        Curriculum minimal = minimal();
        LocalizedText bilingual = LocalizedText.of(Map.of("en", "Hello")).with("es", "Hola");
        Stroke first = Stroke.builder()
                .from(minimal.getStrokes().get(1))
                .repetitions(6)
                .addBenefit(BenefitTag.RELAXATION)
                .addBenefit(BenefitTag.CIRCULATION)
                .minAgeWeeks(2)
                .maxAgeWeeks(52)
                .oil(OilGuidance.NONE)
                .confidence(Confidence.PARTIAL)
                .addAdvisory(en("Some guilds advise against it."))
                .putExtension("x-video", JsonNodeFactory.instance.stringNode("https://example.org/v.mp4"))
                .build();
        List<Stroke> strokes = new java.util.ArrayList<>(minimal.getStrokes());
        strokes.set(1, first);
        Routine colic = Routine.builder()
                .from(minimal.getRoutines().get(0))
                .description(bilingual)
                .steps(List.of(
                        RoutineStep.builder()
                                .stroke("resting-hands")
                                .note(en("Breathe."))
                                .putExtension("x-beat", extension("slow"))
                                .build(),
                        RoutineStep.of("stomach-sun-moon", 6)))
                .addSource("handbook")
                .putExtension("x-order", JsonNodeFactory.instance.numberNode(3))
                .build();
        Contraindication site = Contraindication.builder()
                .id("immunisation-site")
                .condition(en("Injection site"))
                .scope(ContraindicationScope.AVOID_LOCAL_REGION)
                .addRegion(BodyRegion.LEGS_AND_FEET)
                .addRegion(BodyRegion.ARMS_AND_HANDS)
                .site(en("the injection site"))
                .askProfessional(true)
                .waitingPeriod(WaitingPeriod.builder()
                        .from(WaitingPeriod.of(TimeUnit.DAYS, 1, 2, 3))
                        .putExtension("x-why", JsonNodeFactory.instance.stringNode("sources disagree"))
                        .build())
                .guidance(en("Leave the site out."))
                .addSource("handbook")
                .putExtension("x-reviewed", JsonNodeFactory.instance.booleanNode(true))
                .build();
        WeekPlan week1 = WeekPlan.builder()
                .from(minimal.getSchedule().getWeeks().get(0))
                .addTopic(DiscussionTopic.builder()
                        .from(DiscussionTopic.of(TopicTag.OIL, en("Oil")))
                        .putExtension("x-slides", JsonNodeFactory.instance.numberNode(4))
                        .build())
                .homePractice(HomePractice.builder()
                        .minutesPerDay(15)
                        .note(en("Legs only."))
                        .putExtension("x-sheet", extension("p1"))
                        .build())
                .putExtension("x-room", JsonNodeFactory.instance.stringNode("B"))
                .build();
        List<WeekPlan> weeks = new java.util.ArrayList<>(minimal.getSchedule().getWeeks());
        weeks.set(0, week1);
        return Curriculum.builder()
                .from(minimal)
                .formatVersion("1.0")
                .description(bilingual)
                .addLanguage("es")
                .addAuthor("Second Author")
                .sources(List.of(Citation.builder()
                        .from(minimal.getSources().get(0))
                        .url("https://example.org/handbook")
                        .note("The standard text.")
                        .putExtension("x-isbn", JsonNodeFactory.instance.stringNode("978-0553382358"))
                        .build()))
                .strokes(strokes)
                .techniques(List.of(Technique.builder()
                        .from(minimal.getTechniques().get(0))
                        .addSource("handbook")
                        .putExtension("x-note", JsonNodeFactory.instance.nullNode())
                        .build()))
                .routines(List.of(colic, minimal.getRoutines().get(1)))
                .cues(List.of(
                        CueSignal.builder()
                                .from(minimal.getCues().get(0))
                                .guidance(en("Carry on."))
                                .addSource("handbook")
                                .putExtension("x-photo", extension("smile"))
                                .build(),
                        minimal.getCues().get(1)))
                .contraindications(List.of(
                        minimal.getContraindications().get(0),
                        minimal.getContraindications().get(1),
                        site))
                .schedule(FiveWeekSchedule.builder()
                        .weeks(weeks)
                        .putExtension("x-term", JsonNodeFactory.instance.stringNode("spring"))
                        .build())
                .putExtension(
                        "$schema",
                        JsonNodeFactory.instance.stringNode("https://infantmassage.dev/schema/curriculum-1.json"))
                .putExtension("x-generator", extension("fixtures"))
                .build();
    }
}
