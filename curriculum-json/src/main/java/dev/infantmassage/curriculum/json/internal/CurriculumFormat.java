package dev.infantmassage.curriculum.json.internal;

import static dev.infantmassage.curriculum.json.internal.Shapes.bool;
import static dev.infantmassage.curriculum.json.internal.Shapes.code;
import static dev.infantmassage.curriculum.json.internal.Shapes.integer;
import static dev.infantmassage.curriculum.json.internal.Shapes.localized;
import static dev.infantmassage.curriculum.json.internal.Shapes.text;

import dev.infantmassage.curriculum.BenefitTag;
import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.Confidence;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.MotionPattern;
import dev.infantmassage.curriculum.Oil;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.OilWarning;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineKind;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeFigure;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.TechniqueKind;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.TopicTag;
import dev.infantmassage.curriculum.WaitingPeriod;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.List;
import java.util.OptionalInt;

/**
 * The curriculum file format, version 1: every object type with its properties in canonical order.
 * The reader, the writer and the JSON Schema are all derived from this table.
 */
public final class CurriculumFormat {
    /** The property that names a JSON Schema, allowed at the top level for editors. */
    public static final String SCHEMA_KEY = "$schema";
    /** The format's major version. */
    public static final int MAJOR_VERSION = 1;
    /** The schema's stable identifier. */
    public static final String SCHEMA_ID = "https://infantmassage.dev/schema/curriculum-1.json";

    private static final OptionalInt ANY = OptionalInt.empty();
    private static final OptionalInt POSITIVE = OptionalInt.of(1);
    private static final OptionalInt NOT_NEGATIVE = OptionalInt.of(0);
    private static final String ID_DOC = "The identifier other entries use to refer to this one: lower-kebab-case, unique in its catalogue.";
    private static final String SOURCES_DOC = "The identifiers of the citations (top-level 'sources') that support this entry.";

    public static final ObjectType<Citation, Citation.Builder> CITATION = ObjectType.of("citation", "a citation",
                    "A work or page the curriculum cites; entries refer to it by 'id'.",
                    Citation::builder, Citation.Builder::build, Citation.Builder::putAllExtensions)
            .required("id", text(), Citation.Builder::id, Citation::getId, ID_DOC)
            .required("title", text(), Citation.Builder::title, Citation::getTitle, "The title of the work or page.")
            .optional("url", text("^https?://\\S+$"), Citation.Builder::url, Citation::getUrl,
                    "Where to find it: an http or https address.")
            .optional("note", text(), Citation.Builder::note, Citation::getNote,
                    "What the source supports, or how far to trust it.");

