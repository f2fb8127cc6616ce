package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.List;

/** A stroke's own consistency: a non-empty age range, little or no oil on the face. */
final class StrokeRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        List<Stroke> strokes = context.curriculum().getStrokes();
        for (int i = 0; i < strokes.size(); i++) {
            Stroke stroke = strokes.get(i);
            IssueLocation at = Locations.STROKES.index(i);
            int min = stroke.getMinAgeWeeks();
            stroke.getMaxAgeWeeks().ifPresent(max -> issues.rule(min <= max, IssueCode.STROKE_AGE_RANGE_INVALID,
                    at.property("maxAgeWeeks"), stroke.getId(), min, max));
            issues.rule(stroke.getRegion() != BodyRegion.FACE || stroke.getOil() != OilGuidance.RECOMMENDED,
                    IssueCode.STROKE_FACE_OIL, at.property("oil"), stroke.getId(), stroke.getOil().code());
        }
    }
}
