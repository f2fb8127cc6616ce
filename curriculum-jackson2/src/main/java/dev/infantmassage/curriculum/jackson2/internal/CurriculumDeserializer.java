package dev.infantmassage.curriculum.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.validation.InvalidCurriculumException;
import dev.infantmassage.curriculum.validation.Issue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Reads a curriculum with the strict reader and validator of {@link CurriculumJson}: the value's tokens
 * are copied as they come (duplicate keys included) and read as one document. A curriculum with errors
 * fails with a {@link MismatchedInputException} at the value's place in the input, naming the first
 * error and how many there are; its cause is an {@link InvalidCurriculumException} with every issue.
 */
public final class CurriculumDeserializer extends StdDeserializer<Curriculum> {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory TOKENS = new JsonFactory();
    private static final String SOURCE = "JSON input";

    private final transient CurriculumJson json;

    public CurriculumDeserializer(CurriculumJson json) {
        super(Curriculum.class);
        this.json = json;
    }

    @Override
    public Curriculum deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator copy = TOKENS.createGenerator(bytes)) {
            copy.copyCurrentStructure(parser);
        }
        ReadResult result = json.read(bytes.toByteArray(), SOURCE);
        List<Issue> errors =
                result.report().issues().stream().filter(Issue::isError).toList();
        if (errors.isEmpty() && result.curriculum().isPresent()) {
            return result.curriculum().get();
        }
        String message = errors.isEmpty()
                ? "The curriculum could not be read"
                : errors.size() == 1
                        ? "The curriculum has 1 error: " + describe(errors.get(0))
                        : "The curriculum has " + errors.size() + " errors; the first: " + describe(errors.get(0));
        MismatchedInputException failure = MismatchedInputException.from(parser, Curriculum.class, message);
        failure.initCause(new InvalidCurriculumException(message, result.report()));
        throw failure;
    }

    /** The issue without the copy's line and column, which are not the app's input's. */
    private static String describe(Issue issue) {
        return issue.getMessage() + " [" + issue.getCode().code() + "] at '"
                + issue.getLocation().toPointer() + "'";
    }
}
