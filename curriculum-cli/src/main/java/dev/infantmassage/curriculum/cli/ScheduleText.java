package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Renders a curriculum's five-week schedule as plain text, names in one language. */
final class ScheduleText {
    private static final int WIDTH = 100;

    private final Curriculum curriculum;
    private final String language;
    private final Words words;
    private final StringBuilder text = new StringBuilder();

    private ScheduleText(Curriculum curriculum, String language) {
        this.curriculum = curriculum;
        this.language = language;
        this.words = Words.in(language);
    }

    /** The schedule in {@code language}, or in the curriculum's default language when null. */
    static String render(Curriculum curriculum, @Nullable String language) {
        return new ScheduleText(curriculum, language == null ? curriculum.getDefaultLanguage() : language).render();
    }

    private String render() {
        text.append(local(curriculum.getTitle()))
                .append(" (")
                .append(curriculum.getId())
                .append(")\n");
        text.append(words.get(
                        "show.summary",
                        curriculum.getFormatVersion(),
                        String.join(", ", curriculum.allLanguages()),
                        String.join(
                                ", ",
                                words.count(
                                        "count.stroke", curriculum.getStrokes().size()),
                                words.count(
                                        "count.routine",
                                        curriculum.getRoutines().size()),
                                words.count(
                                        "count.technique",
                                        curriculum.getTechniques().size()),
                                words.count("count.cue", curriculum.getCues().size()))))
                .append('\n');
        List<WeekPlan> weeks = curriculum.getSchedule().getWeeks().stream()
                .sorted(Comparator.comparingInt(WeekPlan::getNumber))
                .toList();
        for (WeekPlan week : weeks) {
            week(week);
        }
        return text.toString();
    }

    private void week(WeekPlan week) {
        text.append('\n')
                .append(words.get("show.week", week.getNumber(), local(week.getTitle()), week.getSessionMinutes()))
                .append('\n');
        section(
                "show.newStrokes",
                names(week.getNewStrokes(), id -> curriculum.stroke(id).map(s -> s.getName())));
        section(
                "show.reviewStrokes",
                names(week.getReviewStrokes(), id -> curriculum.stroke(id).map(s -> s.getName())));
        section(
                "show.newRoutines",
                names(week.getNewRoutines(), id -> curriculum.routine(id).map(r -> r.getName())));
        section(
                "show.reviewRoutines",
                names(week.getReviewRoutines(), id -> curriculum.routine(id).map(r -> r.getName())));
        section(
                "show.techniques",
                names(week.getTechniques(), id -> curriculum.technique(id).map(t -> t.getName())));
        section(
                "show.topics",
                week.getTopics().stream()
                        .map(DiscussionTopic::getTitle)
                        .map(this::local)
                        .toList());
        section("show.cues", names(week.getCues(), id -> curriculum.cue(id).map(c -> c.getName())));
        week.getHomePractice().ifPresent(this::homePractice);
    }

    private void homePractice(HomePractice practice) {
        text.append("  ")
                .append(words.get("show.homePractice", practice.getMinutesPerDay()))
                .append('\n');
        practice.getNote().map(this::local).filter(note -> !note.isBlank()).ifPresent(note -> wrap(note, "    "));
    }

    private void wrap(String paragraph, String indent) {
        int column = 0;
        for (String word : paragraph.strip().split("\\s+")) {
            if (column > 0 && column + 1 + word.length() > WIDTH) {
                text.append('\n');
                column = 0;
            }
            if (column == 0) {
                text.append(indent);
                column = indent.length();
            } else {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
        }
        text.append('\n');
    }

    private void section(String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append("  ").append(words.get(heading)).append(":\n");
        items.forEach(item -> text.append("    - ").append(item).append('\n'));
    }

    /** The names of the referenced entries; an identifier the catalogue lacks is shown as such. */
    private List<String> names(List<String> ids, Function<String, Optional<LocalizedText>> lookup) {
        return ids.stream()
                .map(id -> lookup.apply(id).map(this::local).orElse(words.get("show.notInCatalogue", id)))
                .toList();
    }

    private String local(LocalizedText localized) {
        return localized.resolve(language, curriculum.getDefaultLanguage());
    }
}
