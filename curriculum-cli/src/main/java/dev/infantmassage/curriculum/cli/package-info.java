/**
 * The {@code curriculum} command-line tool: validates, explains, shows, fixes and formats curriculum files.
 * Only {@link dev.infantmassage.curriculum.cli.CurriculumCli}, the entry point, is public.
 */
@NullMarked
package dev.infantmassage.curriculum.cli;

import org.jspecify.annotations.NullMarked;
