package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syntax mistakes of other JSON dialects, in the project's words and at the mistake itself. */
class SyntaxMessagesTest {
    private final CurriculumJson json = CurriculumJson.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\\n  \"id\": \"a\",\\n}                | 2:12 | Malformed JSON: trailing comma before } (remove the comma)",
                "{\\n  \"authors\": [\"a\", \"b\",]\\n}  | 2:23 | Malformed JSON: trailing comma before ] (remove the comma)",
                "{\\n  \"authors\": [\"a\",\\n    ]\\n}  | 2:18 | Malformed JSON: trailing comma before ] (remove the comma)",
                "{\\n  // a note\\n  \"id\": \"a\"\\n}   | 2:3  | Malformed JSON: comments are not allowed in curriculum files (an x- property can hold a note)",
                "{\\n  \"id\": \"a\" /* note */\\n}      | 2:13 | Malformed JSON: comments are not allowed in curriculum files (an x- property can hold a note)",
                "{\\n  # note\\n  \"id\": \"a\"\\n}      | 2:3  | Malformed JSON: comments are not allowed in curriculum files (an x- property can hold a note)",
                "{\\n  'id': \"a\"\\n}                  | 2:3  | Malformed JSON: single quotes are not allowed; use double quotes",
                "{\\n  \"id\": 'a'\\n}                  | 2:9  | Malformed JSON: single quotes are not allowed; use double quotes",
                "{\\n  id: \"a\"\\n}                    | 2:3  | Malformed JSON: property names must be in double quotes",
            })
    void read_dialectMistake_isSaidPlainlyAtItsPlace(String text, String position, String message) {
        byte[] bytes = text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);

        Issue issue = json.read(bytes, "a.curriculum.json")
                .report()
                .first(IssueCode.JSON_SYNTAX)
                .orElseThrow();

        assertThat(issue.getLine().orElseThrow() + ":" + issue.getColumn().orElseThrow())
                .isEqualTo(position);
        assertThat(issue.getMessage()).isEqualTo(message);
    }
}
