package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.BodyRegion;
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
    private final Map<String, Integer> strokes;
    private final Map<String, Integer> techniques;
    private final Map<String, Integer> routines;
    private final Map<String, Integer> cues;
    private final Map<String, Integer> sources;
    private final List<IndexedWeek> weeksInOrder;
    private final Map<String, Mention> strokeIntroductions = new HashMap<>();
    private final Map<String, Mention> routineIntroductions = new HashMap<>();
    private final Map<BodyRegion, Mention> regionIntroductions = new EnumMap<>(BodyRegion.class);
    private @Nullable BodyRegion firstRegion;

    RuleContext(Curriculum curriculum) {
        this.curriculum = curriculum;
        this.strokes = index(curriculum.getStrokes(), Stroke::getId);
        this.techniques = index(curriculum.getTechniques(), Technique::getId);
        this.routines = index(curriculum.getRoutines(), Routine::getId);
        this.cues = index(curriculum.getCues(), CueSignal::getId);
        this.sources = index(curriculum.getSources(), citation -> citation.getId());
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
                Mention mention = new Mention(newStrokes.get(j), week.number(), week.index(), j,
                        week.location().property("newStrokes").index(j));
                strokeIntroductions.putIfAbsent(newStrokes.get(j), mention);
                stroke(newStrokes.get(j)).map(Stroke::getRegion).filter(BodyRegion::isTeachingRegion)
                        .ifPresent(region -> introduce(region, mention));
            }
            List<String> newRoutines = week.week().getNewRoutines();
            for (int j = 0; j < newRoutines.size(); j++) {
                routineIntroductions.putIfAbsent(newRoutines.get(j),
                        new Mention(newRoutines.get(j), week.number(), week.index(), j,
                                week.location().property("newRoutines").index(j)));
            }
        }
    }

    private void introduce(BodyRegion region, Mention mention) {
        if (regionIntroductions.putIfAbsent(region, mention) == null && firstRegion == null) {
            firstRegion = region;
        }
    }

    private static <T> Map<String, Integer> index(List<T> entries, Function<T, String> id) {
        Map<String, Integer> byId = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            byId.putIfAbsent(id.apply(entries.get(i)), i);
        }
        return byId;
    }

    Curriculum curriculum() {
        return curriculum;
    }

    /** The weeks sorted by number; weeks with the same number in file order. */
    List<IndexedWeek> weeksInOrder() {
        return weeksInOrder;
    }

    Optional<Stroke> stroke(String id) {
        Integer index = strokes.get(id);
        return index == null ? Optional.empty() : Optional.of(curriculum.getStrokes().get(index));
    }

    /** The stroke's position in the catalogue, or -1. */
    int strokeIndex(String id) {
        return strokes.getOrDefault(id, -1);
    }

    Optional<Routine> routine(String id) {
        Integer index = routines.get(id);
        return index == null ? Optional.empty() : Optional.of(curriculum.getRoutines().get(index));
    }

    /** The identifiers of each catalogue, for "did you mean". */
    Set<String> strokeIds() {
        return strokes.keySet();
    }

    Set<String> routineIds() {
        return routines.keySet();
    }

    Set<String> techniqueIds() {
        return techniques.keySet();
    }

    Set<String> cueIds() {
        return cues.keySet();
    }

    Set<String> sourceIds() {
        return sources.keySet();
    }

    boolean hasStroke(String id) {
        return strokes.containsKey(id);
    }

    boolean hasRoutine(String id) {
        return routines.containsKey(id);
    }

    boolean hasTechnique(String id) {
        return techniques.containsKey(id);
    }

    Optional<Technique> technique(String id) {
        Integer index = techniques.get(id);
        return index == null ? Optional.empty() : Optional.of(curriculum.getTechniques().get(index));
    }

    boolean hasCue(String id) {
        return cues.containsKey(id);
    }

    Optional<CueSignal> cue(String id) {
        Integer index = cues.get(id);
        return index == null ? Optional.empty() : Optional.of(curriculum.getCues().get(index));
    }

    boolean hasSource(String id) {
        return sources.containsKey(id);
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
