package dev.infantmassage.curriculum.cli;

import picocli.CommandLine.Option;

/** {@code --color WHEN}, shared by the commands that print the text report (a picocli mixin). */
final class ColourOption {
    @Option(
            names = "--color",
            paramLabel = "WHEN",
            defaultValue = "auto",
            description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never.")
    Terminal.ColourMode colour = Terminal.ColourMode.AUTO;

    /** The colours of the report on {@code terminal}, as the option asks. */
    Ansi ansi(Terminal terminal) {
        return new Ansi(terminal.colour(colour));
    }
}
