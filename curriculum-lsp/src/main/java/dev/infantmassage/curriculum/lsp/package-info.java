/**
 * The curriculum language server: {@link dev.infantmassage.curriculum.lsp.CurriculumLanguageServer}
 * speaks the Language Server Protocol and reports exactly what {@code curriculum validate} reports, from
 * the same {@link dev.infantmassage.curriculum.json.CurriculumJson} reader and options.
 */
@NullMarked
package dev.infantmassage.curriculum.lsp;

import org.jspecify.annotations.NullMarked;
