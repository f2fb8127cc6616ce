/**
 * The domain model of infant massage curricula, the validator and its rules, and session planning.
 *
 * <p>The API exposes Bean Validation annotations (on the model's accessors), JSpecify nullness and the
 * Immutables {@code @Generated} marker, so those modules are read by every module that reads this one.
 * Hibernate Validator checks the model's constraints by reflection, hence the {@code opens}.
 */
module dev.infantmassage.curriculum.core {
    requires transitive jakarta.validation;
    requires transitive org.jspecify;
    requires transitive org.immutables.value.annotations;
    requires org.hibernate.validator;
    requires org.apache.commons.text;

    exports dev.infantmassage.curriculum;
    exports dev.infantmassage.curriculum.planning;
    exports dev.infantmassage.curriculum.validation;

    opens dev.infantmassage.curriculum to org.hibernate.validator;
    opens dev.infantmassage.curriculum.planning to org.hibernate.validator;
    opens dev.infantmassage.curriculum.validation to org.hibernate.validator;
}
