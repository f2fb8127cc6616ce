package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line spellings of issue codes and severities, with suggestions for near misses. */
final class IssueCodes {
    private IssueCodes() {}

    /** The code spelled {@code value}, or a usage error naming the closest codes. */
    static IssueCode parse(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("an empty item is not an issue code; separate codes with single commas");
        }
        return IssueCode.fromCode(value.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new TypeConversionException(unknown(value)));
    }

    static String unknown(String value) {
        List<String> near = nearest(value);
        return "'" + value + "' is not an issue code"
                + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?")
                + " ('curriculum explain' lists them all)";
    }

    /** Up to three codes within a small edit distance, or sharing the last segment. */
    static List<String> nearest(String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(IssueCode.values())
                .map(IssueCode::code)
                .filter(code -> distance(code, wanted) <= Math.max(2, wanted.length() / 4)
                        || (wanted.length() >= 4 && code.contains(wanted)))
                .sorted(Comparator.comparingInt((String code) -> distance(code, wanted)))
                .limit(3)
                .toList();
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }

    /** Reads an issue code such as {@code json.unknown-property}. */
    static final class CodeConverter implements ITypeConverter<IssueCode> {
        @Override
        public IssueCode convert(String value) {
            return parse(value);
        }
    }

    /** Reads an issue code that options may ignore or re-level; not one that stops the file being read. */
    static final class AdjustableCodeConverter implements ITypeConverter<IssueCode> {
        @Override
        public IssueCode convert(String value) {
            IssueCode code = parse(value);
            if (!code.isAdjustable()) {
                throw new TypeConversionException(
                        "'" + code.code() + "' cannot be ignored or re-levelled: it stops the file being read");
            }
            return code;
        }
    }

    /** Reads {@code error}, {@code warning} or {@code info}. */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            for (Severity severity : Severity.values()) {
                if (severity.code().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return severity;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a severity; use error, warning or info");
        }
    }
}