    public static final ObjectType<Stroke, Stroke.Builder> STROKE = ObjectType.of("stroke", "a stroke",
                    "A massage stroke as parents are taught it: where it goes, which way it moves, how often, and what it is for.",
                    Stroke::builder, Stroke.Builder::build, Stroke.Builder::putAllExtensions)
            .required("id", text(), Stroke.Builder::id, Stroke::getId, ID_DOC + " Region-prefixed, such as 'legs-indian-milking'.")
            .required("name", localized(), Stroke.Builder::name, Stroke::getName, "The stroke's name, as parents hear it in class.")
            .required("region", code(BodyRegion.class), Stroke.Builder::region, Stroke::getRegion,
                    "The body region the stroke belongs to; 'whole-body' for resting hands.")
            .list("contactRegions", code(BodyRegion.class), true, Stroke.Builder::contactRegions, Stroke::getContactRegions,
                    "The other regions the hands touch or hold during the stroke, such as 'legs-and-feet' for knees up;"
                            + " a planner leaves the stroke out when any region it touches is avoided.")
            .defaulted("role", code(StrokeRole.class), Stroke.Builder::role, Stroke::getRole, StrokeRole.STROKE,
                    "The stroke's part in its region's block: resting hands first, integration last.")
            .required("direction", code(Direction.class), Stroke.Builder::direction, Stroke::getDirection,
                    "The direction the hands move; left and right are the baby's own.")
            .optional("pattern", code(MotionPattern.class), Stroke.Builder::pattern, Stroke::getPattern,
                    "The named motion, where the domain fixes its direction (milking, tummy circles).")
            .list("steps", localized(), false, Stroke.Builder::steps, Stroke::getSteps,
                    "Step-by-step instructions, in plain words for parents; at least one.")
            .defaulted("repetitions", integer(POSITIVE), Stroke.Builder::repetitions, Stroke::getRepetitions, 1,
                    "How many times the stroke is usually repeated.")
            .required("durationSeconds", integer(POSITIVE), Stroke.Builder::durationSeconds, Stroke::getDurationSeconds,
                    "The typical time the stroke takes, repetitions included, in seconds.")
            .list("sourcedFigures", code(StrokeFigure.class), true, Stroke.Builder::sourcedFigures, Stroke::getSourcedFigures,
                    "The figures a cited source gives ('repetitions', 'duration'); every other figure is a suggested"
                            + " default an instructor may change.")
            .list("benefits", code(BenefitTag.class), true, Stroke.Builder::benefits, Stroke::getBenefits,
                    "The benefits sources claim: claims, not therapy.")
            .defaulted("minAgeWeeks", integer(NOT_NEGATIVE), Stroke.Builder::minAgeWeeks, Stroke::getMinAgeWeeks, 0,
                    "The youngest age, in weeks (corrected for prematurity), the stroke suits.")
            .optional("maxAgeWeeks", integer(POSITIVE), Stroke.Builder::maxAgeWeeks, Stroke::getMaxAgeWeeks,
                    "The oldest age, in weeks, the stroke suits, if it has a limit.")
            .defaulted("oil", code(OilGuidance.class), Stroke.Builder::oil, Stroke::getOil, OilGuidance.RECOMMENDED,
                    "How much oil the stroke calls for.")
            .required("confidence", code(Confidence.class), Stroke.Builder::confidence, Stroke::getConfidence,
                    "How well the sources support the stroke's motion and direction.")
            .list("advisories", localized(), false, Stroke.Builder::advisories, Stroke::getAdvisories,
                    "Cautions and debates worth telling parents, such as the Indian milking controversy.")
            .list("sources", text(), false, Stroke.Builder::sources, Stroke::getSources, SOURCES_DOC);

    public static final ObjectType<Technique, Technique.Builder> TECHNIQUE = ObjectType.of("technique", "a technique",
                    "Something parents learn that is not a stroke: the permission ritual, touch relaxation, a containment hold.",
                    Technique::builder, Technique.Builder::build, Technique.Builder::putAllExtensions)
            .required("id", text(), Technique.Builder::id, Technique::getId, ID_DOC)
            .required("kind", code(TechniqueKind.class), Technique.Builder::kind, Technique::getKind, "What kind of technique it is.")
            .required("name", localized(), Technique.Builder::name, Technique::getName, "The technique's name.")
            .list("steps", localized(), false, Technique.Builder::steps, Technique::getSteps,
                    "Step-by-step instructions, in plain words for parents; at least one.")
            .required("confidence", code(Confidence.class), Technique.Builder::confidence, Technique::getConfidence,
                    "How well the sources support the technique as described.")
            .list("sources", text(), false, Technique.Builder::sources, Technique::getSources, SOURCES_DOC);

    public static final ObjectType<RoutineStep, RoutineStep.Builder> ROUTINE_STEP = ObjectType.of("routineStep",
                    "a routine step", "One step of a routine: a stroke from the catalogue, done a number of times.",
                    RoutineStep::builder, RoutineStep.Builder::build, RoutineStep.Builder::putAllExtensions)
            .required("stroke", text(), RoutineStep.Builder::stroke, RoutineStep::getStroke,
                    "The identifier of the stroke, which must be in the curriculum's 'strokes'.")
            .defaulted("repetitions", integer(POSITIVE), RoutineStep.Builder::repetitions, RoutineStep::getRepetitions, 1,
                    "How many times the stroke is done at this step.")
            .optional("note", localized(), RoutineStep.Builder::note, RoutineStep::getNote,
                    "What is special about the stroke at this step, such as 'hold for a slow count of six'.");

