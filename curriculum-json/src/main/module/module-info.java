/**
 * Reading and writing curriculum files, the JSON Schema, the built-in reference curriculum, and the
 * Jackson 3 module.
 *
 * <p>{@code CurriculumModule} is a Jackson module, so Jackson's databind is read by every module that
 * reads this one; the model comes with it.
 */
module dev.infantmassage.curriculum.json {
    requires transitive dev.infantmassage.curriculum.core;
    requires transitive tools.jackson.databind;

    exports dev.infantmassage.curriculum.json;
    // The Jackson 2 module writes through the format itself.
    exports dev.infantmassage.curriculum.json.internal to dev.infantmassage.curriculum.jackson2;

    provides tools.jackson.databind.JacksonModule with dev.infantmassage.curriculum.json.CurriculumModule;
}
