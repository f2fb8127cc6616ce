package dev.infantmassage.curriculum.json;

import dev.infantmassage.curriculum.Curriculum;

/**
 * What an app whose class path holds an old {@code jackson-annotations} (or none) sees: run by
 * {@link OldJacksonAnnotationsIT} in its own JVM, one line per step.
 */
final class OldAnnotationsApp {
    private OldAnnotationsApp() {}

    public static void main(String[] args) {
        try {
            new CurriculumModule();
            System.out.println("module: made");
        } catch (RuntimeException | LinkageError e) {
            System.out.println("module: " + e.getClass().getName() + ": " + e.getMessage());
        }
        CurriculumJson json = CurriculumJson.create();
        ReadResult read = json.read(ReferenceCurricula.fiveWeekProgramJson(), "five-week-program.curriculum.json");
        System.out.println("facade read: " + (read.hasErrors() ? "errors" : "no errors"));
        Curriculum again =
                json.readString(json.writeString(read.orElseThrow()), "written").orElseThrow();
        System.out.println("facade round trip: " + (again.equals(read.orElseThrow()) ? "equal" : "different"));
    }
}
