package dev.infantmassage.curriculum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something parents learn that is not a stroke: the permission ritual, touch relaxation, a
 * containment hold.
 */
@Value.Immutable
public abstract class Technique implements Extensible {
    /** The technique's identifier, unique among techniques, for example {@code "permission-ritual"}. */
    public abstract String getId();

    public abstract TechniqueKind getKind();

    public abstract LocalizedText getName();

    /** Step-by-step instructions, in plain words for parents. */
    @NotEmpty
    public abstract List<LocalizedText> getSteps();

    public abstract Confidence getConfidence();

    /** The identifiers of the citations that support the technique. */
    public abstract List<@NotBlank String> getSources();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Technique}. */
    public static final class Builder extends ImmutableTechnique.Builder {}
}
