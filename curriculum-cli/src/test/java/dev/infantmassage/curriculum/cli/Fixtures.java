package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Curriculum files for the CLI tests: the reference curriculum (valid, with one warning) and copies
 * broken in one way each.
 */
final class Fixtures {
    static final String VALID = new String(ReferenceCurricula.fiveWeekProgramJson(), StandardCharsets.UTF_8);
    /** The warning the reference curriculum has: a partial Spanish translation. */
    static final String REFERENCE_WARNING = "text.translation.missing";

    private Fixtures() {}

    /** A missing comma after the identifier: {@code json.syntax}. */
    static String syntaxError() {
        return replaceOnce(VALID, "\"id\": \"iaim-five-week\",", "\"id\": \"iaim-five-week\"");
    }

    /** An extra top-level property: {@code json.unknown-property} at {@code /colour}. */
    static String unknownProperty() {
        return replaceOnce(VALID, "\"id\": \"iaim-five-week\",", "\"id\": \"iaim-five-week\",\n  \"colour\": \"blue\",");
    }

    /** Week 1 practises a cue the catalogue lacks: {@code reference.unresolved} at {@code /schedule/weeks/0/cues/0}. */
    static String danglingReference() {
        int schedule = VALID.indexOf("\"schedule\": {");
        return VALID.substring(0, schedule) + replaceOnce(VALID.substring(schedule), "\"smiling\",", "\"smilling\",");
    }

    /** Valid, but indented by four spaces instead of two: {@code format} would change it. */
    static String unformatted() {
        return VALID.replace("\n", "\n  ");
    }

    static Path write(Path directory, String name, String content) {
        try {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalStateException("The reference curriculum no longer contains " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }
}
