@NullMarked
package dev.infantmassage.curriculum.cli;

import org.jspecify.annotations.NullMarked;
