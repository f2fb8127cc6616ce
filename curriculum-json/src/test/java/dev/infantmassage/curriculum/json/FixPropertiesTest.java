package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fixing on files nobody wrote by hand: generated curricula with a typo an author could make, and
 * arbitrary bytes. A typo with one candidate comes out exactly as if it had never been made, fixing is
 * idempotent, nothing is ever lost (every value is still there), and nothing escapes as an exception.
 *
 * <p>A plain test run replays the seed corpus in {@code FixPropertiesTestInputs/} (typos, reversed weeks,
 * CR LF with a byte order mark, two misspellings of one name). To fuzz, run {@code JAZZER_FUZZ=1 ./mvnw
 * -Dbuild.dir=target-fuzz -pl curriculum-json -am test -Dtest=FixPropertiesTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FixPropertiesTest {
    private static final CurriculumJson JSON = CurriculumJson.builder()
            .limits(ReadLimits.builder().maxFileBytes(256 * 1024).build())
            .build();
    private static final JsonMapper TREES = JsonMapper.builder().build();
    /** Typos of names that no other property of their object is near, so each has exactly one candidate. */
    private static final List<String[]> TYPOS = List.of(
            new String[] {"\"durationSeconds\":", "\"durationSecnods\":"},
            new String[] {"\"defaultLanguage\":", "\"DefaultLanguage\":"},
            new String[] {"\"sessionMinutes\":", "\"sesionMinutes\":"},
            new String[] {"\"formatVersion\":", "\"formatVersoin\":"});

    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aTypoWithOneCandidate_isFixedAsIfItHadNeverBeenMade(long seed) {
        String clean = JSON.writeString(RandomCurricula.generate(seed));
        List<String[]> present =
                TYPOS.stream().filter(typo -> clean.contains(typo[0])).toList();
        String[] typo = present.get(new Random(seed).nextInt(present.size()));
        String broken = clean.replaceFirst(typo[0], typo[1]);
        assertThat(broken).isNotEqualTo(clean);

        FixResult ofClean = JSON.fix(utf8(clean), "clean");
        FixResult ofBroken = JSON.fix(utf8(broken), "broken");

        assertThat(new String(ofBroken.fixed(), StandardCharsets.UTF_8))
                .isEqualTo(new String(ofClean.fixed(), StandardCharsets.UTF_8));
        assertFixedIsStable(ofBroken);
    }

    @FuzzTest(maxDuration = "5m")
    void fix_anyBytes_neverEscapes_losesNothing_andIsIdempotent(byte[] input) {
        FixResult result = JSON.fix(input, "fuzz.curriculum.json");

        if (!result.changed()) {
            assertThat(result.fixed()).isEqualTo(input);
            return;
        }
        assertThat(values(result.fixed())).isEqualTo(values(input));
        assertFixedIsStable(result);
    }

    private static void assertFixedIsStable(FixResult result) {
        FixResult again = JSON.fix(result.fixed(), "again");
        assertThat(again.fixes()).as("fixing the fixed file again").isEmpty();
        assertThat(result.result().report().issues())
                .noneMatch(issue -> issue.getCode().code().equals("json.syntax"));
    }

    /** How many values the document holds, containers and scalars: renaming, respelling and moving keep it. */
    private static int values(byte[] json) {
        int start = json.length >= 3 && (json[0] & 0xff) == 0xEF ? 3 : 0;
        JsonNode root = TREES.readTree(new String(json, start, json.length - start, StandardCharsets.UTF_8));
        return count(root);
    }

    private static int count(JsonNode node) {
        int total = 1;
        for (JsonNode child : node.values()) {
            total += count(child);
        }
        return total;
    }
}
