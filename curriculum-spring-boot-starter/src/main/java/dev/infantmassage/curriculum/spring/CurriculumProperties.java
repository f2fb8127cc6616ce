package dev.infantmassage.curriculum.spring;

import dev.infantmassage.curriculum.json.ReadLimits;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code curriculum.*} properties: reading limits and validation options of the auto-configured
 * beans.
 *
 * <pre>
 * curriculum.read.max-file-bytes=1048576
 * curriculum.read.max-depth=32
 * curriculum.validation.ignored=text.translation-missing,stroke.duration.missing
 * curriculum.validation.severities[routine.step.order]=info
 * curriculum.validation.max-issues=100
 * </pre>
 *
 * @param read the reading limits
 * @param validation the codes to ignore or re-level, and the most issues a report lists
 */
@ConfigurationProperties("curriculum")
public record CurriculumProperties(
        @DefaultValue Read read, @DefaultValue Validation validation) {

    /**
     * Reading limits, as {@link ReadLimits}.
     *
     * @param maxFileBytes the largest document read, in bytes
     * @param maxDepth the deepest nesting read
     * @param maxStringLength the longest string read
     * @param maxNumberLength the longest number read, in digits
     */
    public record Read(
            @DefaultValue("" + ReadLimits.DEFAULT_MAX_FILE_BYTES)
            long maxFileBytes,

            @DefaultValue("" + ReadLimits.DEFAULT_MAX_DEPTH) int maxDepth,

            @DefaultValue("" + ReadLimits.DEFAULT_MAX_STRING_LENGTH)
            int maxStringLength,

            @DefaultValue("" + ReadLimits.DEFAULT_MAX_NUMBER_LENGTH)
            int maxNumberLength) {

        /** {@return these limits as the library's value} */
        public ReadLimits toReadLimits() {
            return ReadLimits.builder()
                    .maxFileBytes(maxFileBytes)
                    .maxDepth(maxDepth)
                    .maxStringLength(maxStringLength)
                    .maxNumberLength(maxNumberLength)
                    .build();
        }
    }

    /**
     * Validation options, as {@link ValidationOptions}: codes are spelled as in the file format's reports
     * ({@code text.translation-missing}), severities as {@code error}, {@code warning} or {@code info}.
     *
     * @param ignored the codes never reported
     * @param severities codes reported at another severity than their default
     * @param maxIssues the most issues a report lists
     */
    public record Validation(
            @DefaultValue List<String> ignored,
            @DefaultValue Map<String, String> severities,
            @DefaultValue("" + Integer.MAX_VALUE) int maxIssues) {

        /**
         * {@return these options as the library's value}
         *
         * @throws IllegalArgumentException for an unknown code or severity, or a code that stops a document
         *     being read (which can be neither ignored nor re-levelled)
         */
        public ValidationOptions toValidationOptions() {
            ValidationOptions.Builder options = ValidationOptions.builder().maxIssues(maxIssues);
            ignored.forEach(code -> options.addIgnored(code(code, "curriculum.validation.ignored")));
            severities.forEach((code, severity) ->
                    options.putSeverityOverride(code(code, "curriculum.validation.severities"), severity(severity)));
            return options.build();
        }

        private static IssueCode code(String text, String property) {
            IssueCode code = IssueCode.fromCode(text.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() ->
                            new IllegalArgumentException(property + " must list issue codes, but had '" + text + "'"));
            if (!code.isAdjustable()) {
                throw new IllegalArgumentException(property + " cannot hold '" + code.code()
                        + "': it stops a document being read, so it can be neither ignored nor re-levelled");
            }
            return code;
        }

        private static Severity severity(String text) {
            for (Severity severity : Severity.values()) {
                if (severity.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return severity;
                }
            }
            throw new IllegalArgumentException("Severity must be error, warning or info, but was '" + text + "'");
        }
    }
}
