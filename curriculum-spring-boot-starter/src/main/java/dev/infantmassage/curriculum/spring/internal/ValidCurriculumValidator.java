package dev.infantmassage.curriculum.spring.internal;

import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.spring.ValidCurriculum;
import dev.infantmassage.curriculum.validation.Issue;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

/** Reads the document with the library's reader and turns each error into a violation. */
public final class ValidCurriculumValidator implements ConstraintValidator<ValidCurriculum, Object> {
    private static final String SOURCE = "request body";

    private final CurriculumJson json;

    /** Outside Spring: the default reader. */
    public ValidCurriculumValidator() {
        this(CurriculumJson.create());
    }

    /** In Spring: the app's reader, with its limits and validation options. */
    @Autowired
    public ValidCurriculumValidator(CurriculumJson json) {
        this.json = json;
    }

    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ReadResult result;
        if (value instanceof String text) {
            result = json.read(text.getBytes(StandardCharsets.UTF_8), SOURCE);
        } else if (value instanceof byte[] bytes) {
            result = json.read(bytes, SOURCE);
        } else {
            throw new IllegalArgumentException("@ValidCurriculum applies to String and byte[], not "
                    + value.getClass().getName());
        }
        if (!result.hasErrors()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Issue issue : result.report().issues()) {
            if (issue.isError()) {
                context.buildConstraintViolationWithTemplate(escaped(describe(issue)))
                        .addConstraintViolation();
            }
        }
        return false;
    }

    private static String describe(Issue issue) {
        return issue.getMessage() + " [" + issue.getCode().code() + "] at "
                + issue.getLocation().toPointer();
    }

    /** The text as a message template that interpolation leaves as it is. */
    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