    public static final ObjectType<Routine, Routine.Builder> ROUTINE = ObjectType.of("routine", "a routine",
                    "A named, ordered sequence of strokes: the colic relief routine, the full routine.",
                    Routine::builder, Routine.Builder::build, Routine.Builder::putAllExtensions)
            .required("id", text(), Routine.Builder::id, Routine::getId, ID_DOC)
            .required("kind", code(RoutineKind.class), Routine.Builder::kind, Routine::getKind, "What kind of routine it is.")
            .required("name", localized(), Routine.Builder::name, Routine::getName, "The routine's name.")
            .optional("description", localized(), Routine.Builder::description, Routine::getDescription,
                    "When and how to use the routine.")
            .list("steps", ROUTINE_STEP, false, Routine.Builder::steps, Routine::getSteps,
                    "The steps, in the order they are done; at least one.")
            .optional("cyclesPerSession", integer(POSITIVE), Routine.Builder::cyclesPerSession, Routine::getCyclesPerSession,
                    "How many times the whole sequence is done in one session.")
            .optional("sessionsPerDay", integer(POSITIVE), Routine.Builder::sessionsPerDay, Routine::getSessionsPerDay,
                    "How many sessions a day.")
            .optional("days", integer(POSITIVE), Routine.Builder::days, Routine::getDays, "For how many days to keep it up.")
            .list("sources", text(), false, Routine.Builder::sources, Routine::getSources, SOURCES_DOC);

    public static final ObjectType<CueSignal, CueSignal.Builder> CUE = ObjectType.of("cue", "a cue",
                    "A cue the baby gives during massage, such as yawning or smiling, with what the parent should do on seeing it.",
                    CueSignal::builder, CueSignal.Builder::build, CueSignal.Builder::putAllExtensions)
            .required("id", text(), CueSignal.Builder::id, CueSignal::getId, ID_DOC + " Such as 'yawning'.")
            .required("name", localized(), CueSignal.Builder::name, CueSignal::getName, "The cue's name.")
            .required("polarity", code(CuePolarity.class), CueSignal.Builder::polarity, CueSignal::getPolarity,
                    "Whether the cue invites interaction (engagement) or asks for a break (disengagement).")
            .required("intensity", code(CueIntensity.class), CueSignal.Builder::intensity, CueSignal::getIntensity,
                    "Whether the cue is subtle or potent.")
            .required("response", code(CueResponse.class), CueSignal.Builder::response, CueSignal::getResponse,
                    "The recommended response when this cue is seen alone.")
            .optional("guidance", localized(), CueSignal.Builder::guidance, CueSignal::getGuidance,
                    "What the parent does, in plain words.")
            .list("sources", text(), false, CueSignal.Builder::sources, CueSignal::getSources, SOURCES_DOC);

    public static final ObjectType<WaitingPeriod, WaitingPeriod.Builder> WAITING_PERIOD = ObjectType.of("waitingPeriod",
                    "a waiting period",
                    "How long to wait before massage may resume, as a range with a default, because sources disagree.",
                    WaitingPeriod::builder, WaitingPeriod.Builder::build, WaitingPeriod.Builder::putAllExtensions)
            .required("unit", code(TimeUnit.class), WaitingPeriod.Builder::unit, WaitingPeriod::getUnit,
                    "The unit of 'min', 'defaultValue' and 'max'.")
            .required("min", integer(ANY), WaitingPeriod.Builder::min, WaitingPeriod::getMin, "The shortest wait any source allows.")
            .required("defaultValue", integer(ANY), WaitingPeriod.Builder::defaultValue, WaitingPeriod::getDefaultValue,
                    "The wait used unless the caller chooses another within the range.")
            .required("max", integer(ANY), WaitingPeriod.Builder::max, WaitingPeriod::getMax, "The longest wait any source asks for.");

