package dev.infantmassage.curriculum;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cue the baby gives during massage, such as yawning or smiling, with what the parent should do
 * on seeing it.
 *
 * <p>The engagement and disengagement split, each subtle or potent, follows Kathryn Barnard's
 * research as packaged by NCAST.
 *
 * @since 0.1.0
 */
@Description("A cue the baby gives during massage, such as yawning or smiling, with what the parent"
        + " should do on seeing it.")
@Value.Immutable
public abstract class CueSignal implements Extensible {
    /** {@return the cue's identifier, unique among cues, for example {@code "yawning"}} */
    @Description(Description.ID + " Such as 'yawning'.")
    public abstract String getId();

    /** {@return the cue's name} */
    @Description("The cue's name.")
    public abstract LocalizedText getName();

    /** {@return whether the cue invites interaction (engagement) or asks for a break (disengagement)} */
    @Description("Whether the cue invites interaction (engagement) or asks for a break (disengagement).")
    public abstract CuePolarity getPolarity();

    /** {@return whether the cue is subtle or potent} */
    @Description("Whether the cue is subtle or potent.")
    public abstract CueIntensity getIntensity();

    /** {@return the recommended response when this cue is seen alone} */
    @Description("The recommended response when this cue is seen alone.")
    public abstract CueResponse getResponse();

    /** {@return what the parent does, in plain words} */
    @Description("What the parent does, in plain words.")
    public abstract Optional<LocalizedText> getGuidance();

    /** {@return the identifiers of the citations that support the cue} */
    @Description(Description.SOURCES)
    public abstract List<@NotBlank String> getSources();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CueSignal}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableCueSignal.Builder {}
}
