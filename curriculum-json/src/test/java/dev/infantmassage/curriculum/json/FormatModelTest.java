package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.Oil;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.OilWarning;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.json.internal.CurriculumFormat;
import dev.infantmassage.curriculum.json.internal.ObjectType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The format and the model agree: every accessor of every model type is a property, and back. */
class FormatModelTest {
    static Stream<Class<?>> data_modelTypes() {
        return Stream.of(
                Curriculum.class,
                Citation.class,
                Stroke.class,
                Technique.class,
                Routine.class,
                RoutineStep.class,
                CueSignal.class,
                Contraindication.class,
                WaitingPeriod.class,
                OilPolicy.class,
                Oil.class,
                OilWarning.class,
                FiveWeekSchedule.class,
                WeekPlan.class,
                DiscussionTopic.class,
                HomePractice.class);
    }

    /** A property of the model: a get/is accessor the model declares, abstract or with a default. */
    private static Stream<String> accessorNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() == 0)
                .map(Method::getName)
                .filter(name -> name.matches("(get|is)[A-Z]\\w*") && !name.equals("getExtensions"))
                .map(name -> name.substring(name.startsWith("get") ? 3 : 2))
                .map(name -> Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_modelTypes")
    void everyAccessor_isAProperty_andBack(Class<?> type) {
        ObjectType<?, ?> format = CurriculumFormat.of(type);

        assertThat(format.properties())
                .extracting(ObjectType.Property::name)
                .containsExactlyInAnyOrderElementsOf(accessorNames(type).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_modelTypes")
    void everyProperty_hasADescription(Class<?> type) {
        assertThat(CurriculumFormat.of(type).properties())
                .allSatisfy(property -> assertThat(property.description())
                        .as(property.name())
                        .isNotBlank()
                        .endsWith("."));
    }

    @Test
    void everyObjectOfTheFormat_isAModelType() {
        assertThat(CurriculumFormat.TYPES.stream().<Class<?>>map(ObjectType::modelType))
                .containsExactlyElementsOf(data_modelTypes().toList())
                .allMatch(Extensible.class::isAssignableFrom);
    }

    @Test
    void stroke_propertiesKeepTheModelsOrderAndPresence() {
        ObjectType<?, ?> stroke = CurriculumFormat.of(Stroke.class);

        assertThat(stroke.properties())
                .extracting(ObjectType.Property::name)
                .startsWith(
                        "id",
                        "name",
                        "region",
                        "contactRegions",
                        "role",
                        "direction",
                        "pattern",
                        "steps",
                        "repetitions");
        assertThat(stroke.properties())
                .filteredOn(property -> property.name().equals("repetitions"))
                .singleElement()
                .satisfies(property -> {
                    assertThat(property.presence()).isEqualTo(ObjectType.Presence.DEFAULTED);
                    assertThat(property.defaultValue()).contains(1);
                });
        assertThat(stroke.properties())
                .filteredOn(property -> property.name().equals("contactRegions"))
                .singleElement()
                .extracting(ObjectType.Property::presence)
                .isEqualTo(ObjectType.Presence.LIST);
    }
}
