/**
 * The curriculum format for apps on Jackson 2 ({@code com.fasterxml.jackson}): {@link
 * dev.infantmassage.curriculum.jackson2.CurriculumJackson2Module}.
 */
@NullMarked
package dev.infantmassage.curriculum.jackson2;

import org.jspecify.annotations.NullMarked;
