package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.CurriculumJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Curriculum files for the CLI tests: a small valid curriculum without issues, in the writer's
 * canonical form (so the tests do not depend on the reference curriculum's content), and copies
 * changed in one way each.
 */
final class Fixtures {
    /** A small curriculum with no issues at all, canonically formatted. */
    static final String VALID = canonical("/sample.curriculum.json");

    private Fixtures() {}

    /** A missing comma after the identifier: {@code json.syntax}. */
    static String syntaxError() {
        return replaceOnce(VALID, "\"id\": \"sample\",", "\"id\": \"sample\"");
    }

    /** An extra top-level property: {@code json.unknown-property} at {@code /colour}. */
    static String unknownProperty() {
        return replaceOnce(VALID, "\"id\": \"sample\",", "\"id\": \"sample\",\n  \"colour\": \"blue\",");
    }

    /** Week 1 also practises a cue the catalogue lacks: {@code reference.unresolved} at {@code /schedule/weeks/0/cues/1}. */
    static String danglingReference() {
        return danglingReferenceIn(VALID);
    }

    /** {@code content} with week 1 also practising a cue the catalogue lacks. */
    static String danglingReferenceIn(String content) {
        int schedule = content.indexOf("\"schedule\": {");
        return content.substring(0, schedule)
                + replaceOnce(content.substring(schedule), "\"smiling\",", "\"smiling\",\n          \"smilling\",");
    }

    /** Exactly one warning: a 30-minute session, {@code week.session-length.unusual}. */
    static String oneWarning() {
        return replaceOnce(VALID, "\"sessionMinutes\": 60,", "\"sessionMinutes\": 30,");
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

    private static String canonical(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            CurriculumJson json = CurriculumJson.create();
            return json.writeString(json.read(in.readAllBytes(), resource).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalStateException("The fixture no longer contains " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }
}
