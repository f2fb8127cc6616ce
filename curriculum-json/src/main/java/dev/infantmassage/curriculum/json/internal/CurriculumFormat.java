package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.PropertyNames;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.json.internal.ModelFormat.Overrides;
import dev.infantmassage.curriculum.json.internal.ModelFormat.PropertyOverride;
import java.util.List;
import java.util.Map;

/**
 * The curriculum file format, version 1: every object type with its properties in canonical order,
 * derived from the model by {@link ModelFormat}. The reader, the writer, the JSON Schema and
 * {@code docs/format.md} all come from it. What follows are the only places where the format says
 * more than the model.
 */
public final class CurriculumFormat {
    /** The property that names a JSON Schema, allowed at the top level for editors. */
    public static final String SCHEMA_KEY = "$schema";
    /** The format's major version. */
    public static final int MAJOR_VERSION = 1;
    /** The schema's stable identifier. */
    public static final String SCHEMA_ID = "https://infantmassage.dev/schema/curriculum-1.json";

    private static final Overrides OVERRIDES = new Overrides(
            Map.of(CueSignal.class, "cue", FiveWeekSchedule.class, "schedule"),
            Map.of(
                    CueSignal.class,
                    "a cue",
                    WeekPlan.class,
                    "a week",
                    FiveWeekSchedule.class,
                    "the schedule",
                    Curriculum.class,
                    "the curriculum",
                    OilPolicy.class,
                    "the oil policy"),
            // A file states its version; a model built in code gets the one this library writes.
            Map.of(
                    "curriculum." + PropertyNames.nameOf(Curriculum::getFormatVersion),
                    new PropertyOverride(
                            ObjectType.Presence.REQUIRED, Shapes.text("^" + MAJOR_VERSION + "\\.[0-9]{1,4}$"))));

    /** Every object type, the top level first, then in the order properties reach them: the schema's definitions. */
    public static final List<ObjectType<?, ?>> TYPES = ModelFormat.derive(Curriculum.class, OVERRIDES);

    /** The top level. */
    @SuppressWarnings("unchecked")
    public static final ObjectType<Curriculum, ?> CURRICULUM = ((ObjectType<Curriculum, ?>) TYPES.get(0)).topLevel();

    private CurriculumFormat() {}

    /** The object type of a model type. */
    public static ObjectType<?, ?> of(Class<?> modelType) {
        return TYPES.stream()
                .filter(type -> type.modelType() == modelType)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(modelType.getName() + " is not part of the format"));
    }
}
