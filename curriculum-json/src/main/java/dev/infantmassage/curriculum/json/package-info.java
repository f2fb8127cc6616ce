/**
 * Curriculum files in and out: {@link dev.infantmassage.curriculum.json.CurriculumJson} reads a file
 * into a curriculum plus a report of every problem with its line and column, and writes curricula in a
 * canonical, diff-friendly form. {@link dev.infantmassage.curriculum.json.CurriculumModule} plugs the
 * same format into a Jackson 3 {@code JsonMapper}.
 */
@NullMarked
package dev.infantmassage.curriculum.json;

import org.jspecify.annotations.NullMarked;
