package dev.infantmassage.curriculum.render;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.render.internal.Pages;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * Renders a curriculum's pages as static, self-contained HTML: one file per page, style sheet and
 * pictures inline, no scripts and no network, printable on A4 or Letter.
 *
 * <pre>{@code
 * HandoutRenderer renderer = HandoutRenderer.of(curriculum);
 * String week2InSpanish = renderer.weeklyHandout(2, "es");
 * }</pre>
 *
 * <p>Every text from the curriculum is escaped for where it goes. A text missing in the requested
 * language appears in the curriculum's default language, marked with its own {@code lang}.
 *
 * @since 0.1.0
 */
public final class HandoutRenderer {
    private static final String TEMPLATE_PACKAGE = "dev.infantmassage.curriculum.render.internal.templates";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
            null, ContentType.Html, HandoutRenderer.class.getClassLoader(), TEMPLATE_PACKAGE);
    private static final String STYLE_SHEET = resource("internal/handout.css");

    private final Curriculum curriculum;
    private final Paper paper;

    private HandoutRenderer(Curriculum curriculum, Paper paper) {
        this.curriculum = curriculum;
        this.paper = paper;
    }

    /**
     * {@return a renderer of {@code curriculum}'s pages for A4 paper}
     *
     * @param curriculum the curriculum whose pages to render
     */
    public static HandoutRenderer of(Curriculum curriculum) {
        return new HandoutRenderer(requireNonNull(curriculum, "curriculum"), Paper.A4);
    }

    /**
     * {@return a copy that lays pages out for {@code paper}}
     *
     * @param paper the paper to lay pages out for
     */
    public HandoutRenderer withPaper(Paper paper) {
        return new HandoutRenderer(curriculum, requireNonNull(paper, "paper"));
    }

    /** {@return the paper pages are laid out for; {@link Paper#A4} unless set} */
    public Paper paper() {
        return paper;
    }

    /**
     * {@return the parent handout of week {@code week} in {@code language}: the strokes introduced and reviewed
     * with their steps and body maps, the routines, the cues to watch, the safety box and home practice}
     *
     * @param week the week's number in the schedule
     * @param language the BCP 47 tag of one of the curriculum's languages
     * @throws IllegalArgumentException if the schedule has no such week or the curriculum not that language
     */
    public String weeklyHandout(int week, String language) {
        requireNonNull(language, "language");
        checkLanguage(language);
        WeekPlan plan = curriculum
                .getSchedule()
                .week(week)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Week must be one of the schedule's weeks (" + weeks() + "), but was " + week));
        return render("handout.jte", pages(language).handout(plan));
    }

    /**
     * {@return the instructor overview in {@code language}: the weeks side by side, the regions each week
     * introduces and reviews, the confidence of the strokes, and the sources with how often each is cited}
     *
     * @param language the BCP 47 tag of one of the curriculum's languages
     * @throws IllegalArgumentException if the curriculum is not in that language
     */
    public String instructorOverview(String language) {
        requireNonNull(language, "language");
        checkLanguage(language);
        return render("overview.jte", pages(language).overview());
    }

    /**
     * {@return the session card of {@code plan} in {@code language}, times in {@code zone}: whether to massage now
     * and when it can resume, today's strokes in order with their body maps, what is left out and why, and
     * what to ask a health professional} The plan's own sentences are in the language it was planned in.
     *
     * @param plan the plan to show, made from this renderer's curriculum
     * @param language the BCP 47 tag of one of the curriculum's languages
     * @param zone the time zone to show times in
     * @throws IllegalArgumentException if the curriculum is not in that language
     */
    public String sessionCard(SessionPlan plan, String language, ZoneId zone) {
        requireNonNull(plan, "plan");
        requireNonNull(language, "language");
        requireNonNull(zone, "zone");
        checkLanguage(language);
        return render("card.jte", pages(language).sessionCard(plan, zone));
    }

    private Pages pages(String language) {
        return new Pages(curriculum, language, "@page { size: " + paper.cssSize() + "; }\n" + STYLE_SHEET);
    }

    private void checkLanguage(String language) {
        if (!curriculum.allLanguages().contains(language)) {
            throw new IllegalArgumentException("Language must be one of the curriculum's languages ("
                    + String.join(", ", curriculum.allLanguages()) + "), but was '" + language + "'");
        }
    }

    private String weeks() {
        return curriculum.getSchedule().getWeeks().stream()
                .map(week -> Integer.toString(week.getNumber()))
                .collect(Collectors.joining(", "));
    }

    private static String render(String template, Object page) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, page, output);
        return output.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HandoutRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource '" + name + "' is missing from the render module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