    public static final ObjectType<Contraindication, Contraindication.Builder> CONTRAINDICATION = ObjectType.of(
                    "contraindication", "a contraindication",
                    "A condition under which massage, or part of it, must not happen, or must wait for a health professional's advice.",
                    Contraindication::builder, Contraindication.Builder::build, Contraindication.Builder::putAllExtensions)
            .required("id", text(), Contraindication.Builder::id, Contraindication::getId, ID_DOC + " Such as 'immunisation-site'.")
            .required("condition", localized(), Contraindication.Builder::condition, Contraindication::getCondition,
                    "The condition, such as 'Recent immunisation: injection site'.")
            .required("scope", code(ContraindicationScope.class), Contraindication.Builder::scope, Contraindication::getScope,
                    "What the condition rules out.")
            .list("regions", code(BodyRegion.class), true, Contraindication.Builder::regions, Contraindication::getRegions,
                    "The regions left out, for 'avoid-local-region' or a timing rule.")
            .optional("site", localized(), Contraindication.Builder::site, Contraindication::getSite,
                    "The affected site when it is narrower than a region, such as 'the injection site'.")
            .defaulted("askProfessional", bool(), Contraindication.Builder::askProfessional, Contraindication::isAskProfessional,
                    false, "Whether a health professional should be asked as well, whatever the scope.")
            .list("implies", text(), false, Contraindication.Builder::implies, Contraindication::getImplies,
                    "The identifiers of other contraindications that apply too whenever this one does, such as"
                            + " 'immunisation' for an injection site.")
            .defaulted("requiresClearance", bool(), Contraindication.Builder::requiresClearance,
                    Contraindication::isRequiresClearance, false,
                    "Whether the restriction lasts, after any waiting period, until someone confirms the condition"
                            + " has gone: the waiting period is then a minimum, never a timer alone.")
            .optional("presumedBeforeAgeWeeks", integer(POSITIVE), Contraindication.Builder::presumedBeforeAgeWeeks,
                    Contraindication::getPresumedBeforeAgeWeeks,
                    "The corrected age, in weeks, below which the condition is presumed present unless it has been"
                            + " cleared, such as an umbilical cord that may not have healed in the first weeks.")
            .optional("waitingPeriod", WAITING_PERIOD, Contraindication.Builder::waitingPeriod, Contraindication::getWaitingPeriod,
                    "How long to wait, when the wait is a period rather than 'until healed'.")
            .optional("confidence", code(Confidence.class), Contraindication.Builder::confidence,
                    Contraindication::getConfidence, "How well the sources support the entry.")
            .required("guidance", localized(), Contraindication.Builder::guidance, Contraindication::getGuidance,
                    "What the parent does, in plain words: never a diagnosis.")
            .list("sources", text(), false, Contraindication.Builder::sources, Contraindication::getSources, SOURCES_DOC);

    public static final ObjectType<Oil, Oil.Builder> OIL = ObjectType.of("oil", "an oil",
                    "An oil for massage, with the properties the IAIM tradition asks of it.",
                    Oil::builder, Oil.Builder::build, Oil.Builder::putAllExtensions)
            .required("id", text(), Oil.Builder::id, Oil::getId, "The oil's identifier, unique in its policy, such as 'sunflower'.")
            .required("name", localized(), Oil.Builder::name, Oil::getName, "The oil's name.")
            .required("unscented", bool(), Oil.Builder::unscented, Oil::isUnscented,
                    "Whether the oil has no added scent, so the baby can still smell the parent.")
            .required("edible", bool(), Oil.Builder::edible, Oil::isEdible,
                    "Whether the oil is safe to swallow: an oil one would eat on a salad.")
            .required("coldPressed", bool(), Oil.Builder::coldPressed, Oil::isColdPressed, "Whether the oil is cold-pressed.")
            .required("nutFree", bool(), Oil.Builder::nutFree, Oil::isNutFree,
                    "Whether the oil is free of nuts, which may sensitise a baby through the skin.")
            .required("patchTestRequired", bool(), Oil.Builder::patchTestRequired, Oil::isPatchTestRequired,
                    "Whether the oil must be tried on a small patch of the baby's skin first; true for every oil.")
            .list("notes", localized(), false, Oil.Builder::notes, Oil::getNotes, "Why the oil suits, or what to watch for.");

    public static final ObjectType<OilWarning, OilWarning.Builder> OIL_WARNING = ObjectType.of("oilWarning",
                    "an oil warning", "Something not to put on the baby's skin, and why.",
                    OilWarning::builder, OilWarning.Builder::build, OilWarning.Builder::putAllExtensions)
            .required("id", text(), OilWarning.Builder::id, OilWarning::getId,
                    "The warning's identifier, unique in its policy, such as 'nut-oils'.")
            .required("name", localized(), OilWarning.Builder::name, OilWarning::getName, "What to avoid.")
            .required("reason", localized(), OilWarning.Builder::reason, OilWarning::getReason, "Why, in plain words.")
            .required("confidence", code(Confidence.class), OilWarning.Builder::confidence, OilWarning::getConfidence,
                    "How well the sources support the warning.")
            .list("sources", text(), false, OilWarning.Builder::sources, OilWarning::getSources, SOURCES_DOC);

