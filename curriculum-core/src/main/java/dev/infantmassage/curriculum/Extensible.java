package dev.infantmassage.curriculum;

import java.util.Map;

/**
 * A model object that keeps the author's extension properties: keys that start with {@code "x-"}.
 *
 * <p>The values are opaque to the model: the JSON layer stores its own tree nodes there and writes
 * them back unchanged, so nothing an author wrote is lost.
 *
 * @since 0.1.0
 */
public interface Extensible {
    /** The prefix every extension key starts with. */
    String EXTENSION_PREFIX = "x-";

    /** {@return extension properties by key, in the order they were read} */
    Map<String, Object> getExtensions();
}
