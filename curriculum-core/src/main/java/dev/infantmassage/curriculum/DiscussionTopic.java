package dev.infantmassage.curriculum;

import org.immutables.value.Value;

/**
 * A subject the class talks about, tagged so the validator can check the five weeks cover the essentials.
 *
 * @since 0.1.0
 */
@Description("A subject the class talks about, tagged so the five weeks can be checked for the essentials.")
@Value.Immutable
public abstract class DiscussionTopic implements Extensible {
    /** {@return what the topic is about} */
    @Description("What the topic is about.")
    public abstract TopicTag getTag();

    /** {@return the topic's title} */
    @Description("The topic's title.")
    public abstract LocalizedText getTitle();

    /**
     * {@return a topic with the given tag and title}
     *
     * @param tag what the topic is about
     * @param title the topic's title
     */
    public static DiscussionTopic of(TopicTag tag, LocalizedText title) {
        return builder().tag(tag).title(title).build();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link DiscussionTopic}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableDiscussionTopic.Builder {}
}
