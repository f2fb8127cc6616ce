/** The curriculum rules: each class checks one family of codes and reports every violation. */
@NullMarked
package dev.infantmassage.curriculum.internal.rules;

import org.jspecify.annotations.NullMarked;
