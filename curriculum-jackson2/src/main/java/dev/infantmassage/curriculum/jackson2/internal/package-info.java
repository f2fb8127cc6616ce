/** The Jackson 2 serializers and the deserializer behind the module; not API. */
@NullMarked
package dev.infantmassage.curriculum.jackson2.internal;

import org.jspecify.annotations.NullMarked;
