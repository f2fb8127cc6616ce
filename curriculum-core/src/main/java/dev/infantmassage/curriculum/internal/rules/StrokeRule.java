package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stroke's own consistency: a non-empty age range, little or no oil on the face, and contact regions
 * that cover the body parts its steps mention.
 */
final class StrokeRule implements Rule {
    /**
     * Words for the baby's body in step texts, and their regions. Words that usually mean the parent's
     * body ("hand", "fingers", "palm"), a landmark ("the hip", "the heel of the hand") or something else
     * ("back and forth", "head to toe", "under the ribs") are left out on purpose, and so is a word right
     * after "your" (the parent's shoulder).
     */
    private static final Map<String, BodyRegion> BODY_WORDS = Map.ofEntries(
            Map.entry("thigh", BodyRegion.LEGS_AND_FEET),
            Map.entry("thighs", BodyRegion.LEGS_AND_FEET),
            Map.entry("leg", BodyRegion.LEGS_AND_FEET),
            Map.entry("legs", BodyRegion.LEGS_AND_FEET),
            Map.entry("knee", BodyRegion.LEGS_AND_FEET),
            Map.entry("knees", BodyRegion.LEGS_AND_FEET),
            Map.entry("ankle", BodyRegion.LEGS_AND_FEET),
            Map.entry("ankles", BodyRegion.LEGS_AND_FEET),
            Map.entry("foot", BodyRegion.LEGS_AND_FEET),
            Map.entry("feet", BodyRegion.LEGS_AND_FEET),
            Map.entry("toes", BodyRegion.LEGS_AND_FEET),
            Map.entry("sole", BodyRegion.LEGS_AND_FEET),
            Map.entry("bottom", BodyRegion.LEGS_AND_FEET),
            Map.entry("buttocks", BodyRegion.LEGS_AND_FEET),
            Map.entry("tummy", BodyRegion.STOMACH),
            Map.entry("belly", BodyRegion.STOMACH),
            Map.entry("abdomen", BodyRegion.STOMACH),
            Map.entry("navel", BodyRegion.STOMACH),
            Map.entry("chest", BodyRegion.CHEST),
            Map.entry("arm", BodyRegion.ARMS_AND_HANDS),
            Map.entry("arms", BodyRegion.ARMS_AND_HANDS),
            Map.entry("wrist", BodyRegion.ARMS_AND_HANDS),
            Map.entry("wrists", BodyRegion.ARMS_AND_HANDS),
            Map.entry("shoulder", BodyRegion.ARMS_AND_HANDS),
            Map.entry("shoulders", BodyRegion.ARMS_AND_HANDS),
            Map.entry("armpit", BodyRegion.ARMS_AND_HANDS),
            Map.entry("elbow", BodyRegion.ARMS_AND_HANDS),
            Map.entry("forehead", BodyRegion.FACE),
            Map.entry("cheek", BodyRegion.FACE),
            Map.entry("cheeks", BodyRegion.FACE),
            Map.entry("chin", BodyRegion.FACE),
            Map.entry("jaw", BodyRegion.FACE),
            Map.entry("nose", BodyRegion.FACE),
            Map.entry("ears", BodyRegion.FACE),
            Map.entry("neck", BodyRegion.FACE),
            Map.entry("spine", BodyRegion.BACK));
    /** The longest one stroke may take: an hour, longer than a whole class session. */
    static final int MAX_DURATION_SECONDS = 60 * 60;
    /** The most repetitions of one stroke. */
    static final int MAX_REPETITIONS = 100;

    private static final Pattern WORD = Pattern.compile("[a-z]+");

    @Override
    public void check(RuleContext context, IssueCollector issues) {
        List<Stroke> strokes = context.curriculum().getStrokes();
        for (int i = 0; i < strokes.size(); i++) {
            Stroke stroke = strokes.get(i);
            IssueLocation at = Locations.STROKES.index(i);
            int min = stroke.getMinAgeWeeks();
            stroke.getMaxAgeWeeks()
                    .ifPresent(max -> issues.rule(
                            min <= max,
                            IssueCode.STROKE_AGE_RANGE_INVALID,
                            at.property(nameOf(Stroke::getMaxAgeWeeks)),
                            stroke.getId(),
                            min,
                            max));
            issues.rule(
                    stroke.getDurationSeconds() <= MAX_DURATION_SECONDS,
                    IssueCode.STROKE_DURATION_TOO_LONG,
                    at.property(nameOf(Stroke::getDurationSeconds)),
                    stroke.getId(),
                    MAX_DURATION_SECONDS,
                    stroke.getDurationSeconds());
            issues.rule(
                    stroke.getRepetitions() <= MAX_REPETITIONS,
                    IssueCode.STROKE_REPETITIONS_TOO_MANY,
                    at.property(nameOf(Stroke::getRepetitions)),
                    stroke.getId(),
                    MAX_REPETITIONS,
                    stroke.getRepetitions());
            checkContacts(context, stroke, at, issues);
            issues.rule(
                    stroke.getRegion() != BodyRegion.FACE || stroke.getOil() != OilGuidance.RECOMMENDED,
                    IssueCode.STROKE_FACE_OIL,
                    at.property(nameOf(Stroke::getOil)),
                    stroke.getId(),
                    stroke.getOil().code());
        }
    }

    private static void checkContacts(RuleContext context, Stroke stroke, IssueLocation at, IssueCollector issues) {
        if (stroke.getRegion() == BodyRegion.WHOLE_BODY) {
            return;
        }
        String language = context.curriculum().getDefaultLanguage();
        Set<BodyRegion> touched = stroke.touchedRegions();
        Map<BodyRegion, String> missing = new EnumMap<>(BodyRegion.class);
        for (LocalizedText step : stroke.getSteps()) {
            Matcher words = WORD.matcher(step.toMap().getOrDefault(language, "").toLowerCase(Locale.ROOT));
            String previous = "";
            while (words.find()) {
                BodyRegion region = BODY_WORDS.get(words.group());
                if (region != null
                        && !touched.contains(region)
                        && !previous.equals("your")
                        && !(stroke.getRegion() == BodyRegion.BACK && isBackPosition(region))) {
                    missing.putIfAbsent(region, words.group());
                }
                previous = words.group();
            }
        }
        missing.forEach((region, word) -> issues.rule(
                false,
                IssueCode.STROKE_CONTACT_REGIONS_INCOMPLETE,
                at.property(nameOf(Stroke::getContactRegions)),
                stroke.getId(),
                word,
                region.code()));
    }

    /** A back stroke is done with the baby on its tummy, from the neck down: those words are its position. */
    private static boolean isBackPosition(BodyRegion region) {
        return region == BodyRegion.FACE || region == BodyRegion.STOMACH;
    }
}
