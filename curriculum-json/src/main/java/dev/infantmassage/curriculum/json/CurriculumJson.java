package dev.infantmassage.curriculum.json;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.internal.CurriculumFormat;
import dev.infantmassage.curriculum.json.internal.CurriculumReader;
import dev.infantmassage.curriculum.json.internal.DocumentParser;
import dev.infantmassage.curriculum.json.internal.Fixer;
import dev.infantmassage.curriculum.json.internal.JsonText;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes curriculum files ({@code *.curriculum.json}).
 *
 * <pre>{@code
 * CurriculumJson json = CurriculumJson.create();
 * ReadResult result = json.read(Path.of("my.curriculum.json"));
 * result.report().issues().forEach(System.out::println);   // file:line:col: severity: message
 * Curriculum curriculum = result.orElseThrow();
 * String text = json.writeString(curriculum);               // canonical form
 * }</pre>
 *
 * <p>Reading never throws for bad content or an unreadable file: it returns every problem, each with
 * its file, line, column and JSON Pointer. A tool that shows only the first problems can cap the list
 * with {@link ValidationOptions#getMaxIssues()}: the issues past the cap are then counted, not built,
 * and the report's counts stay exact. Writing is canonical: properties in a fixed order, absent
 * and default values left out, two-space indent, {@code "\n"} line ends, a trailing newline, UTF-8.
 * Reading what was written gives back an equal curriculum.
 *
 * <p>Instances are immutable and thread-safe; make one and reuse it. The API mentions no Jackson type,
 * so applications on any Jackson version (or none) can use it.
 *
 * @since 0.1.0
 */
public final class CurriculumJson {
    private static final String SCHEMA_RESOURCE = "curriculum.schema.json";
    private static final CurriculumJson DEFAULT = builder().build();

    private final ReadLimits limits;
    private final ValidationOptions options;
    private final DocumentParser parser;
    private final CurriculumReader reader;
    private final Fixer fixer;

    private CurriculumJson(Builder builder) {
        this.limits = builder.limits;
        this.options = builder.options;
        this.parser = new DocumentParser(builder.limits, builder.options.getMaxIssues());
        this.reader = new CurriculumReader(builder.options);
        this.fixer = new Fixer(parser, reader);
    }

    /** {@return a reader and writer with the default limits and validation options} */
    public static CurriculumJson create() {
        return DEFAULT;
    }

    /** {@return a new builder, with the default limits and validation options} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the file; the result's source is the path as given.
     *
     * @param file the file to read
     * @return the curriculum, if it could be read, and every issue found
     */
    public ReadResult read(Path file) {
        requireNonNull(file, "file");
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return failure(source, Files.exists(file) ? "it is not a regular file" : "there is no such file");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return result(
                        source,
                        CurriculumReader.failure(
                                Issue.of(
                                        IssueCode.JSON_LIMIT_EXCEEDED,
                                        IssueLocation.root(),
                                        "The file size of " + size + " bytes",
                                        limits.maxFileBytes() + " bytes"),
                                source));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (NoSuchFileException missing) {
            return failure(source, "there is no such file");
        } catch (AccessDeniedException denied) {
            return failure(source, "permission denied");
        } catch (IOException | SecurityException problem) {
            return failure(source, String.valueOf(problem.getMessage()));
        }
    }

    /**
     * Reads the stream to its end (up to the file-size limit); does not close it.
     *
     * @param in the stream to read
     * @param sourceName the name to give the source in the result and its issues, usually a file name
     * @return the curriculum, if it could be read, and every issue found
     */
    public ReadResult read(InputStream in, String sourceName) {
        requireNonNull(in, "in");
        requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxFileBytes() + 1));
        } catch (IOException problem) {
            return failure(sourceName, String.valueOf(problem.getMessage()));
        }
        if (bytes.length > limits.maxFileBytes()) {
            // Only the first bytes past the limit were read, so the real size is unknown.
            return result(
                    sourceName,
                    CurriculumReader.failure(
                            Issue.of(
                                    IssueCode.JSON_LIMIT_EXCEEDED,
                                    IssueLocation.root(),
                                    "The file size of more than " + limits.maxFileBytes() + " bytes",
                                    limits.maxFileBytes() + " bytes"),
                            sourceName));
        }
        return read(bytes, sourceName);
    }

    /**
     * Reads the bytes of a file.
     *
     * @param json the file's bytes, UTF-8 with or without a byte order mark
     * @param sourceName the name to give the source in the result and its issues, usually a file name
     * @return the curriculum, if it could be read, and every issue found
     */
    public ReadResult read(byte[] json, String sourceName) {
        requireNonNull(json, "json");
        requireNonNull(sourceName, "sourceName");
        return result(sourceName, reader.read(parser.parse(json), sourceName));
    }

    /**
     * Reads JSON text.
     *
     * @param json the JSON text
     * @param sourceName the name to give the source in the result and its issues, usually a file name
     * @return the curriculum, if it could be read, and every issue found
     */
    public ReadResult readString(String json, String sourceName) {
        requireNonNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8), sourceName);
    }

    /**
     * Makes the {@linkplain dev.infantmassage.curriculum.validation.FixKind#SAFE safe fixes} of a file's
     * issues: a misspelt property name with exactly one candidate, a code spelt in another case or with
     * underscores ({@code "Legs_And_Feet"}), the weeks in the order of their numbers. The fixes are edits
     * to the text, so everything else stays as the author wrote it; nothing that could change what is
     * taught is ever changed, and a file that is not well-formed JSON is left alone.
     *
     * <pre>{@code
     * FixResult fixed = json.fix(Files.readAllBytes(file), file.toString());
     * if (fixed.changed()) {
     *     Files.write(file, fixed.fixed());
     * }
     * fixed.result().report().issues().forEach(System.out::println);   // what is left
     * }</pre>
     *
     * @param json the file's bytes, UTF-8 with or without a byte order mark (which is kept)
     * @param sourceName the name to give the source in the result and its issues, usually a file name
     * @return the fixed bytes, the fixes made, and what reading the fixed bytes finds
     */
    public FixResult fix(byte[] json, String sourceName) {
        requireNonNull(json, "json");
        requireNonNull(sourceName, "sourceName");
        Fixer.Outcome outcome = fixer.fix(json, sourceName);
        List<FixResult.Fix> fixes = outcome.applied().stream()
                .map(applied -> new FixResult.Fix(applied.issue(), applied.description()))
                .toList();
        return new FixResult(outcome.fixed(), fixes, result(sourceName, outcome.read()));
    }

    /**
     * {@return the canonical text of {@code curriculum}}
     *
     * @param curriculum the curriculum to write
     */
    public String writeString(Curriculum curriculum) {
        requireNonNull(curriculum, "curriculum");
        return JsonText.write(CurriculumFormat.CURRICULUM.write(curriculum));
    }

    /**
     * {@return the canonical text of {@code curriculum}, in UTF-8 without a byte order mark}
     *
     * @param curriculum the curriculum to write
     */
    public byte[] writeBytes(Curriculum curriculum) {
        return writeString(curriculum).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the canonical text to {@code out}, which stays open.
     *
     * @param curriculum the curriculum to write
     * @param out the stream to write to
     * @throws UncheckedIOException if writing fails
     */
    public void write(Curriculum curriculum, OutputStream out) {
        requireNonNull(out, "out");
        try {
            out.write(writeBytes(curriculum));
            out.flush();
        } catch (IOException problem) {
            throw new UncheckedIOException(problem);
        }
    }

    /**
     * Writes the canonical text to {@code file}, replacing it.
     *
     * @param curriculum the curriculum to write
     * @param file the file to write
     * @throws UncheckedIOException if writing fails
     */
    public void write(Curriculum curriculum, Path file) {
        requireNonNull(file, "file");
        try {
            Files.write(file, writeBytes(curriculum));
        } catch (IOException problem) {
            throw new UncheckedIOException(problem);
        }
    }

    /**
     * The limits this reader applies.
     *
     * @return the limits given to the builder, or {@link ReadLimits#defaults()}
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * The validation options this reader applies, to reading issues and to the validator's alike: the
     * issues of every {@link ReadResult} it returns are already ignored or re-levelled by them.
     *
     * @return the options given to the builder, or {@link ValidationOptions#defaults()}
     */
    public ValidationOptions validationOptions() {
        return options;
    }

    /**
     * {@return the JSON Schema (draft 2020-12) of the format, with {@code $id}
     * {@code https://infantmassage.dev/schema/curriculum-1.json}}
     */
    public static String schema() {
        return SchemaHolder.TEXT;
    }

    private static ReadResult failure(String source, String reason) {
        return result(
                source,
                CurriculumReader.failure(Issue.of(IssueCode.JSON_UNREADABLE, IssueLocation.root(), reason), source));
    }

    private static ReadResult result(String source, CurriculumReader.Outcome outcome) {
        return new ReadResult(source, outcome.curriculum(), outcome.report());
    }

    private static final class SchemaHolder {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = CurriculumJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + SCHEMA_RESOURCE);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException problem) {
                throw new UncheckedIOException(problem);
            }
        }
    }

    /**
     * Builds a {@link CurriculumJson}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private ValidationOptions options = ValidationOptions.defaults();

        private Builder() {}

        /**
         * Sets the reading limits; {@link ReadLimits#defaults()} unless set.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(ReadLimits limits) {
            this.limits = requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the codes to ignore or re-level, and the most issues to list; they apply to reading issues
         * ({@code json.*}) as well.
         *
         * @param options the validation options; {@link ValidationOptions#defaults()} unless set
         * @return this builder
         */
        public Builder validationOptions(ValidationOptions options) {
            this.options = requireNonNull(options, "options");
            return this;
        }

        /** {@return a reader and writer with this builder's settings} */
        public CurriculumJson build() {
            return new CurriculumJson(this);
        }
    }
}