    public static final ObjectType<OilPolicy, OilPolicy.Builder> OIL_POLICY = ObjectType.of("oilPolicy", "the oil policy",
                    "Which oil to use and which to avoid: a default oil, other suitable oils, warnings, the patch test and"
                            + " how much oil goes on the face.",
                    OilPolicy::builder, OilPolicy.Builder::build, OilPolicy.Builder::putAllExtensions)
            .required("defaultOil", OIL, OilPolicy.Builder::defaultOil, OilPolicy::getDefaultOil,
                    "The oil recommended unless the parent chooses another: unscented, edible, cold-pressed and nut-free.")
            .list("alternatives", OIL, false, OilPolicy.Builder::alternatives, OilPolicy::getAlternatives,
                    "Other suitable oils.")
            .list("avoid", OIL_WARNING, false, OilPolicy.Builder::avoid, OilPolicy::getAvoid, "What not to use, and why.")
            .list("patchTest", localized(), false, OilPolicy.Builder::patchTest, OilPolicy::getPatchTest,
                    "How to patch-test a new oil, step by step.")
            .defaulted("face", code(OilGuidance.class), OilPolicy.Builder::face, OilPolicy::getFace, OilGuidance.MINIMAL,
                    "How much oil goes on the face and scalp: 'minimal' or 'none'.")
            .list("advisories", localized(), false, OilPolicy.Builder::advisories, OilPolicy::getAdvisories,
                    "Other practical advice, such as using a prescribed cream on a skin condition.")
            .list("sources", text(), false, OilPolicy.Builder::sources, OilPolicy::getSources, SOURCES_DOC);

    public static final ObjectType<DiscussionTopic, DiscussionTopic.Builder> TOPIC = ObjectType.of("discussionTopic",
                    "a discussion topic", "A subject the class talks about, tagged so the five weeks can be checked for the essentials.",
                    DiscussionTopic::builder, DiscussionTopic.Builder::build, DiscussionTopic.Builder::putAllExtensions)
            .required("tag", code(TopicTag.class), DiscussionTopic.Builder::tag, DiscussionTopic::getTag, "What the topic is about.")
            .required("title", localized(), DiscussionTopic.Builder::title, DiscussionTopic::getTitle, "The topic's title.");

    public static final ObjectType<HomePractice, HomePractice.Builder> HOME_PRACTICE = ObjectType.of("homePractice",
                    "a home practice", "What parents practise at home between classes.",
                    HomePractice::builder, HomePractice.Builder::build, HomePractice.Builder::putAllExtensions)
            .required("minutesPerDay", integer(POSITIVE), HomePractice.Builder::minutesPerDay, HomePractice::getMinutesPerDay,
                    "Minutes of practice a day; about 15.")
            .optional("note", localized(), HomePractice.Builder::note, HomePractice::getNote, "What to practise, in plain words.");

    public static final ObjectType<WeekPlan, WeekPlan.Builder> WEEK = ObjectType.of("weekPlan", "a week",
                    "One week of the five-week class; everything is referenced by identifier.",
                    WeekPlan::builder, WeekPlan.Builder::build, WeekPlan.Builder::putAllExtensions)
            .required("number", integer(ANY), WeekPlan.Builder::number, WeekPlan::getNumber, "The week's number, 1 to 5.")
            .required("title", localized(), WeekPlan.Builder::title, WeekPlan::getTitle, "The week's title.")
            .required("sessionMinutes", integer(POSITIVE), WeekPlan.Builder::sessionMinutes, WeekPlan::getSessionMinutes,
                    "The length of the class session, in minutes; usually about 60.")
            .list("newStrokes", text(), false, WeekPlan.Builder::newStrokes, WeekPlan::getNewStrokes,
                    "The identifiers of the strokes introduced this week, in teaching order.")
            .list("reviewStrokes", text(), false, WeekPlan.Builder::reviewStrokes, WeekPlan::getReviewStrokes,
                    "The identifiers of the strokes reviewed this week; each introduced in an earlier week.")
            .list("newRoutines", text(), false, WeekPlan.Builder::newRoutines, WeekPlan::getNewRoutines,
                    "The identifiers of the routines introduced this week.")
            .list("reviewRoutines", text(), false, WeekPlan.Builder::reviewRoutines, WeekPlan::getReviewRoutines,
                    "The identifiers of the routines reviewed this week.")
            .list("techniques", text(), false, WeekPlan.Builder::techniques, WeekPlan::getTechniques,
                    "The identifiers of the techniques practised this week; the permission ritual belongs to every week.")
            .list("topics", TOPIC, false, WeekPlan.Builder::topics, WeekPlan::getTopics, "What the class discusses this week.")
            .list("cues", text(), false, WeekPlan.Builder::cues, WeekPlan::getCues,
                    "The identifiers of the cues practised this week.")
            .optional("homePractice", HOME_PRACTICE, WeekPlan.Builder::homePractice, WeekPlan::getHomePractice,
                    "The home practice until next week.");

