package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.Severity.ERROR;
import static dev.infantmassage.curriculum.validation.Severity.WARNING;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of everything the library reports. Each code is API: a stable, lower-kebab,
 * dot-separated name ({@link #code()}) that is never renamed, a default severity, a message template
 * and a one-paragraph description. {@code docs/rules.md} lists them all, and a test keeps it in step.
 *
 * <p>Message templates use {@code {0}}, {@code {1}}... for their arguments.
 *
 * @since 0.1.0
 */
public enum IssueCode {
    // --- Reading JSON (curriculum-json) ---------------------------------------------------------
    /** The file is not well-formed JSON, such as a missing comma or bracket, an unquoted name or a stray character. */
    JSON_SYNTAX(
            "json.syntax",
            ERROR,
            "Malformed JSON: {0}",
            "The file is not well-formed JSON: a missing comma or bracket, an unquoted name, a stray character. "
                    + "Nothing after the error can be read, so fix this first."),
    /** The file ends before an open value is closed, usually because it was cut off while saving or copying. */
    JSON_TRUNCATED(
            "json.truncated",
            ERROR,
            "The document ends before {0} is closed",
            "The file stops in the middle of a value, usually because it was cut off while saving or copying."),
    /** The file is not UTF-8 (with or without a byte order mark), so it is rejected rather than guessed. */
    JSON_ENCODING(
            "json.encoding",
            ERROR,
            "The file must be UTF-8, but {0}",
            "Curriculum files are UTF-8, with or without a byte order mark. Other encodings would turn "
                    + "accented letters into garbage, so they are rejected rather than guessed."),
    /** An object names the same property more than once. */
    JSON_DUPLICATE_KEY(
            "json.duplicate-key",
            ERROR,
            "Property ''{0}'' appears more than once in this object",
            "An object names the same property twice. JSON readers disagree on which one wins, so the file "
                    + "must say it once."),
    /** An object has a property the format does not define and whose name does not start with {@code x-}. */
    JSON_UNKNOWN_PROPERTY(
            "json.unknown-property",
            ERROR,
            "Property ''{0}'' is not allowed in {1}{2}",
            "The property is not part of the format. It is often a typo, and the message suggests the "
                    + "nearest known name. Properties of your own are allowed when their names start with 'x-'."),
    /** A value has the wrong JSON type, such as text where a number or a list belongs. */
    JSON_WRONG_TYPE(
            "json.wrong-type",
            ERROR,
            "''{0}'' must be {1}, but was {2}",
            "A value has the wrong JSON type: text where a number belongs, a single value where a list "
                    + "belongs, and so on."),
    /** An object lacks a property the format requires. */
    JSON_MISSING_PROPERTY(
            "json.missing-property",
            ERROR,
            "Required property ''{0}'' is missing from {1}",
            "The object lacks a property the format requires."),
    /** A value is not one of the codes the format allows for its property. */
    JSON_UNKNOWN_VALUE(
            "json.unknown-value",
            ERROR,
            "''{0}'' must be one of {1}, but was ''{2}''{3}",
            "The value is not one of the codes the format allows for this property."),
    /** The file exceeds a reading limit: its size, nesting depth, string length or number length. */
    JSON_LIMIT_EXCEEDED(
            "json.limit-exceeded",
            ERROR,
            "{0} exceeds the limit of {1}",
            "The file exceeds a reading limit (file size, nesting depth, string length or number length). "
                    + "The limits protect the reader from hostile or broken input and can be raised by the caller."),
    /** The file declares a format version whose major version is not 1. */
    JSON_FORMAT_VERSION(
            "json.format-version",
            ERROR,
            "Format version must have major version 1, but was ''{0}''",
            "The file declares a format version this library cannot read. Files of major version 1 are read; "
                    + "a newer major version needs a newer library."),
    /** The top level of the file is not a single JSON object. */
    JSON_NOT_AN_OBJECT(
            "json.not-an-object",
            ERROR,
            "A curriculum file must hold one JSON object, but held {0}",
            "The top level of a curriculum file is a single object."),
    /** The file does not exist, is not a regular file, or cannot be opened for lack of permission. */
    JSON_UNREADABLE(
            "json.unreadable",
            ERROR,
            "The file cannot be read: {0}",
            "The file does not exist, is not a regular file, or the reader lacks permission to open it."),
    /** An object's values could each be read, but the model rejects them together. */
    JSON_REJECTED(
            "json.rejected",
            ERROR,
            "''{0}'' cannot be built: {1}",
            "The object's values could each be read, but the model rejects them together."),

    // --- Structural constraints (Bean Validation) -----------------------------------------------
    /** A text that must say something is empty or only spaces. */
    CONSTRAINT_NOT_BLANK(
            "constraint.not-blank",
            ERROR,
            "''{0}'' must not be blank",
            "A text that must say something is empty or only spaces."),
    /** A list that needs at least one item is empty, such as a stroke without steps. */
    CONSTRAINT_NOT_EMPTY(
            "constraint.not-empty",
            ERROR,
            "''{0}'' must not be empty",
            "A list that needs at least one item is empty, such as a stroke without steps."),
    /** A count or duration that must be positive is zero or negative. */
    CONSTRAINT_POSITIVE(
            "constraint.positive",
            ERROR,
            "''{0}'' must be positive, but was {1}",
            "A count or duration is zero or negative."),
    /** A value that may be zero is negative. */
    CONSTRAINT_NOT_NEGATIVE(
            "constraint.not-negative",
            ERROR,
            "''{0}'' must not be negative, but was {1}",
            "A value that may be zero is negative."),
    /** A value does not have its required shape, such as a language tag or a format version. */
    CONSTRAINT_PATTERN(
            "constraint.pattern",
            ERROR,
            "''{0}'' must match {1}, but was ''{2}''",
            "A value does not have the required shape, such as a language tag or a format version."),
    /** A structural constraint of the model not covered by the other {@code constraint.*} codes is violated. */
    CONSTRAINT_OTHER("constraint.other", ERROR, "''{0}'' {1}", "Any other structural constraint of the model."),

    // --- Identifiers and references ---------------------------------------------------------------
    /** An identifier is not lower-kebab-case: lower-case letters and digits separated by single hyphens. */
    ID_MALFORMED(
            "id.malformed",
            ERROR,
            "Identifier must be lower-kebab-case (a-z, 0-9, single hyphens), but was ''{0}''",
            "Identifiers are how entries refer to each other. They are lower-case letters and digits "
                    + "separated by single hyphens, such as 'legs-indian-milking', so that they survive every "
                    + "tool and language unchanged."),
    /** Two entries of the same kind share an identifier; reported at the second, naming where the first is. */
    ID_DUPLICATE(
            "id.duplicate",
            ERROR,
            "{0} identifier ''{1}'' is already used at {2}",
            "Two entries of the same kind share an identifier, so references to it are ambiguous. The issue is "
                    + "reported at the second entry and names where the first one is. Entries of different kinds "
                    + "may share an identifier."),
    /**
     * A week, routine or entry refers to a stroke, routine, technique, cue or source the curriculum does not define.
     */
    REFERENCE_UNRESOLVED(
            "reference.unresolved",
            ERROR,
            "{0} ''{1}'' is not in the curriculum''s catalogue{2}",
            "A week, routine or entry refers to a stroke, routine, technique, cue or source that the "
                    + "curriculum does not define. Identifiers match exactly, in the catalogue of the expected kind, "
                    + "and the issue points at the reference itself, such as '/schedule/weeks/2/reviewStrokes/1'."),

    // --- The schedule ------------------------------------------------------------------------------
    /** A week's number is not between 1 and 5. */
    SCHEDULE_WEEK_OUT_OF_RANGE(
            "schedule.week.out-of-range",
            ERROR,
            "Week number must be between 1 and 5, but was {0}",
            "The program has five weeks, numbered 1 to 5; a week with another number is reported at its number."),
    /** A week number appears a second time in the schedule. */
    SCHEDULE_WEEK_DUPLICATE(
            "schedule.week.duplicate",
            ERROR,
            "Week {0} appears more than once in the schedule",
            "Each of the weeks 1 to 5 appears exactly once; a second week with the same number is reported at its "
                    + "number."),
    /** One of the weeks 1 to 5 is not in the schedule; reported once for each missing week. */
    SCHEDULE_WEEK_MISSING(
            "schedule.week.missing",
            ERROR,
            "Week {0} is missing from the schedule",
            "Each of the weeks 1 to 5 appears exactly once; each missing week is reported at '/schedule/weeks'."),
    /** The weeks are not listed in order: reported at the first week listed after a later one. */
    SCHEDULE_WEEK_ORDER(
            "schedule.week.order",
            WARNING,
            "Week {0} is listed after week {1}; list the weeks in order, 1 to 5",
            "The weeks are read by their numbers, so any order works, but a reader of the file expects week 1 first: "
                    + "the first week listed after a later one is reported at its number."),
    /** A stroke or routine is listed as new a second time, in the same week or a later one. */
    SCHEDULE_INTRODUCED_TWICE(
            "schedule.introduced-twice",
            ERROR,
            "{0} ''{1}'' must be introduced once, but was already introduced at {2}",
            "A stroke or routine is introduced once, in one week, and reviewed after that. Listing it as new "
                    + "a second time, in the same week or a later one, usually means the other week meant to "
                    + "review it."),
    /** A week reviews a stroke or routine that no week with a lower number introduces. */
    SCHEDULE_REVIEWED_BEFORE_INTRODUCED(
            "schedule.reviewed-before-introduced",
            ERROR,
            "{0} ''{1}'' must be introduced before week {2} to be reviewed there, but was {3}",
            "A week reviews a stroke or routine that no earlier week introduces. Earlier means a lower week "
                    + "number, whatever the order of the weeks in the file; introducing and reviewing in the "
                    + "same week does not count."),
    /** A stroke of the catalogue is never listed among any week's new strokes. */
    SCHEDULE_STROKE_NOT_INTRODUCED(
            "schedule.stroke.not-introduced",
            WARNING,
            "Stroke ''{0}'' must be introduced in some week, but no week introduces it",
            "A stroke of the catalogue is never taught: no week lists it among its new strokes. Either a week "
                    + "should introduce it or the catalogue does not need it."),
    /** No week introduces a stroke of one of the teaching regions. */
    SCHEDULE_REGION_NOT_INTRODUCED(
            "schedule.region.not-introduced",
            WARNING,
            "Region ''{0}'' must be introduced by week 5, but no week introduces a stroke of it",
            "By the last week every teaching region (legs and feet, stomach, chest, arms and hands, face, back, "
                    + "gentle movements) has been introduced, so that parents leave with the whole routine."),
    /** No week introduces a routine of kind {@code colic-relief}. */
    SCHEDULE_COLIC_ROUTINE_MISSING(
            "schedule.colic-routine.missing",
            WARNING,
            "The schedule must introduce a colic relief routine, but introduces none",
            "Every IAIM-style class teaches the colic relief routine. This fires when no week introduces a "
                    + "routine of kind 'colic-relief'."),
    /** The colic relief routine is introduced in a later week than the week that introduces the stomach region. */
    SCHEDULE_COLIC_ROUTINE_LATE(
            "schedule.colic-routine.late",
            WARNING,
            "Colic relief routine ''{0}'' must be introduced no later than the stomach (week {1}), but was "
                    + "introduced in week {2}",
            "The colic relief routine is built from stomach strokes and is what many parents come for, so it is "
                    + "taught no later than the week that introduces the stomach. Teaching it earlier is fine."),
    /** Week 5 lists no routine of kind {@code full}, neither new nor as a review. */
    SCHEDULE_FULL_ROUTINE_MISSING(
            "schedule.full-routine.missing",
            WARNING,
            "Week 5 must include a full routine, but includes none",
            "The last week runs through the full routine in order, new or as a review, so that parents leave "
                    + "with the whole sequence. This fires when week 5 lists no routine of kind 'full'."),
    /**
     * No week discusses one of the essential topics (cues, crying, colic, sleep, partner involvement, the growing baby,
     * safety); reported once per topic.
     */
    SCHEDULE_TOPIC_MISSING(
            "schedule.topic.missing",
            WARNING,
            "The weeks must discuss topic ''{0}'', but none does",
            "Across the five weeks the class discusses cues, crying, colic, sleep, partner involvement, "
                    + "the growing baby and safety. This fires once for each of those topic tags no week uses."),

    // --- Teaching order ------------------------------------------------------------------------------
    /** The first region introduced, whole-body strokes aside, is not legs and feet. */
    ORDER_FIRST_REGION(
            "order.first-region",
            ERROR,
            "The first region introduced must be ''legs-and-feet'', but was ''{0}''",
            "Massage is taught from the legs and feet, the least intrusive area, before the tummy, chest and "
                    + "face. Whole-body strokes such as resting hands are not counted. The issue points at the "
                    + "first new stroke of another region."),
    /** A week lists a new stroke of an earlier region after one of a later region in the canonical region order. */
    ORDER_WEEK_REGIONS(
            "order.week.regions",
            WARNING,
            "New strokes must follow the canonical region order, but ''{0}'' (region ''{1}'') comes after region ''{2}''",
            "Within a week the new strokes are listed in the canonical region order: legs and feet, stomach, "
                    + "chest, arms and hands, face, back, gentle movements. Whole-body strokes may come anywhere."),
    /** Gentle movements are introduced in an earlier week than the stomach or the chest. */
    ORDER_GENTLE_MOVEMENTS_EARLY(
            "order.gentle-movements.early",
            WARNING,
            "Gentle movements must not be introduced before ''{0}'', but were introduced in week {1} and ''{0}'' in week {2}",
            "Gentle movements close the full routine and are taught after the front of the body: they may not "
                    + "be introduced in an earlier week than the stomach or the chest."),
    /** A full routine does a step of an earlier region after one of a later region in the canonical region order. */
    ORDER_ROUTINE_REGIONS(
            "order.routine.regions",
            WARNING,
            "Full routine steps must follow the canonical region order, but ''{0}'' (region ''{1}'') comes after region ''{2}''",
            "A full routine runs the regions in the canonical order: legs and feet, stomach, chest, arms and "
                    + "hands, face, back, gentle movements. Resting hands may come anywhere."),
    /** Within one region, a full routine does its strokes in another order than the catalogue lists them. */
    ORDER_ROUTINE_CATALOGUE(
            "order.routine.catalogue",
            WARNING,
            "Full routine steps within a region must follow the catalogue order, but ''{0}'' comes after ''{1}''",
            "Within one region, a full routine does the strokes in the order the catalogue lists them, which "
                    + "is the order they are taught."),
    /**
     * A region block of a full routine does not open with resting hands, neither just before the block nor as its first
     * step.
     */
    ORDER_BLOCK_RESTING_HANDS(
            "order.block.resting-hands",
            WARNING,
            "The ''{0}'' block of routine ''{1}'' must start with resting hands, but starts with ''{2}''",
            "Each region block of a full routine opens with resting hands, so the baby is greeted before the "
                    + "strokes begin. Resting hands may be the step just before the block or its first step."),
    /**
     * A region block of a full routine does not end with the integration stroke the catalogue defines for that region.
     */
    ORDER_BLOCK_INTEGRATION(
            "order.block.integration",
            WARNING,
            "The ''{0}'' block of routine ''{1}'' must end with its integration stroke, but ends with ''{2}''",
            "Where the catalogue defines an integration stroke for a region, the region's block in a full "
                    + "routine ends with it, joining that region to the rest of the body."),

    // --- Directions --------------------------------------------------------------------------------
    /**
     * A stomach stroke is {@code counterclockwise}, or has pattern {@code circling} or {@code colon-path} without
     * direction {@code clockwise}.
     */
    DIRECTION_STOMACH_NOT_CLOCKWISE(
            "direction.stomach.not-clockwise",
            ERROR,
            "Stomach stroke ''{0}'' must move clockwise, but its direction was ''{1}''",
            "Circles and colon-following strokes on the tummy go clockwise as the parent looks down, the "
                    + "direction of digestion. A stomach stroke with pattern 'circling' or 'colon-path' must have "
                    + "direction 'clockwise', and no stomach stroke may be 'counterclockwise'."),
    /**
     * An Indian milking stroke is not {@code away-from-heart}, or a Swedish milking stroke is not {@code toward-heart}.
     */
    DIRECTION_MILKING(
            "direction.milking",
            ERROR,
            "{0} stroke ''{1}'' must move ''{2}'', but its direction was ''{3}''",
            "Indian milking runs from the trunk out to the hand or foot (direction 'away-from-heart'); Swedish "
                    + "milking runs from the hand or foot back to the trunk ('toward-heart'). A stroke with pattern "
                    + "'indian-milking' or 'swedish-milking' must have the matching direction."),

    // --- Strokes ------------------------------------------------------------------------------------
    /** A stroke's {@code minAgeWeeks} is greater than its {@code maxAgeWeeks}. */
    STROKE_AGE_RANGE_INVALID(
            "stroke.age-range.invalid",
            ERROR,
            "Stroke ''{0}'' must have minAgeWeeks <= maxAgeWeeks, but was {1} > {2}",
            "A stroke's age range is empty: the youngest suitable age is above the oldest, so the stroke suits "
                    + "no baby at all."),
    /**
     * A stroke's steps, in the default language, name a body part whose region is neither the stroke's region nor one
     * of its contact regions.
     */
    STROKE_CONTACT_REGIONS_INCOMPLETE(
            "stroke.contact-regions.incomplete",
            WARNING,
            "Stroke ''{0}'' mentions the {1} in its steps, but its region and contactRegions do not include ''{2}''",
            "A stroke declares every region the parent's hands touch or hold: its 'region' and its 'contactRegions'. "
                    + "A planner leaves a stroke out when any region it touches is to be avoided, so a missing contact "
                    + "region can plan a stroke on an injection site or a rash. The check reads the steps in the default "
                    + "language for words such as 'thigh', 'bottom', 'knees' or 'tummy'."),
    /** A stroke's {@code durationSeconds} is more than an hour. */
    STROKE_DURATION_TOO_LONG(
            "stroke.duration.too-long",
            ERROR,
            "Stroke ''{0}'' must take at most {1} seconds, but durationSeconds was {2}",
            "One stroke, its repetitions included, takes seconds to a few minutes, and a whole session of "
                    + "home practice about 15; a stroke of more than an hour is a unit mistake, such as minutes "
                    + "multiplied by sixty twice."),
    /** A stroke's {@code repetitions} is more than 100. */
    STROKE_REPETITIONS_TOO_MANY(
            "stroke.repetitions.too-many",
            ERROR,
            "Stroke ''{0}'' must be repeated at most {1} times, but repetitions was {2}",
            "Strokes are repeated a few times each, following the baby's cues; a count in the hundreds is a "
                    + "typing mistake."),
    /** A stroke of region {@code face} has oil {@code recommended} rather than {@code minimal} or {@code none}. */
    STROKE_FACE_OIL(
            "stroke.face-oil",
            WARNING,
            "Face stroke ''{0}'' must use little or no oil, but its oil was ''{1}''",
            "Face strokes are done with little or no oil, away from the eyes and mouth: a stroke of region "
                    + "'face' has oil 'minimal' or 'none'."),

    // --- Oil -------------------------------------------------------------------------------------------
    /** The oil policy's default oil is not unscented, edible, cold-pressed and nut-free. */
    OIL_DEFAULT_UNSUITABLE(
            "oil.default-oil.unsuitable",
            ERROR,
            "Default oil ''{0}'' must be unscented, edible, cold-pressed and nut-free, but is not {1}",
            "The oil a curriculum recommends by default is one the baby may safely swallow and will not be "
                    + "sensitised by: unscented, edible, cold-pressed and free of nuts, as IAIM recommends."),
    /** The default oil or an alternative oil of the policy does not require a patch test. */
    OIL_PATCH_TEST_NOT_REQUIRED(
            "oil.patch-test.not-required",
            ERROR,
            "Oil ''{0}'' must require a patch test, but its ''patchTestRequired'' was false",
            "Every oil the policy names, the default and each alternative, is tried on a small patch of the "
                    + "baby's skin before the first massage."),
    /** The oil policy's {@code patchTest} describes no step. */
    OIL_PATCH_TEST_MISSING(
            "oil.patch-test.missing",
            WARNING,
            "Oil policy must say how to patch-test a new oil, but its ''patchTest'' is empty",
            "The oil policy describes the patch test step by step, so parents know what to do and what to "
                    + "watch for."),
    /** The oil policy's {@code face} is {@code recommended} rather than {@code minimal} or {@code none}. */
    OIL_FACE(
            "oil.face",
            WARNING,
            "Oil policy must use little or no oil on the face, but its ''face'' was ''{0}''",
            "The face and scalp get little or no oil, kept away from the eyes and mouth: the policy's 'face' "
                    + "is 'minimal' or 'none'."),

    // --- Weekly sessions ---------------------------------------------------------------------------
    /** A week's techniques include none of kind {@code permission-ritual}. */
    WEEK_PERMISSION_RITUAL_MISSING(
            "week.permission-ritual.missing",
            ERROR,
            "Week {0} must practise the permission ritual, but its techniques include none",
            "Every session begins by asking the baby's permission. Each week lists a technique of kind "
                    + "'permission-ritual' among its techniques."),
    /** A week practises no engagement cue, or no disengagement cue; reported once for each polarity it lacks. */
    WEEK_CUES_MISSING(
            "week.cues.missing",
            ERROR,
            "Week {0} must practise at least one {1} cue, but practises none",
            "Every session teaches parents to read their baby: each week practises at least one engagement cue "
                    + "and one disengagement cue from the catalogue. This fires once for each polarity a week lacks."),
    /** A week sets no home practice. */
    WEEK_HOME_PRACTICE_MISSING(
            "week.home-practice.missing",
            WARNING,
            "Week {0} must set home practice, but sets none",
            "Each week ends with home practice until the next class, about 15 minutes a day."),
    /** The durations of a week's new and reviewed strokes add up to more than its session length. */
    WEEK_SESSION_TIME_EXCEEDED(
            "week.session-time.exceeded",
            WARNING,
            "The strokes of week {0} must fit in its {1}-minute session, but take {2} seconds",
            "The durations of a week's new and reviewed strokes add up to more than the session's length, "
                    + "before any talk, feeding or comforting. The week probably tries to teach too much."),
    /** A week's session length is below 45 or above 90 minutes. */
    WEEK_SESSION_LENGTH_UNUSUAL(
            "week.session-length.unusual",
            WARNING,
            "Session length must be between 45 and 90 minutes, but was {0}",
            "Classes usually last about an hour, sometimes up to 90 minutes. A much shorter or longer session "
                    + "is probably a typo, or a different kind of class."),

    // --- Contraindications -------------------------------------------------------------------------
    /** A waiting period is not positive or not ordered as {@code min <= defaultValue <= max}. */
    CONTRAINDICATION_WAITING_PERIOD_INVALID(
            "contraindication.waiting-period.invalid",
            ERROR,
            "Waiting period must be positive with min <= defaultValue <= max, but was min {0}, defaultValue {1}, "
                    + "max {2}",
            "A waiting period is a range because sources disagree (after an immunisation, 24 to 72 hours). Its "
                    + "values are positive and ordered: min <= defaultValue <= max."),
    /** A contraindication implies an identifier that is not another of the curriculum's contraindications. */
    CONTRAINDICATION_IMPLIES_UNRESOLVED(
            "contraindication.implies.unresolved",
            ERROR,
            "Contraindication ''{0}'' implies ''{1}'', which must be another of the curriculum''s contraindications{2}",
            "'implies' lists other contraindications that apply whenever this one does (an injection site is also a "
                    + "recent immunisation). Each must be the identifier of another entry of 'contraindications'."),
    /** A contraindication of scope {@code avoid-local-region} names neither a region nor a site to avoid. */
    CONTRAINDICATION_SITE_MISSING(
            "contraindication.site.missing",
            ERROR,
            "Contraindication ''{0}'' must name a region or a site to avoid, but names neither",
            "A contraindication of scope 'avoid-local-region' says what to leave out: at least one region, or a "
                    + "site such as the injection site."),
    /** A contraindication's guidance has no text in any language. */
    CONTRAINDICATION_GUIDANCE_MISSING(
            "contraindication.guidance.missing",
            ERROR,
            "Contraindication ''{0}'' must have guidance text, but its guidance is blank",
            "Every contraindication tells the parent what to do, in plain words. A guidance with no text in any "
                    + "language is reported."),

    // --- Texts and languages -----------------------------------------------------------------------
    /** A text has no version in the curriculum's default language. */
    TEXT_DEFAULT_LANGUAGE_MISSING(
            "text.default-language.missing",
            ERROR,
            "Text must be in the default language ''{0}'', but its languages were [{1}]",
            "Every text has a version in the curriculum's default language, which readers fall back on."),
    /** A text's default-language version is empty or only spaces. */
    TEXT_DEFAULT_LANGUAGE_BLANK(
            "text.default-language.blank",
            ERROR,
            "Text in the default language ''{0}'' must not be blank, but was ''{1}''",
            "The default-language version of a text is what readers fall back on, so it must say something: "
                    + "an empty text or one made only of spaces is reported."),
    /** A language tag, of a text or of the curriculum's languages, is not a well-formed BCP 47 tag. */
    TEXT_LANGUAGE_TAG_INVALID(
            "text.language-tag.invalid",
            ERROR,
            "Language tag ''{0}'' must be a well-formed BCP 47 tag such as ''en'' or ''sv-SE'', but is not: {1}",
            "Texts are keyed by language, and the curriculum names its languages, with BCP 47 tags: a language "
                    + "of two or three letters, then optional subtags such as a region ('en-GB') or a script "
                    + "('zh-Hant'). A tag that is not well-formed is reported where it is written."),
    /** A text lacks a version in one of the languages the curriculum declares. */
    TEXT_TRANSLATION_MISSING(
            "text.translation.missing",
            WARNING,
            "Text must be translated into declared language ''{0}'', but is not: ''{1}''",
            "The curriculum declares a language that a text lacks. Every such text is reported, with the "
                    + "start of its default-language version, so translators get the full list."),
    /**
     * A text uses a language that is neither the default nor listed in {@code languages}; reported once per language.
     */
    TEXT_LANGUAGE_UNDECLARED(
            "text.language.undeclared",
            WARNING,
            "Text language ''{0}'' must be declared in ''languages'', but is not; {1} texts use it, this is the first",
            "A text carries a language the curriculum neither has as default nor lists in 'languages', often "
                    + "a typo in the tag. Reported once per language, at the first text that uses it."),

    // --- Reporting (curriculum-cli) -----------------------------------------------------------------
    /** A file has more issues than a report lists; says how many were left out. */
    REPORT_TRUNCATED(
            "report.truncated",
            Severity.INFO,
            "{0} more issues are not listed: a report lists at most {1} issues per file",
            "A file has more issues than a report lists. The first ones in file order are listed, and the "
                    + "summary and the exit code count them all. Fix those and run again; a file with this many "
                    + "issues usually has one mistake repeated, such as a list of numbers where texts belong."),

    // --- Project config (curriculum-json) ---------------------------------------------------------
    /** A project config names a property the config format does not have. */
    CONFIG_UNKNOWN_PROPERTY(
            "config.unknown-property",
            ERROR,
            "Property ''{0}'' is not allowed in a project config{1}",
            "A curriculum.config.json names a property the config format does not have, often a misspelling "
                    + "('rule' for 'rules'). The config's other settings still apply."),
    /** A setting of a project config has the wrong type or a value it cannot take. */
    CONFIG_INVALID_VALUE(
            "config.invalid-value",
            ERROR,
            "''{0}'' must be {1}, but was {2}",
            "A setting of a curriculum.config.json has the wrong type or a value it cannot take: a severity "
                    + "other than error, warning, info or off, a pattern that matches nothing, an extends that is "
                    + "not a relative path. The setting is left out; the others still apply."),
    /** A project config's rules name a code that is not an issue code. */
    CONFIG_RULE_UNKNOWN_CODE(
            "config.rule.unknown-code",
            ERROR,
            "''{0}'' is not an issue code{1}",
            "A config's rules name a code the validator does not have. 'curriculum explain' lists them all."),
    /** A project config tries to turn off or re-level a code that is not {@linkplain #isAdjustable() adjustable}. */
    CONFIG_RULE_NOT_ADJUSTABLE(
            "config.rule.not-adjustable",
            ERROR,
            "Code ''{0}'' cannot be turned off or re-levelled: it stops a file being read",
            "A config tries to silence or re-level a problem that stops a file being read (malformed JSON, a "
                    + "wrong encoding, an exceeded limit...). Silencing it would let an unreadable file pass, "
                    + "so the setting is left out."),
    /** A project config extends a config file that does not exist or cannot be read. */
    CONFIG_EXTENDS_UNRESOLVED(
            "config.extends.unresolved",
            ERROR,
            "Config ''{0}'' named by extends cannot be read: {1}",
            "A config extends another config file that does not exist or cannot be read. The path is relative "
                    + "to the directory of the config that names it."),
    /** Project configs extend each other in a circle. */
    CONFIG_EXTENDS_CYCLE(
            "config.extends.cycle",
            ERROR,
            "Config ''{0}'' extends itself: {1}",
            "Configs extend each other in a circle. The config that closes the circle is not read again."),

    // --- Suppressions (curriculum-json) ------------------------------------------------------------
    /** An {@code x-suppress} entry is malformed, names an unknown code, or names a code that cannot be suppressed. */
    SUPPRESSION_INVALID(
            "suppression.invalid",
            ERROR,
            "An x-suppress entry must {0}, but {1}",
            "An in-document suppression (the x-suppress property: a list of objects with a code, a reason and "
                    + "optionally an expires date) is malformed, names an unknown code, or names a code that "
                    + "cannot be suppressed because it stops a file being read. The entry suppresses nothing."),
    /** A suppression's {@code expires} date has passed, so the finding it silenced is reported again. */
    SUPPRESSION_EXPIRED(
            "suppression.expired",
            WARNING,
            "The suppression of ''{0}'' at ''{1}'' expired on {2} ({3}); the finding is reported again",
            "A suppression's expires date has passed, so the finding it silenced is reported again. Fix the "
                    + "finding, or renew the suppression with a new date and reason.");

    private final String code;
    private final Severity defaultSeverity;
    private final String template;
    private final MessageFormat compiled;
    private final String description;

    IssueCode(String code, Severity defaultSeverity, String template, String description) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.template = template;
        this.compiled = new MessageFormat(template, Locale.ROOT);
        this.description = description;
    }

    /** {@return the stable code, for example {@code schedule.week.out-of-range}} */
    public String code() {
        return code;
    }

    /**
     * {@return the severity issues of this code have unless {@link ValidationOptions} re-levels them}
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** {@return the message template; {@code ''} stands for one quote, as in {@link java.text.MessageFormat}} */
    public String template() {
        return template;
    }

    /** {@return one paragraph: what the rule checks and why} */
    public String description() {
        return description;
    }

    /**
     * Whether {@link ValidationOptions} may ignore or re-level this code. Problems that stop the file
     * being read (malformed or truncated JSON, a wrong encoding, an exceeded limit, another format
     * version, a file that cannot be opened) may not: silencing them would let an unreadable file pass.
     * Nor may the problems of a project config or of an in-document suppression: they cannot silence
     * their own mistakes.
     *
     * @return whether this code may be ignored or given another severity
     */
    public boolean isAdjustable() {
        return switch (this) {
            case JSON_SYNTAX,
                    JSON_TRUNCATED,
                    JSON_ENCODING,
                    JSON_LIMIT_EXCEEDED,
                    JSON_FORMAT_VERSION,
                    JSON_NOT_AN_OBJECT,
                    JSON_UNREADABLE -> false;
            case CONFIG_UNKNOWN_PROPERTY,
                    CONFIG_INVALID_VALUE,
                    CONFIG_RULE_UNKNOWN_CODE,
                    CONFIG_RULE_NOT_ADJUSTABLE,
                    CONFIG_EXTENDS_UNRESOLVED,
                    CONFIG_EXTENDS_CYCLE,
                    SUPPRESSION_INVALID -> false;
            default -> true;
        };
    }

    /**
     * What a tool may do about this code's issues: {@link FixKind#SAFE} for the few changes that keep
     * what the file says (a misspelt property name, a code spelt in another case, the order of the
     * weeks), {@link FixKind#SUGGESTION} where a change can be proposed but could change what is taught
     * (every safety-related code is one of these), {@link FixKind#NONE} where the author must decide.
     *
     * @return this code's fix kind
     * @since 0.1.0
     */
    public FixKind fixKind() {
        return switch (this) {
            case JSON_UNKNOWN_PROPERTY, JSON_UNKNOWN_VALUE, SCHEDULE_WEEK_ORDER -> FixKind.SAFE;
            case JSON_DUPLICATE_KEY,
                    ID_MALFORMED,
                    REFERENCE_UNRESOLVED,
                    SCHEDULE_INTRODUCED_TWICE,
                    SCHEDULE_TOPIC_MISSING,
                    ORDER_FIRST_REGION,
                    ORDER_WEEK_REGIONS,
                    ORDER_GENTLE_MOVEMENTS_EARLY,
                    ORDER_ROUTINE_REGIONS,
                    ORDER_ROUTINE_CATALOGUE,
                    ORDER_BLOCK_RESTING_HANDS,
                    ORDER_BLOCK_INTEGRATION,
                    DIRECTION_STOMACH_NOT_CLOCKWISE,
                    DIRECTION_MILKING,
                    STROKE_AGE_RANGE_INVALID,
                    STROKE_CONTACT_REGIONS_INCOMPLETE,
                    STROKE_DURATION_TOO_LONG,
                    STROKE_REPETITIONS_TOO_MANY,
                    STROKE_FACE_OIL,
                    OIL_DEFAULT_UNSUITABLE,
                    OIL_PATCH_TEST_NOT_REQUIRED,
                    OIL_PATCH_TEST_MISSING,
                    OIL_FACE,
                    WEEK_PERMISSION_RITUAL_MISSING,
                    WEEK_CUES_MISSING,
                    CONTRAINDICATION_WAITING_PERIOD_INVALID,
                    CONTRAINDICATION_IMPLIES_UNRESOLVED,
                    CONTRAINDICATION_SITE_MISSING,
                    CONTRAINDICATION_GUIDANCE_MISSING,
                    CONFIG_UNKNOWN_PROPERTY,
                    CONFIG_RULE_UNKNOWN_CODE -> FixKind.SUGGESTION;
            default -> FixKind.NONE;
        };
    }

    /**
     * The message for the given arguments, by {@link MessageFormat}'s rules; numbers are printed as the
     * file has them ({@code 10000}, never {@code 10,000}), and a missing argument as nothing.
     *
     * @param arguments the template's arguments, {@code {0}} first
     * @return the rendered message
     */
    public String format(Object... arguments) {
        Object[] plain = new Object[Math.max(arguments.length, compiled.getFormatsByArgumentIndex().length)];
        for (int i = 0; i < plain.length; i++) {
            Object argument = i < arguments.length ? arguments[i] : "";
            plain[i] = argument instanceof Number ? argument.toString() : argument;
        }
        return ((MessageFormat) compiled.clone()).format(plain);
    }

    /**
     * Finds the constant with the given stable code.
     *
     * @param code a code such as {@code schedule.week.out-of-range}
     * @return the constant with that code, or empty if there is none
     */
    public static Optional<IssueCode> fromCode(String code) {
        for (IssueCode candidate : values()) {
            if (candidate.code.equals(code)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
