package dev.infantmassage.curriculum;

import java.util.List;
import org.immutables.value.Value;

/**
 * An oil for massage, with the properties the IAIM tradition asks of it: unscented, edible (safe if the
 * baby gets it in the mouth), cold-pressed and free of nuts, and tried on a small patch of skin first.
 *
 * @since 0.1.0
 */
@Description("An oil for massage, with the properties the IAIM tradition asks of it.")
@Value.Immutable
public abstract class Oil implements Extensible {
    /** {@return the oil's identifier, unique in its policy, for example {@code "sunflower"}} */
    @Description("The oil's identifier, unique in its policy, such as 'sunflower'.")
    public abstract String getId();

    /** {@return the oil's name, for example "Cold-pressed sunflower oil"} */
    @Description("The oil's name.")
    public abstract LocalizedText getName();

    /** {@return whether the oil has no added scent, so the baby can still smell the parent} */
    @Description("Whether the oil has no added scent, so the baby can still smell the parent.")
    public abstract boolean isUnscented();

    /** {@return whether the oil is safe to swallow: an oil one would eat on a salad} */
    @Description("Whether the oil is safe to swallow: an oil one would eat on a salad.")
    public abstract boolean isEdible();

    /** {@return whether the oil is cold-pressed} */
    @Description("Whether the oil is cold-pressed.")
    public abstract boolean isColdPressed();

    /** {@return whether the oil is free of nuts, which may sensitise a baby through the skin} */
    @Description("Whether the oil is free of nuts, which may sensitise a baby through the skin.")
    public abstract boolean isNutFree();

    /** {@return whether the oil must be tried on a small patch of the baby's skin before the first massage} */
    @Description("Whether the oil must be tried on a small patch of the baby's skin first; true for every oil.")
    public abstract boolean isPatchTestRequired();

    /** {@return why the oil suits, or what to watch for} */
    @Description("Why the oil suits, or what to watch for.")
    public abstract List<LocalizedText> getNotes();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Oil}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableOil.Builder {}
}
