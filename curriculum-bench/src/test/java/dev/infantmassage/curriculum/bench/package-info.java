@NullMarked
package dev.infantmassage.curriculum.bench;

import org.jspecify.annotations.NullMarked;
