package dev.infantmassage.curriculum;

/**
 * The subject of a discussion topic, so coverage can be checked.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum TopicTag implements Coded {
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

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "welcome"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static TopicTag fromCode(String code) {
        return Coded.fromCode(TopicTag.class, code);
    }
}
