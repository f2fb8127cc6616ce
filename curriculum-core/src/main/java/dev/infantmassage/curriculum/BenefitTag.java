package dev.infantmassage.curriculum;

/**
 * A benefit the sources claim for a stroke; claims, not therapy.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum BenefitTag implements Coded {
    /** Bonding and secure attachment. */
    BONDING,

    /** Verbal and non-verbal communication. */
    COMMUNICATION,

    /** Trust and confidence. */
    TRUST,

    /** Stimulation of the senses. */
    SENSORY_STIMULATION,

    /** Circulation and lymph return. */
    CIRCULATION,

    /** Digestion. */
    DIGESTION,

    /** The immune system. */
    IMMUNE,

    /** Coordination and balance. */
    COORDINATION,

    /** Muscle tone and flexibility. */
    MUSCLE_TONE,

    /** Mind-body awareness. */
    BODY_AWARENESS,

    /** Relief of trapped gas. */
    GAS_RELIEF,

    /** Relief of colic. */
    COLIC_RELIEF,

    /** Relief of constipation. */
    CONSTIPATION_RELIEF,

    /** Relief of teething discomfort. */
    TEETHING_RELIEF,

    /** Relief of nasal congestion. */
    CONGESTION_RELIEF,

    /** Relief of muscle tension. */
    MUSCLE_TENSION_RELIEF,

    /** Relaxation and calming. */
    RELAXATION,

    /** Better sleep. */
    SLEEP,

    /** Regulating behavioural states. */
    STATE_REGULATION,

    /** Lower stress. */
    STRESS_REDUCTION,

    /** Play, rhyme and language. */
    PLAY,

    /** The parent's confidence in handling the baby. */
    PARENT_CONFIDENCE,

    /** The parent's reading of cues. */
    PARENT_CUE_READING,

    /** The parent's relaxation. */
    PARENT_STRESS_REDUCTION,

    /** Involving partners, siblings and grandparents. */
    FAMILY_INVOLVEMENT;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "bonding"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static BenefitTag fromCode(String code) {
        return Coded.fromCode(BenefitTag.class, code);
    }
}
