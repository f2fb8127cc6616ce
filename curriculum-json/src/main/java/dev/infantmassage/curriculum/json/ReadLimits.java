package dev.infantmassage.curriculum.json;

import org.jspecify.annotations.Nullable;

/**
 * Bounds on what the reader accepts, so that hostile or broken input cannot exhaust memory or the
 * stack. Input beyond a limit is reported as a {@code json.limit-exceeded} issue, never thrown.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxFileBytes(64 * 1024 * 1024).build();
 * CurriculumJson json = CurriculumJson.builder().limits(limits).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadLimits {
    /** The default maximum file size: 16 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** The default maximum nesting depth of objects and lists. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The default maximum length of one text value, in characters: 1 Mi. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** The default maximum length of one number, in characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 50;
    /** The largest nesting depth a caller may allow; deeper documents would risk the reader's stack. */
    public static final int MAX_DEPTH_CEILING = 1000;

    private static final ReadLimits DEFAULTS = builder().build();

    private final long maxFileBytes;
    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;

    private ReadLimits(Builder builder) {
        this.maxFileBytes = builder.maxFileBytes;
        this.maxDepth = builder.maxDepth;
        this.maxStringLength = builder.maxStringLength;
        this.maxNumberLength = builder.maxNumberLength;
    }

    /** {@return the default limits: 16 MiB, depth 64, texts of 1 Mi characters, numbers of 50 characters} */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** {@return a new builder, with every limit at its default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the largest file, in bytes} */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** {@return the deepest nesting of objects and lists; the top-level object is depth 1} */
    public int maxDepth() {
        return maxDepth;
    }

    /** {@return the longest text value, in characters} */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** {@return the longest number, in characters} */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReadLimits that
                && maxFileBytes == that.maxFileBytes
                && maxDepth == that.maxDepth
                && maxStringLength == that.maxStringLength
                && maxNumberLength == that.maxNumberLength;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxFileBytes, maxDepth, maxStringLength, maxNumberLength);
    }

    @Override
    public String toString() {
        return "ReadLimits{maxFileBytes=" + maxFileBytes + ", maxDepth=" + maxDepth + ", maxStringLength="
                + maxStringLength + ", maxNumberLength=" + maxNumberLength + "}";
    }

    /**
     * Builds {@link ReadLimits}; every limit starts at its default.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

        private Builder() {}

        /**
         * Sets the largest file, in bytes.
         *
         * @param maxFileBytes the largest file, in bytes
         * @return this builder
         * @throws IllegalArgumentException if {@code maxFileBytes} is not positive or above
         *     {@code Integer.MAX_VALUE - 8}
         */
        public Builder maxFileBytes(long maxFileBytes) {
            if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "maxFileBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ", but was " + maxFileBytes);
            }
            this.maxFileBytes = maxFileBytes;
            return this;
        }

        /**
         * Sets the deepest nesting of objects and lists; the top-level object is depth 1.
         *
         * @param maxDepth the deepest nesting
         * @return this builder
         * @throws IllegalArgumentException if {@code maxDepth} is not between 1 and {@value #MAX_DEPTH_CEILING}
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > MAX_DEPTH_CEILING) {
                throw new IllegalArgumentException(
                        "maxDepth must be between 1 and " + MAX_DEPTH_CEILING + ", but was " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Sets the longest text value, in characters.
         *
         * @param maxStringLength the longest text value, in characters
         * @return this builder
         * @throws IllegalArgumentException if {@code maxStringLength} is not positive
         */
        public Builder maxStringLength(int maxStringLength) {
            if (maxStringLength < 1) {
                throw new IllegalArgumentException("maxStringLength must be positive, but was " + maxStringLength);
            }
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * Sets the longest number, in characters.
         *
         * @param maxNumberLength the longest number, in characters
         * @return this builder
         * @throws IllegalArgumentException if {@code maxNumberLength} is not positive
         */
        public Builder maxNumberLength(int maxNumberLength) {
            if (maxNumberLength < 1) {
                throw new IllegalArgumentException("maxNumberLength must be positive, but was " + maxNumberLength);
            }
            this.maxNumberLength = maxNumberLength;
            return this;
        }

        /** {@return the limits set, the others at their defaults} */
        public ReadLimits build() {
            return new ReadLimits(this);
        }
    }
}
