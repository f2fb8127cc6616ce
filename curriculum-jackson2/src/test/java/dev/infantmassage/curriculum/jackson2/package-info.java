@NullMarked
package dev.infantmassage.curriculum.jackson2;

import org.jspecify.annotations.NullMarked;
