/**
 * The curriculum format for apps on Jackson 2: {@code CurriculumJackson2Module}, which is a Jackson 2
 * module, so Jackson 2's databind is read by every module that reads this one.
 */
module dev.infantmassage.curriculum.jackson2 {
    requires transitive dev.infantmassage.curriculum.json;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.infantmassage.curriculum.jackson2;

    provides com.fasterxml.jackson.databind.Module with dev.infantmassage.curriculum.jackson2.CurriculumJackson2Module;
}
