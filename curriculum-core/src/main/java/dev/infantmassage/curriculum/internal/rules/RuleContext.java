package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What several rules need, computed once per validation in linear time: each catalogue indexed by
 * identifier (the first entry wins, duplicates are the identifier rule's business), the weeks in
 * number order, and where each stroke, routine and region is first introduced.
 */
final class RuleContext {
    /**
     * A week's reference to a stroke or routine: its identifier, the week's number, the week's index in
     * the file, the reference's position in its list, and the reference's location.
     */
    record Mention(String id, int week, int weekIndex, int position, IssueLocation location) {
        boolean isAt(int otherWeekIndex, int otherPosition) {
            return weekIndex == otherWeekIndex && position == otherPosition;
        }
    }

    /** A week with its index in the file. */
    record IndexedWeek(int index, WeekPlan week) {
        IssueLocation location() {
            return Locations.WEEKS.index(index);
        }

        int number() {
            return week.getNumber();
        }
    }

    private final Curriculum curriculum;
    private final List<IndexedWeek> weeksInOrder;
    /** The identifiers of each catalogue, for membership and "did you mean"; built once. */
    private final Set<String> strokeIds;

    private final Set<String> routineIds;
    private final Set<String> techniqueIds;
    private final Set<String> cueIds;
    private final Set<String> sourceIds;
    private final Map<String, Mention> strokeIntroductions = new HashMap<>();
    private final Map<String, Mention> routineIntroductions = new HashMap<>();
    private final Map<BodyRegion, Mention> regionIntroductions = new EnumMap<>(BodyRegion.class);
    private @Nullable BodyRegion firstRegion;

    RuleContext(Curriculum curriculum) {
        this.curriculum = curriculum;
        this.strokeIds = ids(curriculum.getStrokes(), Stroke::getId);
        this.routineIds = ids(curriculum.getRoutines(), Routine::getId);
        this.techniqueIds = ids(curriculum.getTechniques(), Technique::getId);
        this.cueIds = ids(curriculum.getCues(), CueSignal::getId);
        this.sourceIds = ids(curriculum.getSources(), Citation::getId);
        List<WeekPlan> weeks = curriculum.getSchedule().getWeeks();
        List<IndexedWeek> indexed = new ArrayList<>(weeks.size());
        for (int i = 0; i < weeks.size(); i++) {
            indexed.add(new IndexedWeek(i, weeks.get(i)));
        }
        // A stable sort: weeks with the same (duplicate) number keep their file order.
        indexed.sort(Comparator.comparingInt(IndexedWeek::number));
        this.weeksInOrder = List.copyOf(indexed);
        for (IndexedWeek week : weeksInOrder) {
            List<String> newStrokes = week.week().getNewStrokes();
            for (int j = 0; j < newStrokes.size(); j++) {
                Mention mention = new Mention(
                        newStrokes.get(j),
                        week.number(),
                        week.index(),
                        j,
                        week.location()
                                .property(nameOf(WeekPlan::getNewStrokes))
                                .index(j));
                strokeIntroductions.putIfAbsent(newStrokes.get(j), mention);
                stroke(newStrokes.get(j))
                        .map(Stroke::getRegion)
                        .filter(BodyRegion::isTeachingRegion)
                        .ifPresent(region -> introduce(region, mention));
            }
            List<String> newRoutines = week.week().getNewRoutines();
            for (int j = 0; j < newRoutines.size(); j++) {
                routineIntroductions.putIfAbsent(
                        newRoutines.get(j),
                        new Mention(
                                newRoutines.get(j),
                                week.number(),
                                week.index(),
                                j,
                                week.location()
                                        .property(nameOf(WeekPlan::getNewRoutines))
                                        .index(j)));
            }
        }
    }

    private static <T> Set<String> ids(List<T> entries, Function<T, String> id) {
        return entries.stream().map(id).collect(Collectors.toUnmodifiableSet());
    }

    private void introduce(BodyRegion region, Mention mention) {
        if (regionIntroductions.putIfAbsent(region, mention) == null && firstRegion == null) {
            firstRegion = region;
        }
    }

    Curriculum curriculum() {
        return curriculum;
    }

    /** The weeks sorted by number; weeks with the same number in file order. */
    List<IndexedWeek> weeksInOrder() {
        return weeksInOrder;
    }

    Optional<Stroke> stroke(String id) {
        return curriculum.stroke(id);
    }

    /** The stroke's position in the catalogue, or -1. */
    int strokeIndex(String id) {
        return curriculum.strokePosition(id);
    }

    Optional<Routine> routine(String id) {
        return curriculum.routine(id);
    }

    /** The identifiers of each catalogue. */
    Set<String> strokeIds() {
        return strokeIds;
    }

    Set<String> routineIds() {
        return routineIds;
    }

    Set<String> techniqueIds() {
        return techniqueIds;
    }

    Set<String> cueIds() {
        return cueIds;
    }

    Set<String> sourceIds() {
        return sourceIds;
    }

    boolean hasStroke(String id) {
        return curriculum.strokePosition(id) >= 0;
    }

    boolean hasRoutine(String id) {
        return curriculum.routine(id).isPresent();
    }

    boolean hasTechnique(String id) {
        return curriculum.technique(id).isPresent();
    }

    Optional<Technique> technique(String id) {
        return curriculum.technique(id);
    }

    boolean hasCue(String id) {
        return curriculum.cue(id).isPresent();
    }

    Optional<CueSignal> cue(String id) {
        return curriculum.cue(id);
    }

    boolean hasSource(String id) {
        return curriculum.source(id).isPresent();
    }

    /** Where the stroke is first introduced (lowest week number, then list position), if anywhere. */
    Optional<Mention> strokeIntroduction(String id) {
        return Optional.ofNullable(strokeIntroductions.get(id));
    }

    /** Where the routine is first introduced, if anywhere. */
    Optional<Mention> routineIntroduction(String id) {
        return Optional.ofNullable(routineIntroductions.get(id));
    }

    /** The teaching region introduced first: in the lowest week, first in its list of new strokes. */
    Optional<BodyRegion> firstRegion() {
        return Optional.ofNullable(firstRegion);
    }

    /** Where the first stroke of the teaching region is introduced, if anywhere. */
    Optional<Mention> regionIntroduction(BodyRegion region) {
        return Optional.ofNullable(regionIntroductions.get(region));
    }
}
