/** The render module's internals: page views, the body map, labels and the compiled templates' inputs. */
@NullMarked
package dev.infantmassage.curriculum.render.internal;

import org.jspecify.annotations.NullMarked;
