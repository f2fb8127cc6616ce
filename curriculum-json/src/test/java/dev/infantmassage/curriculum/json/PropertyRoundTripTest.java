package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Round trips over generated curricula, one seed per case so a failure names its seed. */
class PropertyRoundTripTest {
    private final CurriculumJson json = CurriculumJson.create();

    static LongStream data_seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("data_seeds")
    void read_ofWritten_equalsOriginal(long seed) {
        Curriculum curriculum = RandomCurricula.generate(seed);

        ReadResult result = json.read(json.writeBytes(curriculum), "seed-" + seed);

        assertThat(result.report().issues())
                .noneMatch(issue -> issue.getCode().code().startsWith("json."));
        assertThat(result.curriculum()).contains(curriculum);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("data_seeds")
    void write_ofReadCanonical_isByteIdentical(long seed) {
        String canonical = json.writeString(RandomCurricula.generate(seed));

        Curriculum read =
                json.readString(canonical, "seed-" + seed).curriculum().orElseThrow();

        assertThat(json.writeString(read)).isEqualTo(canonical);
    }
}
