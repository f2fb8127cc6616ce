package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.MotionPattern;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.List;

/** Tummy circles go clockwise; Indian milking points away from the heart, Swedish milking toward it. */
final class DirectionRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        List<Stroke> strokes = context.curriculum().getStrokes();
        for (int i = 0; i < strokes.size(); i++) {
            Stroke stroke = strokes.get(i);
            IssueLocation at = Locations.STROKES.index(i).property(nameOf(Stroke::getDirection));
            Direction direction = stroke.getDirection();
            MotionPattern pattern = stroke.getPattern().orElse(null);
            if (stroke.getRegion() == BodyRegion.STOMACH) {
                boolean circles = pattern == MotionPattern.CIRCLING || pattern == MotionPattern.COLON_PATH;
                boolean clockwiseEnough =
                        circles ? direction == Direction.CLOCKWISE : direction != Direction.COUNTERCLOCKWISE;
                issues.rule(
                        clockwiseEnough,
                        IssueCode.DIRECTION_STOMACH_NOT_CLOCKWISE,
                        at,
                        stroke.getId(),
                        direction.code());
            }
            if (pattern == MotionPattern.INDIAN_MILKING) {
                checkMilking("Indian milking", stroke, Direction.AWAY_FROM_HEART, at, issues);
            } else if (pattern == MotionPattern.SWEDISH_MILKING) {
                checkMilking("Swedish milking", stroke, Direction.TOWARD_HEART, at, issues);
            }
        }
    }

    private static void checkMilking(
            String name, Stroke stroke, Direction expected, IssueLocation at, IssueCollector issues) {
        issues.rule(
                stroke.getDirection() == expected,
                IssueCode.DIRECTION_MILKING,
                at,
                name,
                stroke.getId(),
                expected.code(),
                stroke.getDirection().code());
    }
}
