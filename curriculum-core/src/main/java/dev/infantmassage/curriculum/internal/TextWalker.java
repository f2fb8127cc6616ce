package dev.infantmassage.curriculum.internal;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.Oil;
import dev.infantmassage.curriculum.OilWarning;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Visits every {@link LocalizedText} of a curriculum with its location, in document order.
 *
 * <p>Hand-written so it stays obvious: one line per text-valued property. A test builds a curriculum
 * with a text at every such property (found by reflection) and checks that each is visited, so a new
 * text property cannot be forgotten here.
 */
public final class TextWalker {
    private TextWalker() {}

    /** Calls {@code visitor} with each text and where it is. */
    public static void walk(Curriculum curriculum, BiConsumer<LocalizedText, IssueLocation> visitor) {
        IssueLocation root = IssueLocation.root();
        visitor.accept(curriculum.getTitle(), root.property("title"));
        optional(curriculum.getDescription(), root.property("description"), visitor);

        List<Stroke> strokes = curriculum.getStrokes();
        for (int i = 0; i < strokes.size(); i++) {
            Stroke stroke = strokes.get(i);
            IssueLocation at = Locations.STROKES.index(i);
            visitor.accept(stroke.getName(), at.property("name"));
            list(stroke.getSteps(), at.property("steps"), visitor);
            list(stroke.getAdvisories(), at.property("advisories"), visitor);
        }

        List<Technique> techniques = curriculum.getTechniques();
        for (int i = 0; i < techniques.size(); i++) {
            Technique technique = techniques.get(i);
            IssueLocation at = Locations.TECHNIQUES.index(i);
            visitor.accept(technique.getName(), at.property("name"));
            list(technique.getSteps(), at.property("steps"), visitor);
        }

        List<Routine> routines = curriculum.getRoutines();
        for (int i = 0; i < routines.size(); i++) {
            Routine routine = routines.get(i);
            IssueLocation at = Locations.ROUTINES.index(i);
            visitor.accept(routine.getName(), at.property("name"));
            optional(routine.getDescription(), at.property("description"), visitor);
            List<RoutineStep> steps = routine.getSteps();
            for (int j = 0; j < steps.size(); j++) {
                optional(steps.get(j).getNote(), at.property("steps").index(j).property("note"), visitor);
            }
        }

        List<CueSignal> cues = curriculum.getCues();
        for (int i = 0; i < cues.size(); i++) {
            CueSignal cue = cues.get(i);
            IssueLocation at = Locations.CUES.index(i);
            visitor.accept(cue.getName(), at.property("name"));
            optional(cue.getGuidance(), at.property("guidance"), visitor);
        }

        List<Contraindication> contraindications = curriculum.getContraindications();
        for (int i = 0; i < contraindications.size(); i++) {
            Contraindication entry = contraindications.get(i);
            IssueLocation at = Locations.CONTRAINDICATIONS.index(i);
            visitor.accept(entry.getCondition(), at.property("condition"));
            optional(entry.getSite(), at.property("site"), visitor);
            visitor.accept(entry.getGuidance(), at.property("guidance"));
        }

        curriculum.getOilPolicy().ifPresent(policy -> {
            IssueLocation at = Locations.OIL_POLICY;
            oil(policy.getDefaultOil(), at.property("defaultOil"), visitor);
            for (int i = 0; i < policy.getAlternatives().size(); i++) {
                oil(policy.getAlternatives().get(i), at.property("alternatives").index(i), visitor);
            }
            for (int i = 0; i < policy.getAvoid().size(); i++) {
                OilWarning warning = policy.getAvoid().get(i);
                visitor.accept(warning.getName(), at.property("avoid").index(i).property("name"));
                visitor.accept(warning.getReason(), at.property("avoid").index(i).property("reason"));
            }
            list(policy.getPatchTest(), at.property("patchTest"), visitor);
            list(policy.getAdvisories(), at.property("advisories"), visitor);
        });

        List<WeekPlan> weeks = curriculum.getSchedule().getWeeks();
        for (int i = 0; i < weeks.size(); i++) {
            WeekPlan week = weeks.get(i);
            IssueLocation at = Locations.WEEKS.index(i);
            visitor.accept(week.getTitle(), at.property("title"));
            List<DiscussionTopic> topics = week.getTopics();
            for (int j = 0; j < topics.size(); j++) {
                visitor.accept(topics.get(j).getTitle(), at.property("topics").index(j).property("title"));
            }
            week.getHomePractice().ifPresent(
                    practice -> optional(practice.getNote(), at.property("homePractice").property("note"), visitor));
        }
    }

    private static void oil(Oil oil, IssueLocation at, BiConsumer<LocalizedText, IssueLocation> visitor) {
        visitor.accept(oil.getName(), at.property("name"));
        list(oil.getNotes(), at.property("notes"), visitor);
    }

    private static void optional(Optional<LocalizedText> text, IssueLocation at,
            BiConsumer<LocalizedText, IssueLocation> visitor) {
        text.ifPresent(value -> visitor.accept(value, at));
    }

    private static void list(List<LocalizedText> texts, IssueLocation at, BiConsumer<LocalizedText, IssueLocation> visitor) {
        for (int i = 0; i < texts.size(); i++) {
            visitor.accept(texts.get(i), at.index(i));
        }
    }
}
