package dev.infantmassage.curriculum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source the curriculum cites; entries refer to it by {@link #getId()}.
 *
 * @since 0.1.0
 */
@Description("A work or page the curriculum cites; entries refer to it by 'id'.")
@Value.Immutable
public abstract class Citation implements Extensible {
    /** {@return the identifier entries use to cite this source, for example {@code "iaim-handouts-2013"}} */
    @Description(Description.ID)
    public abstract String getId();

    /** {@return the title of the work or page} */
    @NotBlank
    @Description("The title of the work or page.")
    public abstract String getTitle();

    /** {@return where to find it: an {@code http} or {@code https} address} */
    @Description("Where to find it: an http or https address.")
    public abstract Optional<@Pattern(regexp = "https?://\\S+") String> getUrl();

    /** {@return what the source supports, or how far to trust it} */
    @Description("What the source supports, or how far to trust it.")
    public abstract Optional<String> getNote();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Citation}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableCitation.Builder {}
}
