package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.MotionPattern;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tummy strokes go clockwise and milking points the right way: {@code direction.stomach.not-clockwise}, {@code direction.milking}. */
class DirectionRulesTest {
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "stomach-sun-moon|circling|clockwise|-",
                "stomach-sun-moon|circling|counterclockwise|error direction.stomach.not-clockwise /strokes/3/direction",
                "stomach-sun-moon|circling|downward|error direction.stomach.not-clockwise /strokes/3/direction",
                "stomach-sun-moon|colon-path|clockwise|-",
                "stomach-sun-moon|colon-path|static|error direction.stomach.not-clockwise /strokes/3/direction",
                "stomach-sun-moon|-|downward|-",
                "stomach-sun-moon|-|outward-from-midline|-",
                "stomach-sun-moon|-|counterclockwise|error direction.stomach.not-clockwise /strokes/3/direction",
                "face-open-book|circling|counterclockwise|-",
                "legs-indian-milking|indian-milking|away-from-heart|-",
                "legs-indian-milking|indian-milking|toward-heart|error direction.milking /strokes/1/direction",
                "legs-indian-milking|indian-milking|downward|error direction.milking /strokes/1/direction",
                "arms-swedish-milking|swedish-milking|toward-heart|-",
                "arms-swedish-milking|swedish-milking|away-from-heart|error direction.milking /strokes/5/direction",
                "legs-integration|swedish-milking|downward|error direction.milking /strokes/2/direction"
            })
    void validate_strokeDirection(String id, String pattern, String direction, String expected) {
        Curriculum curriculum = RuleTesting.withStroke(
                id,
                stroke -> stroke.pattern(Optional.ofNullable(pattern).map(MotionPattern::fromCode))
                        .direction(Direction.fromCode(direction)));

        assertThat(findings(curriculum)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void validate_milkingDirection_namesTheExpectedDirection() {
        Curriculum curriculum =
                RuleTesting.withStroke("legs-indian-milking", stroke -> stroke.direction(Direction.TOWARD_HEART));

        assertThat(RuleTesting.VALIDATOR.validate(curriculum).issues())
                .singleElement()
                .extracting(Issue::getMessage)
                .isEqualTo(
                        "Indian milking stroke 'legs-indian-milking' must move 'away-from-heart', but its direction was 'toward-heart'");
    }
}
