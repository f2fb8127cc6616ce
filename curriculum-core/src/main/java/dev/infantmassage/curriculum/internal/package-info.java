/** Implementation details; not part of the API and subject to change without notice. */
@NullMarked
package dev.infantmassage.curriculum.internal;

import org.jspecify.annotations.NullMarked;
