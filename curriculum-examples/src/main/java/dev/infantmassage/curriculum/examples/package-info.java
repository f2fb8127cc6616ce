/**
 * Small, readable programs that show an app how to embed the library. Each has a {@code main} that
 * delegates to {@code run(PrintStream, String...)}, so its test can check exactly what it prints.
 * They use only the public API of {@code curriculum-core} and {@code curriculum-json}.
 */
@NullMarked
package dev.infantmassage.curriculum.examples;

import org.jspecify.annotations.NullMarked;
