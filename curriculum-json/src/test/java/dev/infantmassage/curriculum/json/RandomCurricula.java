package dev.infantmassage.curriculum.json;

import dev.infantmassage.curriculum.BenefitTag;
import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.Confidence;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.MotionPattern;
import dev.infantmassage.curriculum.Oil;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.OilWarning;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineKind;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeFigure;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.TechniqueKind;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.TopicTag;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Random curricula from a seed, for property-based tests: any shape the model allows, every optional
 * property sometimes present, awkward texts (quotes, escapes, control characters, non-BMP characters)
 * and extension trees of every JSON type. Not meant to pass the curriculum rules.
 */
final class RandomCurricula {
    private static final String[] PIECES = {
        "a", "Z", " ", "é", "ß", "日本", "😀", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "\u2028", "~", "x-", "{",
        "]", ",", ":", "null", "0", "-1"
    };
    private static final String[] LANGUAGES = {"en", "es", "sv-SE", "pt-BR", "fr", "x-klingon", ""};

    private final Random random;

    private RandomCurricula(long seed) {
        this.random = new Random(seed);
    }

    static Curriculum generate(long seed) {
        return new RandomCurricula(seed).curriculum();
    }

    private Curriculum curriculum() {
        Curriculum.Builder builder = Curriculum.builder()
                .formatVersion("1." + random.nextInt(20))
                .id(text())
                .title(localized())
                .defaultLanguage(pick(LANGUAGES))
                .languages(list(() -> pick(LANGUAGES), 3))
                .authors(list(this::text, 3))
                .license(text())
                .sources(list(this::citation, 3))
                .strokes(list(this::stroke, 5))
                .techniques(list(this::technique, 3))
                .routines(list(this::routine, 3))
                .cues(list(this::cue, 3))
                .contraindications(list(this::contraindication, 3))
                .schedule(FiveWeekSchedule.builder()
                        .weeks(list(this::week, 6))
                        .putAllExtensions(extensions())
                        .build());
        maybe(() -> builder.description(localized()));
        maybe(() -> builder.oilPolicy(oilPolicy()));
        if (random.nextInt(3) == 0) {
            builder.putExtension("$schema", StringNode.valueOf("https://infantmassage.dev/schema/curriculum-1.json"));
        }
        return builder.putAllExtensions(extensions()).build();
    }

    private Citation citation() {
        Citation.Builder builder = Citation.builder().id(text()).title(text());
        maybe(() -> builder.url("https://example.org/" + random.nextInt(1000)));
        maybe(() -> builder.note(text()));
        return builder.putAllExtensions(extensions()).build();
    }

    private Stroke stroke() {
        Stroke.Builder builder = Stroke.builder()
                .id(text())
                .name(localized())
                .region(pick(BodyRegion.values()))
                .direction(pick(Direction.values()))
                .steps(list(this::localized, 3))
                .durationSeconds(number())
                .benefits(list(() -> pick(BenefitTag.values()), 4))
                .confidence(pick(Confidence.values()))
                .advisories(list(this::localized, 2))
                .sources(list(this::text, 2));
        maybe(() -> builder.role(pick(StrokeRole.values())));
        maybe(() -> builder.pattern(pick(MotionPattern.values())));
        maybe(() -> builder.repetitions(number()));
        maybe(() -> builder.minAgeWeeks(number()));
        maybe(() -> builder.maxAgeWeeks(number()));
        maybe(() -> builder.oil(pick(OilGuidance.values())));
        maybe(() -> builder.sourcedFigures(list(() -> pick(StrokeFigure.values()), 2)));
        return builder.putAllExtensions(extensions()).build();
    }

    private OilPolicy oilPolicy() {
        OilPolicy.Builder builder = OilPolicy.builder()
                .defaultOil(oil())
                .alternatives(list(this::oil, 2))
                .avoid(list(
                        () -> OilWarning.builder()
                                .id(text())
                                .name(localized())
                                .reason(localized())
                                .confidence(pick(Confidence.values()))
                                .sources(list(this::text, 2))
                                .putAllExtensions(extensions())
                                .build(),
                        2))
                .patchTest(list(this::localized, 2))
                .advisories(list(this::localized, 2))
                .sources(list(this::text, 2));
        maybe(() -> builder.face(pick(OilGuidance.values())));
        return builder.putAllExtensions(extensions()).build();
    }

    private Oil oil() {
        return Oil.builder()
                .id(text())
                .name(localized())
                .unscented(random.nextBoolean())
                .edible(random.nextBoolean())
                .coldPressed(random.nextBoolean())
                .nutFree(random.nextBoolean())
                .patchTestRequired(random.nextBoolean())
                .notes(list(this::localized, 2))
                .putAllExtensions(extensions())
                .build();
    }

