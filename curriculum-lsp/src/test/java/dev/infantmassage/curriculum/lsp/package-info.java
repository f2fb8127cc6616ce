@NullMarked
package dev.infantmassage.curriculum.lsp;

import org.jspecify.annotations.NullMarked;
