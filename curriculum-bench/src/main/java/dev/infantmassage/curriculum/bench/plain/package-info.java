/**
 * The binding baseline: plain records of the same shape as the curriculum format, bound by Jackson with
 * no validation, as an application would write them by hand.
 */
@NullMarked
package dev.infantmassage.curriculum.bench.plain;

import org.jspecify.annotations.NullMarked;
