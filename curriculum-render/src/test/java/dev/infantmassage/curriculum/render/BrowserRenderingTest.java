package dev.infantmassage.curriculum.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens rendered pages in headless Chromium (Debian's {@code chromium} package; {@code .ci/run} installs
 * it): the page lays out with its body maps and every stroke, nothing is wider than an A4 page's
 * printable width, printing to A4 gives A4 pages, and a screenshot is taken into
 * {@code target/screenshots}. Skipped, with the reason, where no Chromium is installed.
 */
class BrowserRenderingTest {
    /** A4's printable width with the style sheet's 14 mm margins, in CSS pixels (96 per inch). */
    private static final int A4_PRINTABLE_WIDTH_PX = (int) Math.floor((210 - 2 * 14) / 25.4 * 96);

    private static final Curriculum REFERENCE = ReferenceCurricula.fiveWeekProgram();
    private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*]");

    private static Path chromium;

    @TempDir
    static Path profile;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = Stream.of(
                        Optional.ofNullable(System.getenv("CHROMIUM")).orElse(""), "chromium", "chromium-browser")
                .filter(name -> !name.isEmpty())
                .flatMap(BrowserRenderingTest::onPath)
                .findFirst();
        Assumptions.assumeTrue(
                found.isPresent(),
                "headless Chromium not found on PATH (install Debian's 'chromium' "
                        + "package, as .ci/run does, or set CHROMIUM): browser checks skipped");
        chromium = found.get();
    }

    static Stream<Arguments> data_pages() {
        return Stream.of(
                Arguments.of("week-2.es", 2, "es"),
                Arguments.of("week-5.en", 5, "en"),
                Arguments.of("week-1.en", 1, "en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_pages")
    void handout_rendersInChromium_withEveryStrokeAndNoOverflowOnA4(String name, int week, String language)
            throws Exception {
        String html = HandoutRenderer.of(REFERENCE).weeklyHandout(week, language);
        Path dir = Files.createDirectories(screenshots());
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html);
        WeekPlan plan = REFERENCE.getSchedule().week(week).orElseThrow();

        Document dom = Jsoup.parse(run("--dump-dom", page.toUri().toString()));

        List<String> expected = Stream.concat(plan.getNewStrokes().stream(), plan.getReviewStrokes().stream())
                .map(id -> REFERENCE.stroke(id).orElseThrow().getName())
                .map(text -> text.get(language).orElseGet(() -> text.get("en").orElseThrow()))
                .toList();
        assertThat(dom.select("article.stroke h3").eachText()).containsExactlyElementsOf(expected);
        assertThat(dom.select("article.stroke svg.bodymap")).hasSize(expected.size());

        Path measured = dir.resolve(name + ".measure.html");
        Files.writeString(measured, html.replace("</body>", MEASURE_SCRIPT + "</body>"));
        Document layout = Jsoup.parse(run(
                "--window-size=" + A4_PRINTABLE_WIDTH_PX + ",1200",
                "--dump-dom",
                measured.toUri().toString()));
        assertThat(layout.body().attr("data-measured"))
                .as("the measuring script ran")
                .isEqualTo("yes");
        assertThat(layout.body().attr("data-overflow"))
                .as("elements wider than A4's printable width")
                .isEmpty();
        Files.delete(measured);

        Path pdf = dir.resolve(name + ".pdf");
        run("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        List<double[]> boxes = mediaBoxes(bytes);
        assertThat(boxes).as("pages").isNotEmpty();
        assertThat(boxes).allSatisfy(box -> {
            assertThat(box[0]).as("A4 width in points").isBetween(594.0, 597.0);
            assertThat(box[1]).as("A4 height in points").isBetween(841.0, 843.0);
        });

        Path png = dir.resolve(name + ".png");
        run("--window-size=1000,1400", "--screenshot=" + png, page.toUri().toString());
        byte[] image = Files.readAllBytes(png);
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');
        assertThat(image.length).as("a screenshot with something drawn").isGreaterThan(20_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_accessibilityPages")
    void pages_haveNoSeriousAccessibilityViolations_byAxeCore(String name, String html) throws Exception {
        Optional<Path> axe =
                Optional.ofNullable(System.getenv("AXE_CORE")).map(Path::of).filter(Files::isRegularFile);
        Assumptions.assumeTrue(
                axe.isPresent(),
                "axe-core not found: set AXE_CORE to axe.min.js (.ci/run installs "
                        + "axe-core from npm and sets it): accessibility check skipped");
        Path dir = Files.createDirectories(screenshots());
        Path page = dir.resolve(name + ".axe.html");
        String script = "<script>" + Files.readString(axe.get()) + "</script><script>"
                + "axe.run(document,{runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice']}})"
                + ".then(function(r){var bad=r.violations.filter(function(v){return v.impact==='serious'||v.impact==='critical';})"
                + ".map(function(v){return v.id+' ('+v.nodes.length+'): '+v.nodes.slice(0,3).map(function(n){return n.target.join(' ');}).join(', ');});"
                + "document.body.setAttribute('data-axe-serious',bad.join(' | '));document.body.setAttribute('data-axe','done');})"
                + ".catch(function(e){document.body.setAttribute('data-axe','failed: '+e);});</script>";
        Files.writeString(page, html.replace("</body>", script + "</body>"));

        Document dom = Jsoup.parse(
                run("--virtual-time-budget=30000", "--dump-dom", page.toUri().toString()));

        assertThat(dom.body().attr("data-axe")).as("axe-core ran").isEqualTo("done");
        assertThat(dom.body().attr("data-axe-serious"))
                .as("serious or critical violations")
                .isEmpty();
        Files.delete(page);
    }

    static Stream<Arguments> data_accessibilityPages() {
        HandoutRenderer renderer = HandoutRenderer.of(REFERENCE);
        return Stream.of(
                Arguments.of("week-2.es", renderer.weeklyHandout(2, "es")),
                Arguments.of("week-4.en", renderer.weeklyHandout(4, "en")),
                Arguments.of("overview.en", renderer.instructorOverview("en")));
    }

    /** Marks every element that reaches past the window's width (the A4 printable width here). */
    private static final String MEASURE_SCRIPT = "<script>"
            + "addEventListener('load',function(){var w=document.documentElement.clientWidth,bad=[];"
            + "document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();"
            + "if(r.width>0&&(r.right>w+0.5||r.left<-0.5)){bad.push((e.id||e.tagName)+':'+Math.round(r.right));}});"
            + "if(document.documentElement.scrollWidth>w){bad.push('document:'+document.documentElement.scrollWidth);}"
            + "document.body.setAttribute('data-overflow',bad.slice(0,20).join(' '));"
            + "document.body.setAttribute('data-measured','yes');});"
            + "</script>";

    private static List<double[]> mediaBoxes(byte[] pdf) {
        Matcher matcher = MEDIA_BOX.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        List<double[]> boxes = new ArrayList<>();
        while (matcher.find()) {
            boxes.add(new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))});
        }
        return boxes;
    }

    private static String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--hide-scrollbars",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(profile, "out", ".txt");
        Path err = Files.createTempFile(profile, "err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + command);
        }
        assertThat(process.exitValue())
                .as("Chromium's exit code; stderr: %s", Files.readString(err))
                .isZero();
        return Files.readString(out);
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("render.screenshots", "target/screenshots"));
    }

    private static Stream<Path> onPath(String name) {
        if (name.contains(File.separator)) {
            Path path = Path.of(name);
            return Files.isExecutable(path) ? Stream.of(path) : Stream.empty();
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry, name))
                .filter(Files::isExecutable)
                .limit(1);
    }
}
