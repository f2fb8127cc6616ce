package dev.infantmassage.curriculum.internal;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.WeekPlan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The text walker visits every text-valued property of the model, each once, in document order. */
class TextWalkerTest {
    /** Each text-valued model property, and where {@link #everyTextPlace()} puts a text there. */
    private static final Map<String, String> PLACES = new LinkedHashMap<>();

    static {
        PLACES.put("Curriculum.title", "/title");
        PLACES.put("Curriculum.description", "/description");
        PLACES.put("Stroke.name", "/strokes/0/name");
        PLACES.put("Stroke.steps", "/strokes/0/steps/0");
        PLACES.put("Stroke.advisories", "/strokes/0/advisories/0");
        PLACES.put("Technique.name", "/techniques/0/name");
        PLACES.put("Technique.steps", "/techniques/0/steps/0");
        PLACES.put("Routine.name", "/routines/0/name");
        PLACES.put("Routine.description", "/routines/0/description");
        PLACES.put("RoutineStep.note", "/routines/0/steps/0/note");
        PLACES.put("CueSignal.name", "/cues/0/name");
        PLACES.put("CueSignal.guidance", "/cues/0/guidance");
        PLACES.put("Contraindication.condition", "/contraindications/0/condition");
        PLACES.put("Contraindication.site", "/contraindications/0/site");
        PLACES.put("Contraindication.guidance", "/contraindications/0/guidance");
        PLACES.put("Oil.name", "/oilPolicy/defaultOil/name");
        PLACES.put("Oil.notes", "/oilPolicy/defaultOil/notes/0");
        PLACES.put("OilWarning.name", "/oilPolicy/avoid/0/name");
        PLACES.put("OilWarning.reason", "/oilPolicy/avoid/0/reason");
        PLACES.put("OilPolicy.patchTest", "/oilPolicy/patchTest/0");
        PLACES.put("OilPolicy.advisories", "/oilPolicy/advisories/0");
        PLACES.put("WeekPlan.title", "/schedule/weeks/0/title");
        PLACES.put("DiscussionTopic.title", "/schedule/weeks/0/topics/0/title");
        PLACES.put("HomePractice.note", "/schedule/weeks/0/homePractice/note");
    }

    /** The sample with a text at every optional place too. */
    private static Curriculum everyTextPlace() {
        Curriculum sample = SampleCurricula.minimal();
        List<Stroke> strokes = new ArrayList<>(sample.getStrokes());
        strokes.set(
                0,
                Stroke.builder()
                        .from(strokes.get(0))
                        .addAdvisory(en("An advisory."))
                        .build());
        List<Routine> routines = new ArrayList<>(sample.getRoutines());
        Routine colic = routines.get(0);
        List<RoutineStep> steps = new ArrayList<>(colic.getSteps());
        steps.set(
                0, RoutineStep.builder().from(steps.get(0)).note(en("Slowly.")).build());
        routines.set(
                0,
                Routine.builder()
                        .from(colic)
                        .description(en("For wind."))
                        .steps(steps)
                        .build());
        List<CueSignal> cues = new ArrayList<>(sample.getCues());
        cues.set(
                0,
                CueSignal.builder().from(cues.get(0)).guidance(en("Carry on.")).build());
        List<Contraindication> contraindications = new ArrayList<>(sample.getContraindications());
        contraindications.set(
                0,
                Contraindication.builder()
                        .from(contraindications.get(0))
                        .site(en("The site."))
                        .build());
        List<WeekPlan> weeks = new ArrayList<>(sample.getSchedule().getWeeks());
        weeks.set(
                0,
                WeekPlan.builder()
                        .from(weeks.get(0))
                        .homePractice(HomePractice.builder()
                                .minutesPerDay(15)
                                .note(en("Every day."))
                                .build())
                        .build());
        return Curriculum.builder()
                .from(sample)
                .description(en("A description."))
                .strokes(strokes)
                .routines(routines)
                .cues(cues)
                .contraindications(contraindications)
                .oilPolicy(SampleCurricula.oilPolicy())
                .schedule(FiveWeekSchedule.of(weeks))
                .build();
    }

    private static List<String> visited(Curriculum curriculum) {
        List<String> pointers = new ArrayList<>();
        TextWalker.walk(curriculum, (text, at) -> pointers.add(at.toPointer()));
        return pointers;
    }

    @Test
    void walk_textAtEveryPlace_isVisited() {
        assertThat(visited(everyTextPlace())).containsAll(PLACES.values());
    }

    @Test
    void walk_visitsEachTextOnce() {
        List<String> pointers = visited(everyTextPlace());

        assertThat(pointers).doesNotHaveDuplicates();
    }

    @Test
    void walk_passesTheTextFoundAtTheLocation() {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        TextWalker.walk(everyTextPlace(), (text, at) -> texts.put(at.toPointer(), text));

        assertThat(texts.get("/routines/0/steps/0/note")).isEqualTo(en("Slowly."));
        assertThat(texts.get("/schedule/weeks/0/homePractice/note")).isEqualTo(en("Every day."));
        assertThat(texts.get("/contraindications/0/site")).isEqualTo(en("The site."));
        assertThat(texts.get("/oilPolicy/alternatives/0/name")).isEqualTo(en("safflower"));
        assertThat(texts.get("/oilPolicy/patchTest/0")).isEqualTo(en("Try a little on the wrist first."));
    }

    /** A new text property on any model type fails here until it is added to {@link #PLACES} and the walker. */
    @Test
    void modelTextProperties_areExactlyThePlacesTested() {
        assertThat(new TreeSet<>(textProperties())).isEqualTo(new TreeSet<>(PLACES.keySet()));
    }

    private static Set<String> textProperties() {
        Set<String> properties = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(Curriculum.class));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String property = propertyName(method);
                if (property == null) {
                    continue;
                }
                for (Class<?> mentioned : mentionedTypes(method.getGenericReturnType())) {
                    if (mentioned == LocalizedText.class) {
                        properties.add(type.getSimpleName() + "." + property);
                    } else if (isModelType(mentioned)) {
                        pending.push(mentioned);
                    }
                }
            }
        }
        return properties;
    }

    private static String propertyName(Method method) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        String name = method.getName();
        String prefix = name.startsWith("get") ? "get" : name.startsWith("is") ? "is" : null;
        if (prefix == null || name.equals("getClass") || name.length() == prefix.length()) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
    }

    private static boolean isModelType(Class<?> type) {
        return type.getPackageName().equals(Curriculum.class.getPackageName())
                && !type.isEnum()
                && type != LocalizedText.class;
    }

    private static List<Class<?>> mentionedTypes(Type type) {
        List<Class<?>> types = new ArrayList<>();
        if (type instanceof Class<?> plain) {
            types.add(plain);
        } else if (type instanceof ParameterizedType parameterized) {
            types.addAll(mentionedTypes(parameterized.getRawType()));
            for (Type argument : parameterized.getActualTypeArguments()) {
                types.addAll(mentionedTypes(argument));
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                types.addAll(mentionedTypes(bound));
            }
        }
        return types;
    }
}
