package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CurriculumJsonRoundTripTest {
    private final CurriculumJson json = CurriculumJson.create();

    static Stream<Curriculum> data_curricula() {
        return Stream.of(Fixtures.minimal(), Fixtures.full());
    }

    @ParameterizedTest
    @MethodSource("data_curricula")
    void read_ofWritten_equalsOriginal(Curriculum curriculum) {
        String text = json.writeString(curriculum);

        ReadResult result = json.readString(text, "round-trip.curriculum.json");

        assertThat(result.report().issues())
                .noneMatch(issue -> issue.getCode().code().startsWith("json."));
        assertThat(result.curriculum()).contains(curriculum);
    }

    @ParameterizedTest
    @MethodSource("data_curricula")
    void write_ofRead_isByteIdentical(Curriculum curriculum) {
        String text = json.writeString(curriculum);

        String again = json.writeString(
                json.readString(text, "canonical.curriculum.json").curriculum().orElseThrow());

        assertThat(again).isEqualTo(text);
    }
}
