package dev.infantmassage.curriculum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something parents learn that is not a stroke: the permission ritual, touch relaxation, a
 * containment hold.
 *
 * @since 0.1.0
 */
@Description("Something parents learn that is not a stroke: the permission ritual, touch relaxation, a"
        + " containment hold.")
@Value.Immutable
public abstract class Technique implements Extensible {
    /** {@return the technique's identifier, unique among techniques, for example {@code "permission-ritual"}} */
    @Description(Description.ID)
    public abstract String getId();

    /** {@return what kind of technique it is} */
    @Description("What kind of technique it is.")
    public abstract TechniqueKind getKind();

    /** {@return the technique's name} */
    @Description("The technique's name.")
    public abstract LocalizedText getName();

    /** {@return step-by-step instructions, in plain words for parents} */
    @NotEmpty
    @Description("Step-by-step instructions, in plain words for parents; at least one.")
    public abstract List<LocalizedText> getSteps();

    /** {@return how well the sources support the technique as described} */
    @Description("How well the sources support the technique as described.")
    public abstract Confidence getConfidence();

    /** {@return the identifiers of the citations that support the technique} */
    @Description(Description.SOURCES)
    public abstract List<@NotBlank String> getSources();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Technique}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableTechnique.Builder {}
}
