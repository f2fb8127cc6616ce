package dev.infantmassage.curriculum.validation;

/**
 * The root of the library's exceptions. Bad content is reported as issues, not thrown.
 *
 * @since 0.1.0
 */
public abstract class CurriculumException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message one sentence saying what went wrong
     */
    protected CurriculumException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the exception that caused it.
     *
     * @param message one sentence saying what went wrong
     * @param cause the exception that caused this one
     */
    protected CurriculumException(String message, Throwable cause) {
        super(message, cause);
    }
}
