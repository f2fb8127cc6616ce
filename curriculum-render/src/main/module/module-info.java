/**
 * Printable HTML handouts with body maps, and the instructor overview.
 *
 * <p>The templates are compiled to classes at build time; jte's runtime loads them by name, hence the
 * {@code opens} of their package.
 */
module dev.infantmassage.curriculum.render {
    requires transitive dev.infantmassage.curriculum.core;
    requires gg.jte.runtime;

    exports dev.infantmassage.curriculum.render;

    opens dev.infantmassage.curriculum.render.internal.templates to gg.jte.runtime;
}
