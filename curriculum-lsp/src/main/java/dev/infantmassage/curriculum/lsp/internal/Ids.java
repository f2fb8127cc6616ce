package dev.infantmassage.curriculum.lsp.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where each catalogue's ids are defined and where other entries refer to them. */
public enum Ids {
    STROKE(
            "strokes",
            Set.of("schedule/weeks/*/newStrokes/*", "schedule/weeks/*/reviewStrokes/*", "routines/*/steps/*/stroke")),
    ROUTINE("routines", Set.of("schedule/weeks/*/newRoutines/*", "schedule/weeks/*/reviewRoutines/*")),
    TECHNIQUE("techniques", Set.of("schedule/weeks/*/techniques/*")),
    CUE("cues", Set.of("schedule/weeks/*/cues/*")),
    CONTRAINDICATION("contraindications", Set.of("contraindications/*/implies/*")),
    SOURCE(
            "sources",
            Set.of(
                    "strokes/*/sources/*",
                    "techniques/*/sources/*",
                    "routines/*/sources/*",
                    "cues/*/sources/*",
                    "contraindications/*/sources/*"));

    private final String catalogue;
    private final Set<String> references;

    Ids(String catalogue, Set<String> references) {
        this.catalogue = catalogue;
        this.references = references;
    }

    /** The top-level property that holds this catalogue, such as {@code strokes}. */
    public String catalogue() {
        return catalogue;
    }

    /** Whether {@code token} is an entry's own id in this catalogue. */
    public boolean defines(JsonOutline.Token token) {
        return !token.key() && token.pattern().equals(catalogue + "/*/id");
    }

    /** Whether {@code token} refers to an entry of this catalogue. */
    public boolean refersTo(JsonOutline.Token token) {
        return !token.key() && references.contains(token.pattern());
    }

    /** Whether a value due at {@code path} refers to this catalogue. */
    public boolean expectedAt(List<String> path) {
        return references.contains(new JsonOutline.Token(0, 0, "", false, path).pattern());
    }

    /** The catalogue that {@code token} defines or refers to. */
    public static Optional<Ids> of(JsonOutline.Token token) {
        for (Ids ids : values()) {
            if (ids.defines(token) || ids.refersTo(token)) {
                return Optional.of(ids);
            }
        }
        return Optional.empty();
    }

    /** The catalogue a value due at {@code path} refers to. */
    public static Optional<Ids> expected(List<String> path) {
        for (Ids ids : values()) {
            if (ids.expectedAt(path)) {
                return Optional.of(ids);
            }
        }
        return Optional.empty();
    }

    /** Every id this catalogue defines in {@code outline}, in file order. */
    public List<JsonOutline.Token> definitions(JsonOutline outline) {
        return outline.tokens().stream().filter(this::defines).toList();
    }

    /** Every definition of and reference to {@code id}, in file order. */
    public List<JsonOutline.Token> occurrences(JsonOutline outline, String id) {
        return outline.tokens().stream()
                .filter(token -> token.value().equals(id) && (defines(token) || refersTo(token)))
                .toList();
    }
}