    private Technique technique() {
        return Technique.builder()
                .id(text())
                .kind(pick(TechniqueKind.values()))
                .name(localized())
                .steps(list(this::localized, 3))
                .confidence(pick(Confidence.values()))
                .sources(list(this::text, 2))
                .putAllExtensions(extensions())
                .build();
    }

    private Routine routine() {
        Routine.Builder builder = Routine.builder()
                .id(text())
                .kind(pick(RoutineKind.values()))
                .name(localized())
                .steps(list(this::step, 4))
                .sources(list(this::text, 2));
        maybe(() -> builder.description(localized()));
        maybe(() -> builder.cyclesPerSession(number()));
        maybe(() -> builder.sessionsPerDay(number()));
        maybe(() -> builder.days(number()));
        return builder.putAllExtensions(extensions()).build();
    }

    private RoutineStep step() {
        RoutineStep.Builder builder = RoutineStep.builder().stroke(text());
        maybe(() -> builder.repetitions(number()));
        maybe(() -> builder.note(localized()));
        return builder.putAllExtensions(extensions()).build();
    }

    private CueSignal cue() {
        CueSignal.Builder builder = CueSignal.builder()
                .id(text())
                .name(localized())
                .polarity(pick(CuePolarity.values()))
                .intensity(pick(CueIntensity.values()))
                .response(pick(CueResponse.values()))
                .sources(list(this::text, 2));
        maybe(() -> builder.guidance(localized()));
        return builder.putAllExtensions(extensions()).build();
    }

    private Contraindication contraindication() {
        Contraindication.Builder builder = Contraindication.builder()
                .id(text())
                .condition(localized())
                .scope(pick(ContraindicationScope.values()))
                .regions(list(() -> pick(BodyRegion.values()), 3))
                .guidance(localized())
                .sources(list(this::text, 2));
        maybe(() -> builder.site(localized()));
        maybe(() -> builder.askProfessional(random.nextBoolean()));
        maybe(() -> builder.confidence(pick(Confidence.values())));
        maybe(() -> builder.waitingPeriod(WaitingPeriod.builder()
                .unit(pick(TimeUnit.values()))
                .min(number())
                .defaultValue(number())
                .max(number())
                .putAllExtensions(extensions())
                .build()));
        return builder.putAllExtensions(extensions()).build();
    }

    private WeekPlan week() {
        WeekPlan.Builder builder = WeekPlan.builder()
                .number(number())
                .title(localized())
                .sessionMinutes(number())
                .newStrokes(list(this::text, 3))
                .reviewStrokes(list(this::text, 3))
                .newRoutines(list(this::text, 2))
                .reviewRoutines(list(this::text, 2))
                .techniques(list(this::text, 2))
                .topics(list(
                        () -> DiscussionTopic.builder()
                                .tag(pick(TopicTag.values()))
                                .title(localized())
                                .putAllExtensions(extensions())
                                .build(),
                        3))
                .cues(list(this::text, 2));
        maybe(() -> {
            HomePractice.Builder practice = HomePractice.builder().minutesPerDay(number());
            maybe(() -> practice.note(localized()));
            builder.homePractice(practice.putAllExtensions(extensions()).build());
        });
        return builder.putAllExtensions(extensions()).build();
    }

    private LocalizedText localized() {
        Map<String, String> texts = new LinkedHashMap<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            texts.put(random.nextBoolean() ? pick(LANGUAGES) : text(), text());
        }
        return LocalizedText.of(texts);
    }

    private Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (random.nextInt(3) == 0) {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                extensions.put(Extensible.EXTENSION_PREFIX + text(), tree(3));
            }
        }
        return extensions;
    }

    private JsonNode tree(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 8);
        return switch (kind) {
            case 0 -> NullNode.getInstance();
            case 1 -> BooleanNode.valueOf(random.nextBoolean());
            case 2 -> IntNode.valueOf(random.nextInt());
            case 3 ->
                LongNode.valueOf(
                        random.nextBoolean()
                                ? Long.MAX_VALUE - random.nextInt(1000)
                                : Long.MIN_VALUE + random.nextInt(1000));
            case 4 ->
                BigIntegerNode.valueOf(
                        BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(2 + random.nextInt(1000))));
            case 5 -> DecimalNode.valueOf(BigDecimal.valueOf(random.nextInt(), 1 + random.nextInt(6)));
            case 6, 7 -> StringNode.valueOf(text());
            case 8 -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    array.add(tree(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    object.set(text(), tree(depth - 1));
                }
                yield object;
            }
        };
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(pick(PIECES));
        }
        return text.toString();
    }

    private int number() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            default -> random.nextInt(100);
        };
    }

    private <T> List<T> list(Supplier<T> item, int max) {
        int count = random.nextInt(max + 1);
        List<T> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item.get());
        }
        return items;
    }

    private void maybe(Runnable action) {
        if (random.nextBoolean()) {
            action.run();
        }
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
