package dev.infantmassage.curriculum.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The report formats of {@code validate --format}. */
enum OutputFormat {
    TEXT,
    JSON,
    SARIF,
    GITHUB,
    JUNIT,
    GITLAB;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code text}, {@code json}, {@code sarif}, {@code github}, {@code junit} or {@code gitlab}. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : values()) {
                if (format.code().equals(value.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new TypeConversionException(
                    "'" + value + "' is not a format; use text, json, sarif, github, junit or gitlab");
        }
    }
}
