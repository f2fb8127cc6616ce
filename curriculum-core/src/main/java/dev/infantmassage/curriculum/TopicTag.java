package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * The subject of a discussion topic, so coverage can be checked.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum TopicTag {
    /** Welcome and introductions. */
    WELCOME,

    /** What massage offers baby and parent. */
    BENEFITS,

    /** Choosing oil and the patch test. */
    OIL,

    /** Cues and behavioural states. */
    CUES,

    /** Crying as communication. */
    CRYING,

    /** Colic, gas and constipation. */
    COLIC,

    /** Sleep and bedtime. */
    SLEEP,

    /** Bonding and attachment. */
    BONDING,

    /** Stress and relaxation. */
    RELAXATION,

    /** Fathers, partners and the wider family. */
    PARTNER_INVOLVEMENT,

    /** Massage through minor illness. */
    MINOR_ILLNESS,

    /** Teething and congestion. */
    TEETHING,

    /** Adapting to the growing, crawling baby and toddler. */
    GROWING_BABY,

    /** Contraindications and safety. */
    SAFETY,

    /** Keeping it going at home. */
    HOME_PRACTICE,

    /** Any other subject. */
    OTHER;

    /** {@return the stable wire code, for example {@code "welcome"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static TopicTag fromCode(String code) {
        return WireCodes.parse(TopicTag.class, "topic tag", code);
    }
}
