/**
 * The domain model of infant massage curricula: strokes, body regions, techniques, routines, cue
 * signals, contraindications, the five-week schedule and the curriculum that holds them.
 *
 * <p>Every type is an immutable value built with a builder ({@code Stroke.builder()...build()}).
 * Values are never null: absent values are {@link java.util.Optional}, absent collections are empty.
 * A value that builds may still break the curriculum's rules; {@link
 * dev.infantmassage.curriculum.validation.CurriculumValidator} reports every such problem at once.
 */
@NullMarked
@CurriculumStyle
package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.CurriculumStyle;
import org.jspecify.annotations.NullMarked;
