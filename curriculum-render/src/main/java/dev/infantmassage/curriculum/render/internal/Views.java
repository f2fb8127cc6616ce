package dev.infantmassage.curriculum.render.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The values the templates lay out: every text already chosen in the page's language and ready to escape. */
public final class Views {
    private Views() {}

    /** A text from the curriculum, with its own language when it differs from the page's (a fallback). */
    public record Text(String value, @Nullable String lang) {}

    /** What every page has: language, direction, title, style sheet and footer. */
    public record Chrome(
            String lang,
            String dir,
            String title,
            String kind,
            String css,
            String curriculumTitle,
            @Nullable String curriculumTitleLang,
            String footer,
            Labels labels) {}

    public record StrokeView(
            String anchor,
            Text name,
            BodyMap.Figure figure,
            String caption,
            List<Text> steps,
            String meta,
            List<Text> advisories,
            @Nullable String unconfirmed) {}

    public record TechniqueView(Text name, List<Text> steps) {}

    public record RoutineStepView(
            Text stroke, @Nullable String times, @Nullable Text note) {}

    public record RoutineView(
            Text name,
            @Nullable Text description,
            List<RoutineStepView> steps,
            @Nullable String schedule) {}

    public record CueView(Text name, String kind, String tone, Text whatToDo) {}

    public record SafetyView(
            Text condition,
            String scope,
            String tone,
            @Nullable String regions,
            @Nullable Text site,
            @Nullable String waiting,
            Text guidance,
            boolean askProfessional) {}

    public record HandoutPage(
            Chrome chrome,
            int week,
            String heading,
            String session,
            List<TechniqueView> techniques,
            List<StrokeView> newStrokes,
            List<StrokeView> reviewStrokes,
            List<RoutineView> routines,
            List<Text> topics,
            List<CueView> cues,
            List<SafetyView> safety,
            @Nullable String homeMinutes,
            @Nullable Text homeNote) {}

    public record SkippedView(String explanation, @Nullable String until, List<Text> strokes) {}

    public record CardPage(
            Chrome chrome,
            String heading,
            String at,
            boolean massageNow,
            @Nullable String resume,
            List<StrokeView> strokes,
            List<TechniqueView> techniques,
            List<SkippedView> skipped,
            List<String> askProfessional,
            List<String> notes) {}

    /** One row of the overview's coverage table: a region and, per week, how many strokes it introduces and reviews. */
    public record CoverageRow(String region, List<CoverageCell> cells) {}

    public record CoverageCell(int introduced, int reviewed) {}

    public record OverviewWeek(
            int number,
            String heading,
            List<Text> newStrokes,
            String reviewed,
            List<Text> routines,
            List<Text> topics) {}

    public record SourceView(
            String anchor,
            String title,
            @Nullable String url,
            @Nullable String note,
            int citedBy) {}

    public record ConfidenceView(String label, int count) {}

    public record OverviewPage(
            Chrome chrome,
            List<OverviewWeek> weeks,
            List<String> weekHeaders,
            List<CoverageRow> coverage,
            List<ConfidenceView> confidence,
            List<Text> uncertainStrokes,
            List<SourceView> sources) {}
}
