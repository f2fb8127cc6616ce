package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Columns count UTF-16 code units from 1, as editors and the LSP do, whatever the text before a value
 * on its line holds: accented letters (two bytes in UTF-8, one unit), CJK (three bytes, one unit), an
 * emoji (four bytes, two units). The expected columns come from {@link String#indexOf}, which counts
 * the same units; a byte count would put them further right. And bytes that are not UTF-8 are an
 * encoding problem, however they are malformed.
 */
class ColumnsTest {
    private static final CurriculumJson JSON = CurriculumJson.create();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"formatVersion\": \"1.0\", \"id\": \"x\", \"colour\": 1}",
                "{\"formatVersion\": \"1.0\", \"title\": {\"es\": \"Niño, masaje\"}, \"colour\": 1}",
                "{\"formatVersion\": \"1.0\", \"title\": {\"es\": \"按摩 😀 ñ\"}, \"colour\": 1}",
                "{\"formatVersion\": \"1.0\",\r\n \"title\": {\"es\": \"😀😀\"}, \"colour\": 1}",
                "{\"formatVersion\": \"1.0\",\n \"title\": {\"es\": \"é\"},\n \"$schema\": \"ü\", \"colour\": 1}"
            })
    void unknownProperty_afterAnyTextOnItsLine_isAtItsNameInCharacters(String text) {
        Issue unknown = unknownProperty(JSON.read(text.getBytes(StandardCharsets.UTF_8), "f.json"));

        assertThat(unknown.getLine()).contains(lineOf(text, "\"colour\""));
        assertThat(unknown.getColumn()).contains(columnOf(text, "\"colour\""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"formatVersion\": \"1.0\", \"title\": {\"es\": \"按摩 😀 ñ\"}, \"colour\": 1}",
                "{\"formatVersion\": \"1.0\",\n \"title\": {\"es\": \"😀\"}, \"colour\": 1}"
            })
    void unknownProperty_afterAByteOrderMark_countsNoColumnForTheMark(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));

        Issue unknown = unknownProperty(JSON.read(bytes.toByteArray(), "f.json"));

        assertThat(unknown.getLine()).contains(lineOf(text, "\"colour\""));
        assertThat(unknown.getColumn()).contains(columnOf(text, "\"colour\""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C0 AF", // an overlong '/'
                "E0 80 AF", // an overlong three-byte '/'
                "ED A0 80", // a UTF-16 surrogate encoded on its own
                "F4 90 80 80", // past U+10FFFF
                "F5 80 80 80", // a byte that never starts a character
                "80", // a continuation byte alone
                "C3", // a two-byte character cut short at the end of the file
                "E2 82 20" // a three-byte character interrupted by a space
            })
    void malformedUtf8_isAnEncodingIssue(String hex) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"formatVersion\": \"1.0\", \"id\": \"".getBytes(StandardCharsets.US_ASCII));
        for (String pair : hex.split(" ")) {
            bytes.write(Integer.parseInt(pair, 16));
        }
        if (!hex.equals("C3")) {
            bytes.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        }

        ReadResult result = JSON.read(bytes.toByteArray(), "f.json");

        assertThat(result.report().issues()).extracting(Issue::getCode).containsExactly(IssueCode.JSON_ENCODING);
        assertThat(result.curriculum()).isEmpty();
    }

    private static Issue unknownProperty(ReadResult result) {
        return result.report().issues().stream()
                .filter(issue -> issue.getCode() == IssueCode.JSON_UNKNOWN_PROPERTY)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unknown-property issue in " + result.report()));
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private static int columnOf(String text, String needle) {
        int at = text.indexOf(needle);
        int lineStart = text.lastIndexOf('\n', at) + 1;
        return at - lineStart + 1;
    }
}
