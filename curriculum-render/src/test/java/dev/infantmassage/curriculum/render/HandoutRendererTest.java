package dev.infantmassage.curriculum.render;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HandoutRendererTest {
    private static final Curriculum REFERENCE = ReferenceCurricula.fiveWeekProgram();

    static Stream<Arguments> data_weeksAndLanguages() {
        return Stream.of("en", "es")
                .flatMap(language -> Stream.of(1, 2, 3, 4, 5).map(week -> Arguments.of(week, language)));
    }

    @ParameterizedTest(name = "week {0} in {1}")
    @MethodSource("data_weeksAndLanguages")
    void weeklyHandout_reference_showsEveryStrokeOfTheWeekWithStepsAndBodyMap(int week, String language) {
        WeekPlan plan = REFERENCE.getSchedule().week(week).orElseThrow();

        Document page = Jsoup.parse(HandoutRenderer.of(REFERENCE).weeklyHandout(week, language));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text())
                .contains(Integer.toString(week), plan.getTitle().get(language).orElseThrow());
        assertThat(names(page, "#new ~ .strokes article.stroke h3"))
                .containsExactlyElementsOf(names(plan.getNewStrokes(), language));
        assertThat(names(page, "#review ~ .strokes article.stroke h3"))
                .containsExactlyElementsOf(names(plan.getReviewStrokes(), language));
        for (Element card : page.select("article.stroke")) {
            Element svg = card.selectFirst("svg.bodymap");
            assertThat(svg).as("body map of %s", card.id()).isNotNull();
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title").text())
                    .contains(card.selectFirst("h3").text());
            assertThat(svg.selectFirst("desc").text()).isNotBlank();
            assertThat(svg.select(".main"))
                    .as("highlighted region of %s", card.id())
                    .isNotEmpty();
            assertThat(card.select("ol.steps li")).isNotEmpty();
        }
        assertThat(page.select("script, link, img, iframe")).isEmpty();
        assertThat(page.select(".safety h2")).hasSize(1);
    }

    @Test
    void weeklyHandout_spanish_usesSpanishLabelsAndMarksEnglishFallbacks() {
        Stroke milking = REFERENCE.stroke("legs-indian-milking").orElseThrow();

        Document page = Jsoup.parse(HandoutRenderer.of(REFERENCE).weeklyHandout(1, "es"));

        assertThat(page.selectFirst("h2#new").text()).isEqualTo("Nuevo esta semana");
        assertThat(page.selectFirst("h2#safety").text()).isEqualTo("Seguridad: cuándo no dar masaje");
        assertThat(page.selectFirst(".safety .ask").text()).contains("consulte a un profesional de la salud");
        Element card = page.getElementById("new-stroke-legs-indian-milking");
        assertThat(card.selectFirst("h3").text())
                .isEqualTo(milking.getName().get("es").orElseThrow());
        List<LocalizedText> steps = milking.getSteps();
        for (int i = 0; i < steps.size(); i++) {
            Element item = card.select("ol.steps li").get(i);
            if (steps.get(i).has("es")) {
                assertThat(item.text()).isEqualTo(steps.get(i).get("es").orElseThrow());
                assertThat(item.hasAttr("lang")).isFalse();
            } else {
                assertThat(item.text()).isEqualTo(steps.get(i).get("en").orElseThrow());
                assertThat(item.attr("lang")).isEqualTo("en");
            }
        }
    }

    @Test
    void weeklyHandout_cuesAndHomePractice_comeFromTheWeek() {
        WeekPlan week2 = REFERENCE.getSchedule().week(2).orElseThrow();

        Document page = Jsoup.parse(HandoutRenderer.of(REFERENCE).weeklyHandout(2, "en"));

        assertThat(page.select(".cues tbody th").eachText())
                .containsExactlyElementsOf(week2.getCues().stream()
                        .map(id -> REFERENCE
                                .cue(id)
                                .orElseThrow()
                                .getName()
                                .get("en")
                                .orElseThrow())
                        .toList());
        assertThat(page.select(".cues tbody td.yes")).isNotEmpty();
        assertThat(page.select(".cues tbody td.no")).isNotEmpty();
        assertThat(page.selectFirst("#home ~ p").text()).contains("15 minutes a day");
        assertThat(page.select("#home ~ p").eachText())
                .contains(week2.getHomePractice()
                        .orElseThrow()
                        .getNote()
                        .orElseThrow()
                        .get("en")
                        .orElseThrow());
        assertThat(page.select("#routines ~ .routine h3").eachText()).containsExactly("Colic relief");
    }

    @Test
    void weeklyHandout_safetyBox_listsWholeBodyStopsAndTheTummyRulesWhereTheTummyIsMassaged() {
        String cord = REFERENCE
                .contraindication("umbilical-cord-unhealed")
                .orElseThrow()
                .getCondition()
                .get("en")
                .orElseThrow();
        String fever = REFERENCE
                .contraindication("fever")
                .orElseThrow()
                .getCondition()
                .get("en")
                .orElseThrow();

        Document week2 = Jsoup.parse(HandoutRenderer.of(REFERENCE).weeklyHandout(2, "en"));

        assertThat(week2.select(".safety li strong").eachText()).contains(fever, cord);
        assertThat(week2.selectFirst(".safety .ask").text()).contains("ask a health professional");
    }

    @Test
    void weeklyHandout_safetyBox_leavesOutRulesForRegionsTheWeekDoesNotTouch() {
        Curriculum curriculum = Curriculum.builder()
                .from(SampleCurricula.minimal())
                .addContraindication(Contraindication.builder()
                        .id("cord")
                        .condition(en("Unhealed cord"))
                        .scope(ContraindicationScope.AVOID_LOCAL_REGION)
                        .addRegions(BodyRegion.BACK)
                        .guidance(en("Leave out the back."))
                        .build())
                .build();
        HandoutRenderer renderer = HandoutRenderer.of(curriculum);

        assertThat(Jsoup.parse(renderer.weeklyHandout(2, "en"))
                        .select(".safety li strong")
                        .eachText())
                .containsExactly("Fever", "Recent immunisation");
        assertThat(Jsoup.parse(renderer.weeklyHandout(4, "en"))
                        .select(".safety li strong")
                        .eachText())
                .containsExactly("Fever", "Recent immunisation", "Unhealed cord");
    }

    @Test
    void weeklyHandout_escapesEverythingFromTheCurriculum() {
        String hostile = "<script>alert('x')</script> & \"quoted\"";
        Curriculum curriculum = withFirstWeekStroke(
                SampleCurricula.minimal(),
                stroke -> Stroke.builder()
                        .from(stroke)
                        .name(en(hostile))
                        .steps(List.of(en("<img src=x onerror=alert(1)>")))
                        .build());

        String html = HandoutRenderer.of(curriculum).weeklyHandout(1, "en");

        assertThat(html).doesNotContain("<script", "<img");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img")).isEmpty();
        Element card = page.selectFirst("#new ~ .strokes article.stroke");
        assertThat(card.selectFirst("h3").text()).isEqualTo(hostile);
        assertThat(card.selectFirst("svg title").text()).contains(hostile);
        assertThat(card.selectFirst("ol.steps li").text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void bodyMap_towardTheHeartOnTheLegs_pointsUpFromFootToHip() {
        assertThat(arrowRuns(BodyRegion.LEGS_AND_FEET, Direction.TOWARD_HEART))
                .isNotEmpty()
                .allMatch(run -> run[3] < run[1]);
        assertThat(arrowRuns(BodyRegion.LEGS_AND_FEET, Direction.AWAY_FROM_HEART))
                .isNotEmpty()
                .allMatch(run -> run[3] > run[1]);
        assertThat(arrowRuns(BodyRegion.ARMS_AND_HANDS, Direction.TOWARD_HEART))
                .isNotEmpty()
                .allMatch(run -> run[3] < run[1]);
        assertThat(arrowRuns(BodyRegion.BACK, Direction.DOWNWARD)).isNotEmpty().allMatch(run -> run[3] > run[1]);
    }

    @Test
    void bodyMap_clockwiseOnTheTummy_isAnArcSweptClockwiseAsThePicturesViewerSeesIt() {
        assertThat(arrowPaths(BodyRegion.STOMACH, Direction.CLOCKWISE))
                .singleElement()
                .asString()
                .containsPattern(" A[\\d.,]+ 0 1 1 ");
        assertThat(arrowPaths(BodyRegion.STOMACH, Direction.COUNTERCLOCKWISE))
                .singleElement()
                .asString()
                .containsPattern(" A[\\d.,]+ 0 1 0 ");
    }

    @Test
    void bodyMap_outwardFromTheMidline_hasArrowsToBothSides() {
        List<double[]> runs = arrowRuns(BodyRegion.CHEST, Direction.OUTWARD_FROM_MIDLINE);

        assertThat(runs).hasSize(2);
        assertThat(runs).anyMatch(run -> run[2] < run[0]).anyMatch(run -> run[2] > run[0]);
    }

    @Test
    void bodyMap_contactRegions_areShadedApartFromTheMainRegion() {
        Stroke kneesUp = REFERENCE.stroke("stomach-knees-up").orElseThrow();
        assertThat(kneesUp.getContactRegions()).contains(BodyRegion.LEGS_AND_FEET);

        Document page = Jsoup.parse(HandoutRenderer.of(REFERENCE).weeklyHandout(2, "en"));

        Element svg = page.getElementById("new-stroke-stomach-knees-up").selectFirst("svg");
        assertThat(svg.select("path.part.main")).isNotEmpty();
        assertThat(svg.select("path.limb.contact"))
                .as("both legs, front and back")
                .hasSize(4);
        assertThat(svg.selectFirst("desc").text()).contains("legs and feet");
    }

    @Test
    void weeklyHandout_rightToLeftLanguage_setsDir() {
        Curriculum curriculum = Curriculum.builder()
                .from(SampleCurricula.minimal())
                .addLanguages("ar")
                .build();

        Document page = Jsoup.parse(HandoutRenderer.of(curriculum).weeklyHandout(1, "ar"));

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("article.stroke h3").attr("lang")).isEqualTo("en");
    }

    @Test
    void weeklyHandout_paper_setsThePageSize() {
        HandoutRenderer renderer = HandoutRenderer.of(REFERENCE);

        assertThat(renderer.weeklyHandout(1, "en")).contains("@page { size: A4; }");
        assertThat(renderer.withPaper(Paper.LETTER).weeklyHandout(1, "en")).contains("@page { size: letter; }");
    }

    @Test
    void weeklyHandout_unknownWeekOrLanguage_isRejected() {
        HandoutRenderer renderer = HandoutRenderer.of(REFERENCE);

        assertThatThrownBy(() -> renderer.weeklyHandout(6, "en"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Week must be one of the schedule's weeks (1, 2, 3, 4, 5), but was 6");
        assertThatThrownBy(() -> renderer.weeklyHandout(1, "fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Language must be one of the curriculum's languages (en, es), but was 'fr'");
    }

    @Test
    void instructorOverview_showsTheFiveWeeksRegionsAndSources() {
        Document page = Jsoup.parse(HandoutRenderer.of(REFERENCE).instructorOverview("en"));

        assertThat(page.select(".weeks article.week")).hasSize(5);
        assertThat(page.select("#coverage ~ table thead th")).hasSize(6);
        assertThat(page.select("#coverage ~ table tbody th").eachText()).startsWith("legs and feet", "tummy");
        assertThat(page.select(".sources li")).hasSize(REFERENCE.getSources().size());
        assertThat(page.select(".sources a").eachAttr("href")).allMatch(href -> href.startsWith("http"));
        assertThat(page.select("#week-1 ~ ul").first().select("li").eachText())
                .containsExactlyElementsOf(
                        names(REFERENCE.getSchedule().week(1).orElseThrow().getNewStrokes(), "en"));
    }

    private static List<String> names(Document page, String selector) {
        return page.select(selector).eachText();
    }

    private static List<String> names(List<String> strokeIds, String language) {
        return strokeIds.stream()
                .map(id -> REFERENCE.stroke(id).orElseThrow().getName())
                .map(name -> name.get(language).orElseGet(() -> name.get("en").orElseThrow()))
                .toList();
    }

    private static Curriculum withFirstWeekStroke(
            Curriculum curriculum, java.util.function.UnaryOperator<Stroke> change) {
        String id =
                curriculum.getSchedule().week(1).orElseThrow().getNewStrokes().get(0);
        return Curriculum.builder()
                .from(curriculum)
                .strokes(curriculum.getStrokes().stream()
                        .map(stroke -> stroke.getId().equals(id) ? change.apply(stroke) : stroke)
                        .toList())
                .build();
    }

    /** The arrows of a one-stroke week's body map, for a stroke of {@code region} moving {@code direction}. */
    private static List<String> arrowPaths(BodyRegion region, Direction direction) {
        Curriculum curriculum = withFirstWeekStroke(
                SampleCurricula.minimal(),
                stroke -> Stroke.builder()
                        .from(stroke)
                        .region(region)
                        .direction(direction)
                        .contactRegions(List.of())
                        .build());
        Document page = Jsoup.parse(HandoutRenderer.of(curriculum).weeklyHandout(1, "en"));
        return page.selectFirst("#new ~ .strokes article.stroke svg")
                .select("path.arrow")
                .eachAttr("d");
    }

    /** Straight arrows as {x1, y1, x2, y2}, from tail to tip. */
    private static List<double[]> arrowRuns(BodyRegion region, Direction direction) {
        return arrowPaths(region, direction).stream()
                .filter(d -> d.matches("M[\\d.]+,[\\d.]+ L[\\d.]+,[\\d.]+"))
                .map(d -> Stream.of(d.substring(1).split("[ ,L]+"))
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .toList();
    }
}
