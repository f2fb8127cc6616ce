package dev.infantmassage.curriculum;

import org.immutables.value.Value;

/** A subject the class talks about, tagged so the validator can check the five weeks cover the essentials. */
@Description("A subject the class talks about, tagged so the five weeks can be checked for the essentials.")
@Value.Immutable
public abstract class DiscussionTopic implements Extensible {
    @Description("What the topic is about.")
    public abstract TopicTag getTag();

    @Description("The topic's title.")
    public abstract LocalizedText getTitle();

    public static DiscussionTopic of(TopicTag tag, LocalizedText title) {
        return builder().tag(tag).title(title).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DiscussionTopic}. */
    public static final class Builder extends ImmutableDiscussionTopic.Builder {}
}
