@NullMarked
package dev.infantmassage.curriculum.examples;

import org.jspecify.annotations.NullMarked;
