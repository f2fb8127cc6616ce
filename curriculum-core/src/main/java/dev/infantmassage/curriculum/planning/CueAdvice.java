package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What to do about the cues seen together during a session, and why.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CueAdvice {
    /** {@return the recommended response} */
    public abstract CueResponse getResponse();

    /** {@return the cues that decided the response, in the order they were given} */
    public abstract List<CueSignal> getDrivingCues();

    /**
     * {@return cue identifiers the curriculum's catalogue does not have; any of them makes the advice stop now and
     * get help}
     */
    public abstract List<String> getUnknownCues();

    /**
     * {@return the catalogue identifiers each unknown cue identifier resembles ("did you mean"), for those that
     * resemble any}
     */
    public abstract Map<String, List<String>> getSuggestions();

    /** {@return a few sentences for the parent: what to do and which cues led to it} */
    public abstract String getExplanation();

    /** {@return the identifiers of {@link #getDrivingCues()}} */
    public List<String> drivingCueIds() {
        return getDrivingCues().stream().map(CueSignal::getId).toList();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CueAdvice}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableCueAdvice.Builder {}
}
