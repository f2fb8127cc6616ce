package dev.infantmassage.curriculum.internal;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.Oil;
import dev.infantmassage.curriculum.OilPolicy;
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
        visitor.accept(curriculum.getTitle(), root.property(nameOf(Curriculum::getTitle)));
        optional(curriculum.getDescription(), root.property(nameOf(Curriculum::getDescription)), visitor);

        List<Stroke> strokes = curriculum.getStrokes();
        for (int i = 0; i < strokes.size(); i++) {
            Stroke stroke = strokes.get(i);
            IssueLocation at = Locations.STROKES.index(i);
            visitor.accept(stroke.getName(), at.property(nameOf(Stroke::getName)));
            list(stroke.getSteps(), at.property(nameOf(Stroke::getSteps)), visitor);
            list(stroke.getAdvisories(), at.property(nameOf(Stroke::getAdvisories)), visitor);
        }

        List<Technique> techniques = curriculum.getTechniques();
        for (int i = 0; i < techniques.size(); i++) {
            Technique technique = techniques.get(i);
            IssueLocation at = Locations.TECHNIQUES.index(i);
            visitor.accept(technique.getName(), at.property(nameOf(Technique::getName)));
            list(technique.getSteps(), at.property(nameOf(Technique::getSteps)), visitor);
        }

        List<Routine> routines = curriculum.getRoutines();
        for (int i = 0; i < routines.size(); i++) {
            Routine routine = routines.get(i);
            IssueLocation at = Locations.ROUTINES.index(i);
            visitor.accept(routine.getName(), at.property(nameOf(Routine::getName)));
            optional(routine.getDescription(), at.property(nameOf(Routine::getDescription)), visitor);
            List<RoutineStep> steps = routine.getSteps();
            for (int j = 0; j < steps.size(); j++) {
                optional(
                        steps.get(j).getNote(),
                        at.property(nameOf(Routine::getSteps)).index(j).property(nameOf(RoutineStep::getNote)),
                        visitor);
            }
        }

        List<CueSignal> cues = curriculum.getCues();
        for (int i = 0; i < cues.size(); i++) {
            CueSignal cue = cues.get(i);
            IssueLocation at = Locations.CUES.index(i);
            visitor.accept(cue.getName(), at.property(nameOf(CueSignal::getName)));
            optional(cue.getGuidance(), at.property(nameOf(CueSignal::getGuidance)), visitor);
        }

        List<Contraindication> contraindications = curriculum.getContraindications();
        for (int i = 0; i < contraindications.size(); i++) {
            Contraindication entry = contraindications.get(i);
            IssueLocation at = Locations.CONTRAINDICATIONS.index(i);
            visitor.accept(entry.getCondition(), at.property(nameOf(Contraindication::getCondition)));
            optional(entry.getSite(), at.property(nameOf(Contraindication::getSite)), visitor);
            visitor.accept(entry.getGuidance(), at.property(nameOf(Contraindication::getGuidance)));
        }

        curriculum.getOilPolicy().ifPresent(policy -> {
            IssueLocation at = Locations.OIL_POLICY;
            oil(policy.getDefaultOil(), at.property(nameOf(OilPolicy::getDefaultOil)), visitor);
            for (int i = 0; i < policy.getAlternatives().size(); i++) {
                oil(
                        policy.getAlternatives().get(i),
                        at.property(nameOf(OilPolicy::getAlternatives)).index(i),
                        visitor);
            }
            for (int i = 0; i < policy.getAvoid().size(); i++) {
                OilWarning warning = policy.getAvoid().get(i);
                visitor.accept(
                        warning.getName(),
                        at.property(nameOf(OilPolicy::getAvoid)).index(i).property(nameOf(OilWarning::getName)));
                visitor.accept(
                        warning.getReason(),
                        at.property(nameOf(OilPolicy::getAvoid)).index(i).property(nameOf(OilWarning::getReason)));
            }
            list(policy.getPatchTest(), at.property(nameOf(OilPolicy::getPatchTest)), visitor);
            list(policy.getAdvisories(), at.property(nameOf(OilPolicy::getAdvisories)), visitor);
        });

        List<WeekPlan> weeks = curriculum.getSchedule().getWeeks();
        for (int i = 0; i < weeks.size(); i++) {
            WeekPlan week = weeks.get(i);
            IssueLocation at = Locations.WEEKS.index(i);
            visitor.accept(week.getTitle(), at.property(nameOf(WeekPlan::getTitle)));
            List<DiscussionTopic> topics = week.getTopics();
            for (int j = 0; j < topics.size(); j++) {
                visitor.accept(
                        topics.get(j).getTitle(),
                        at.property(nameOf(WeekPlan::getTopics)).index(j).property(nameOf(DiscussionTopic::getTitle)));
            }
            week.getHomePractice()
                    .ifPresent(practice -> optional(
                            practice.getNote(),
                            at.property(nameOf(WeekPlan::getHomePractice)).property(nameOf(HomePractice::getNote)),
                            visitor));
        }
    }

    private static void oil(Oil oil, IssueLocation at, BiConsumer<LocalizedText, IssueLocation> visitor) {
        visitor.accept(oil.getName(), at.property(nameOf(Oil::getName)));
        list(oil.getNotes(), at.property(nameOf(Oil::getNotes)), visitor);
    }

    private static void optional(
            Optional<LocalizedText> text, IssueLocation at, BiConsumer<LocalizedText, IssueLocation> visitor) {
        text.ifPresent(value -> visitor.accept(value, at));
    }

    private static void list(
            List<LocalizedText> texts, IssueLocation at, BiConsumer<LocalizedText, IssueLocation> visitor) {
        for (int i = 0; i < texts.size(); i++) {
            visitor.accept(texts.get(i), at.index(i));
        }
    }
}
