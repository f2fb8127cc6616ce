package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.infantmassage.curriculum.Curriculum;

/**
 * The reader on arbitrary bytes: it never throws, every issue is located, and whatever it accepts
 * survives a write and a second read unchanged.
 *
 * <p>A plain test run ({@code ./mvnw verify}) replays the seed corpus in
 * {@code src/test/resources/dev/infantmassage/curriculum/json/ReaderFuzzTestInputs/} (broken files,
 * the canonical document, the reference curriculum, and past findings). To fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -Dbuild.dir=target-fuzz -pl curriculum-json -am test -Dtest=ReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; findings are written to that directory.
 */
class ReaderFuzzTest {
    private static final CurriculumJson JSON = CurriculumJson.builder()
            .limits(ReadLimits.builder().maxFileBytes(256 * 1024).build())
            .build();

    @FuzzTest(maxDuration = "12m")
    void read_anyBytes_neverEscapes(byte[] input) {
        ReadResult result = JSON.read(input, "fuzz.curriculum.json");

        assertThat(result.report().issues()).allSatisfy(issue -> {
            assertThat(issue.getFile()).contains("fuzz.curriculum.json");
            assertThat(issue.getLine())
                    .hasValueSatisfying(line -> assertThat(line).isPositive());
            assertThat(issue.getColumn())
                    .hasValueSatisfying(column -> assertThat(column).isPositive());
        });
        if (result.curriculum().isEmpty()) {
            assertThat(result.hasErrors()).isTrue();
        } else {
            Curriculum curriculum = result.curriculum().get();
            ReadResult again = JSON.read(JSON.writeBytes(curriculum), "again.curriculum.json");
            assertThat(again.curriculum()).contains(curriculum);
        }
    }
}
