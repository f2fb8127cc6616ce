/**
 * Handouts and previews: static HTML pages rendered from a curriculum, in any of its languages.
 * Start with {@link dev.infantmassage.curriculum.render.HandoutRenderer}.
 */
@NullMarked
package dev.infantmassage.curriculum.render;

import org.jspecify.annotations.NullMarked;
