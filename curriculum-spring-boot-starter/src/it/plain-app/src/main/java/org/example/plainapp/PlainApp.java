package org.example.plainapp;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.validation.ValidationReport;

/** Reads an author's document and says how many errors it has. */
public final class PlainApp {
    private PlainApp() {}

    public static ValidationReport check(String document) {
        return CurriculumJson.create().readString(document, "upload.json").report();
    }

    public static Curriculum builtIn() {
        return ReferenceCurricula.fiveWeekProgram();
    }
}
