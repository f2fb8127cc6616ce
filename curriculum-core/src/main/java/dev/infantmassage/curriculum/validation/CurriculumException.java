package dev.infantmassage.curriculum.validation;

/** The root of the library's exceptions. Bad content is reported as issues, not thrown. */
public abstract class CurriculumException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected CurriculumException(String message) {
        super(message);
    }

    protected CurriculumException(String message, Throwable cause) {
        super(message, cause);
    }
}
