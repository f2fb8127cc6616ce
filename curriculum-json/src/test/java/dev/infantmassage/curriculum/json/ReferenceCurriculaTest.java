package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The built-in five-week program loads cleanly, is cached, and is shipped in canonical form. */
class ReferenceCurriculaTest {
    private static final CurriculumJson JSON = CurriculumJson.create();

    @Test
    void fiveWeekProgram_readFromResource_hasNoIssues_fullyTranslatedIntoSpanish() {
        ReadResult result = JSON.read(ReferenceCurricula.fiveWeekProgramJson(), ReferenceCurricula.RESOURCE);

        assertThat(result.curriculum()).isPresent();
        assertThat(result.report().issues()).as(result.report().toString()).isEmpty();
        assertThat(result.curriculum().orElseThrow().getLanguages()).containsExactly("es");
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
