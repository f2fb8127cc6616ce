@NullMarked
package dev.infantmassage.curriculum.planning;

import org.jspecify.annotations.NullMarked;
