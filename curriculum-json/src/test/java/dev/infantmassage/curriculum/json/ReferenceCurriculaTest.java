package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.internal.CurriculumReader;
import dev.infantmassage.curriculum.json.internal.DocumentParser;
import dev.infantmassage.curriculum.validation.InvalidCurriculumException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in five-week program loads cleanly, is cached, and is shipped in canonical form. */
class ReferenceCurriculaTest {
    private static final CurriculumJson JSON = CurriculumJson.create();
    private static final DocumentParser PARSER = new DocumentParser(ReadLimits.defaults());

    @Test
    void fiveWeekProgram_readFromResource_hasNoIssues_fullyTranslatedIntoSpanish() {
        ReadResult result = JSON.read(ReferenceCurricula.fiveWeekProgramJson(), ReferenceCurricula.RESOURCE);

        assertThat(result.curriculum()).isPresent();
        assertThat(result.report().issues()).as(result.report().toString()).isEmpty();
        assertThat(result.curriculum().orElseThrow().getLanguages()).containsExactly("es");
    }

    @Test
    void validCurriculum_ofAFileWithErrors_throwsWithTheReport() {
        ReadResult broken = JSON.readString("{\"formatVersion\": \"1.0\", \"id\": \"Not An Id\"}", "broken.json");

        assertThatThrownBy(() -> ReferenceCurricula.validCurriculum(broken))
                .isInstanceOf(InvalidCurriculumException.class)
                .hasMessageStartingWith("The built-in curriculum broken.json is invalid")
                .satisfies(thrown -> assertThat(((InvalidCurriculumException) thrown).report())
                        .isEqualTo(broken.report()));
    }

    @Test
    void validCurriculum_ofTheShippedFile_returnsItsCurriculum() {
        ReadResult shipped = JSON.read(ReferenceCurricula.fiveWeekProgramJson(), ReferenceCurricula.RESOURCE);

        assertThat(ReferenceCurricula.validCurriculum(shipped))
                .isEqualTo(shipped.curriculum().orElseThrow());
    }

    @Test
    void bindValidated_ofTheShippedFile_equalsTheFullRead() {
        Curriculum read =
                JSON.read(ReferenceCurricula.fiveWeekProgramJson(), "copy").orElseThrow();

        assertThat(CurriculumReader.bindValidated(PARSER.parse(ReferenceCurricula.fiveWeekProgramJson())))
                .contains(read);
    }

    @Test
    void bindValidated_ofAFileWithAnyReadingIssue_isEmpty_soItIsReadInFull() {
        String shipped = new String(ReferenceCurricula.fiveWeekProgramJson(), StandardCharsets.UTF_8);
        String unknownProperty = shipped.replaceFirst("\\{", "{\"colour\": \"blue\", ");
        String duplicateKey = shipped.replaceFirst("\\{", "{\"id\": \"other\", ");
        String syntax = shipped.substring(0, shipped.length() / 2);
        String otherMajorVersion =
                shipped.replaceFirst("\"formatVersion\": \"1\\.\\d+\"", "\"formatVersion\": \"2.0\"");

        for (String damaged : List.of(unknownProperty, duplicateKey, syntax, otherMajorVersion)) {
            assertThat(damaged).isNotEqualTo(shipped);
            assertThat(CurriculumReader.bindValidated(PARSER.parse(damaged.getBytes(StandardCharsets.UTF_8))))
                    .isEmpty();
        }
    }

    @Test
    void fiveWeekProgram_calledTwice_returnsTheSameInstance() {
        assertThat(ReferenceCurricula.fiveWeekProgram()).isSameAs(ReferenceCurricula.fiveWeekProgram());
    }

    @Test
    void fiveWeekProgram_equalsWhatTheReaderMakesOfTheResource() {
        Curriculum read =
                JSON.read(ReferenceCurricula.fiveWeekProgramJson(), "copy").orElseThrow();

        assertThat(ReferenceCurricula.fiveWeekProgram()).isEqualTo(read);
    }

    @Test
    void fiveWeekProgramJson_isTheResourceExactlyAsShipped() throws IOException {
        byte[] shipped;
        try (InputStream in =
                ReferenceCurricula.class.getClassLoader().getResourceAsStream(ReferenceCurricula.RESOURCE)) {
            assertThat(in).as(ReferenceCurricula.RESOURCE).isNotNull();
            shipped = in.readAllBytes();
        }

        assertThat(ReferenceCurricula.fiveWeekProgramJson()).isEqualTo(shipped);
    }

    @Test
    void fiveWeekProgramJson_returnsAFreshCopyEachCall() {
        byte[] first = ReferenceCurricula.fiveWeekProgramJson();
        first[0] = 'X';

        assertThat(ReferenceCurricula.fiveWeekProgramJson()[0]).isEqualTo((byte) '{');
    }

    @Test
    void fiveWeekProgramJson_isInTheWritersCanonicalForm() {
        String shipped = new String(ReferenceCurricula.fiveWeekProgramJson(), StandardCharsets.UTF_8);

        assertThat(JSON.writeString(ReferenceCurricula.fiveWeekProgram())).isEqualTo(shipped);
    }

    @Test
    void fiveWeekProgram_writtenAndReadBack_isEqual() {
        Curriculum program = ReferenceCurricula.fiveWeekProgram();

        Curriculum again = JSON.read(JSON.writeBytes(program), "again").orElseThrow();

        assertThat(again).isEqualTo(program);
    }
}
