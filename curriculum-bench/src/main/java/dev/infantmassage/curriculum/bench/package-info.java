/**
 * JMH benchmarks of reading, validating, writing and schema-checking curricula, the baselines they are
 * measured against, and the helpers {@code bench/run} uses to generate inputs, measure memory and write
 * {@code docs/performance.md}. Not published.
 */
@NullMarked
package dev.infantmassage.curriculum.bench;

import org.jspecify.annotations.NullMarked;