    public static final ObjectType<FiveWeekSchedule, FiveWeekSchedule.Builder> SCHEDULE = ObjectType.of("schedule",
                    "the schedule", "The five weekly sessions of the class, in order.",
                    FiveWeekSchedule::builder, FiveWeekSchedule.Builder::build, FiveWeekSchedule.Builder::putAllExtensions)
            .list("weeks", WEEK, false, FiveWeekSchedule.Builder::weeks, FiveWeekSchedule::getWeeks,
                    "The weeks 1 to 5, each exactly once.");

    public static final ObjectType<Curriculum, Curriculum.Builder> CURRICULUM = ObjectType.of("curriculum",
                    "the curriculum",
                    "An infant massage curriculum: catalogues of strokes, techniques, routines, cues and contraindications, "
                            + "and the five-week schedule that teaches them.",
                    Curriculum::builder, Curriculum.Builder::build, Curriculum.Builder::putAllExtensions)
            .topLevel()
            .required("formatVersion", text("^1\\.[0-9]{1,4}$"), Curriculum.Builder::formatVersion, Curriculum::getFormatVersion,
                    "The version of this file format, 'major.minor'; this library reads major version 1 and writes '"
                            + Curriculum.FORMAT_VERSION + "'.")
            .required("id", text(), Curriculum.Builder::id, Curriculum::getId, "The curriculum's identifier, such as 'iaim-five-week'.")
            .required("title", localized(), Curriculum.Builder::title, Curriculum::getTitle, "The curriculum's title.")
            .optional("description", localized(), Curriculum.Builder::description, Curriculum::getDescription,
                    "What the curriculum is and whom it is for.")
            .required("defaultLanguage", text(), Curriculum.Builder::defaultLanguage, Curriculum::getDefaultLanguage,
                    "The BCP 47 tag of the language every text must have, such as 'en'.")
            .list("languages", text(), false, Curriculum.Builder::languages, Curriculum::getLanguages,
                    "The other languages the curriculum is translated into, as BCP 47 tags.")
            .list("authors", text(), false, Curriculum.Builder::authors, Curriculum::getAuthors, "The people who wrote it.")
            .required("license", text(), Curriculum.Builder::license, Curriculum::getLicense,
                    "The licence of the content, preferably an SPDX identifier such as 'CC-BY-4.0'.")
            .list("sources", CITATION, false, Curriculum.Builder::sources, Curriculum::getSources, "The works the entries cite.")
            .list("strokes", STROKE, false, Curriculum.Builder::strokes, Curriculum::getStrokes, "The stroke catalogue.")
            .list("techniques", TECHNIQUE, false, Curriculum.Builder::techniques, Curriculum::getTechniques,
                    "The technique catalogue.")
            .list("routines", ROUTINE, false, Curriculum.Builder::routines, Curriculum::getRoutines, "The routine catalogue.")
            .list("cues", CUE, false, Curriculum.Builder::cues, Curriculum::getCues, "The catalogue of the baby's cues.")
            .list("contraindications", CONTRAINDICATION, false, Curriculum.Builder::contraindications,
                    Curriculum::getContraindications, "The catalogue of contraindications.")
            .optional("oilPolicy", OIL_POLICY, Curriculum.Builder::oilPolicy, Curriculum::getOilPolicy,
                    "Which oil to use and which to avoid.")
            .required("schedule", SCHEDULE, Curriculum.Builder::schedule, Curriculum::getSchedule,
                    "The five-week schedule.");

    /** Every object type, the top level first: the schema's definitions. */
    public static final List<ObjectType<?, ?>> TYPES = List.of(CURRICULUM, CITATION, STROKE, TECHNIQUE, ROUTINE,
            ROUTINE_STEP, CUE, CONTRAINDICATION, WAITING_PERIOD, OIL_POLICY, OIL, OIL_WARNING, SCHEDULE, WEEK, TOPIC,
            HOME_PRACTICE);

    private CurriculumFormat() {}
}
