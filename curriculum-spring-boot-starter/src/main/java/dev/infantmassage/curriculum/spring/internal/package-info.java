/** The constraint's validator; not API. */
@NullMarked
package dev.infantmassage.curriculum.spring.internal;

import org.jspecify.annotations.NullMarked;
