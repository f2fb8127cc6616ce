/** Implementation details of the JSON format; not part of the API and subject to change without notice. */
@NullMarked
package dev.infantmassage.curriculum.json.internal;

import org.jspecify.annotations.NullMarked;
