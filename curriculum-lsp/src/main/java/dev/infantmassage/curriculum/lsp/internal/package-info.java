/** The language server's workings: a tolerant outline of the edited text, the schema, id catalogues. */
@NullMarked
package dev.infantmassage.curriculum.lsp.internal;

import org.jspecify.annotations.NullMarked;
