package dev.infantmassage.curriculum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code validate --format junit} and {@code --format gitlab} through the command line: the JUnit XML
 * is valid against Jenkins' JUnit schema ({@code junit-10.xsd}, in the test resources) and parsed by a
 * real XML parser; the Code Quality report by a real JSON parser; hostile names and values come back
 * exactly, escaped, never as markup or terminal control.
 */
class CiReportsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A property name that is every kind of trouble: XML markup, a CDATA end, quotes, an escape and a newline. */
    private static final String HOSTILE = "col<our>]]>&\"'\u001b[31m\nx";

    private static final String HOSTILE_JSON = "col<our>]]>&\\\"'\\u001b[31m\\nx";

    @TempDir
    Path dir;

    private Path errors() {
        return Fixtures.write(
                dir,
                "errors.curriculum.json",
                Fixtures.danglingReference()
                        .replace("\"id\": \"sample\",", "\"id\": \"sample\",\n  \"colour\": \"blue\","));
    }

    private Path warning() {
        return Fixtures.write(dir, "warning.curriculum.json", Fixtures.oneWarning());
    }

    private Path valid() {
        return Fixtures.write(dir, "valid.curriculum.json", Fixtures.VALID);
    }

    @Test
    void junit_isValidAgainstTheJenkinsSchema_oneSuitePerFile() throws Exception {
        CliRun run = CliRun.run(
                "validate",
                "--format",
                "junit",
                errors().toString(),
                warning().toString(),
                valid().toString(),
                dir.resolve("missing.curriculum.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertSchemaValid(run.out());
        Document xml = parse(run.out());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        List<Element> suites = children(root, "testsuite");
        assertThat(suites)
                .extracting(suite -> suite.getAttribute("name"))
                .containsExactly(errors().toString(), warning().toString(), valid().toString(), "unreadable paths");

        Element errorSuite = suites.get(0);
        assertThat(errorSuite.getAttribute("tests")).isEqualTo("2");
        assertThat(errorSuite.getAttribute("failures")).isEqualTo("2");
        assertThat(property(errorSuite, "errors")).isEqualTo("2");
        List<Element> errorCases = children(errorSuite, "testcase");
        assertThat(errorCases)
                .extracting(testcase -> testcase.getAttribute("name"))
                .containsExactly(
                        "json.unknown-property at /colour (line 4, column 3)",
                        "reference.unresolved at /schedule/weeks/0/cues/1"
                                + errorCases
                                        .get(1)
                                        .getAttribute("name")
                                        .substring("reference.unresolved at /schedule/weeks/0/cues/1".length()));
        Element failure = children(errorCases.get(1), "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("reference.unresolved");
        assertThat(failure.getAttribute("message"))
                .isEqualTo("Cue 'smilling' is not in the curriculum's catalogue; did you mean 'smiling'?");
        assertThat(failure.getTextContent()).startsWith(errors() + ":").contains(": error: Cue 'smilling'");

        Element warningSuite = suites.get(1);
        assertThat(warningSuite.getAttribute("failures")).isEqualTo("0");
        assertThat(property(warningSuite, "warnings")).isEqualTo("1");
        Element warningCase = children(warningSuite, "testcase").get(0);
        assertThat(warningCase.getAttribute("name"))
                .startsWith("week.session-length.unusual at /schedule/weeks/0/sessionMinutes");
        assertThat(children(warningCase, "failure")).isEmpty();
        assertThat(children(warningCase, "system-out").get(0).getTextContent())
                .contains(": warning: ")
                .endsWith("[week.session-length.unusual] at /schedule/weeks/0/sessionMinutes");

        Element validSuite = suites.get(2);
        assertThat(children(validSuite, "testcase")).singleElement().satisfies(testcase -> {
            assertThat(testcase.getAttribute("name")).isEqualTo("valid");
            assertThat(testcase.getChildNodes().getLength()).isZero();
        });

        Element unreadable = children(suites.get(3), "testcase").get(0);
        assertThat(children(unreadable, "error").get(0).getAttribute("message"))
                .startsWith("cannot read '")
                .contains("missing.curriculum.json");
    }

    @Test
    void junit_hostileFileNameAndValues_areEscapedAndComeBackExactly() throws Exception {
        Path file;
        try {
            file = Fixtures.write(
                    dir,
                    "a\"<b>]]>&'\u001b\n.curriculum.json",
                    Fixtures.VALID.replace(
                            "\"id\": \"sample\",", "\"id\": \"sample\",\n  \"" + HOSTILE_JSON + "\": 1,"));
        } catch (RuntimeException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system does not allow such a file name: " + e);
            return;
        }

        CliRun run = CliRun.run("validate", "--format", "junit", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .doesNotContain("\u001b")
                .doesNotContain("]]>")
                .doesNotContain("<b>")
                .doesNotContain("<our>");
        assertSchemaValid(run.out());
        Element suite =
                children(parse(run.out()).getDocumentElement(), "testsuite").get(0);
        String visibleName = file.toString().replace("\u001b", "\\u001b").replace("\n", "\\n");
        assertThat(suite.getAttribute("name")).isEqualTo(visibleName);
        Element failure =
                children(children(suite, "testcase").get(0), "failure").get(0);
        assertThat(failure.getAttribute("message")).contains("'col<our>]]>&\"'\\u001b[31m\\nx'");
        assertThat(failure.getTextContent()).startsWith(visibleName + ":").doesNotContain("\n");
    }

    @Test
    void gitlab_hasTheCodeQualityFieldsForEveryIssue() throws Exception {
        CliRun run = CliRun.run(
                "validate", "--format", "gitlab", errors().toString(), warning().toString(), valid().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.isArray()).isTrue();
        assertThat(report).hasSize(3);
        JsonNode unknown = report.get(0);
        assertThat(unknown.get("check_name").asString()).isEqualTo("json.unknown-property");
        assertThat(unknown.get("description").asString())
                .startsWith("Property 'colour' is not allowed")
                .endsWith(" at /colour");
        assertThat(unknown.get("severity").asString()).isEqualTo("major");
        assertThat(unknown.get("location").get("path").asString()).isEqualTo(errors().toString());
        assertThat(unknown.get("location").get("lines").get("begin").asInt()).isEqualTo(4);
        assertThat(report.get(1).get("check_name").asString()).isEqualTo("reference.unresolved");
        JsonNode warning = report.get(2);
        assertThat(warning.get("severity").asString()).isEqualTo("minor");
        assertThat(warning.get("check_name").asString()).isEqualTo("week.session-length.unusual");
        List<String> fingerprints = new ArrayList<>();
        report.forEach(issue -> fingerprints.add(issue.get("fingerprint").asString()));
        assertThat(fingerprints).doesNotHaveDuplicates().allMatch(fingerprint -> fingerprint.matches("[0-9a-f]{64}"));
    }

    @Test
    void gitlab_fingerprints_stayTheSameAcrossRunsAndWhenLinesMove() throws Exception {
        Path file = errors();
        List<String> first = fingerprints(
                CliRun.run("validate", "--format", "gitlab", file.toString()).out());
        List<String> again = fingerprints(
                CliRun.run("validate", "--format", "gitlab", file.toString()).out());
        Files.writeString(file, "\n\n" + Files.readString(file));
        String moved =
                CliRun.run("validate", "--format", "gitlab", file.toString()).out();

        assertThat(first).hasSize(2).isEqualTo(again).isEqualTo(fingerprints(moved));
        assertThat(JSON.readTree(moved)
                        .get(0)
                        .get("location")
                        .get("lines")
                        .get("begin")
                        .asInt())
                .isEqualTo(6);
    }

    @Test
    void gitlab_hostileValues_areJsonEscapedAndComeBackExactly() throws Exception {
        Path file = Fixtures.write(
                dir,
                "hostile.curriculum.json",
                Fixtures.VALID.replace("\"id\": \"sample\",", "\"id\": \"sample\",\n  \"" + HOSTILE_JSON + "\": 1,"));

        CliRun run = CliRun.run("validate", "--format", "gitlab", file.toString());

        assertThat(run.out()).doesNotContain("\u001b");
        JsonNode issue = JSON.readTree(run.out()).get(0);
        assertThat(issue.get("description").asString()).contains("'" + HOSTILE + "'");
    }

    private static List<String> fingerprints(String report) {
        List<String> fingerprints = new ArrayList<>();
        JSON.readTree(report)
                .forEach(issue -> fingerprints.add(issue.get("fingerprint").asString()));
        return fingerprints;
    }

    private static void assertSchemaValid(String xml) throws Exception {
        URL schema = CiReportsTest.class.getResource("/junit-10.xsd");
        assertThat(schema).isNotNull();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(schema)
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                children.add(element);
            }
        }
        return children;
    }

    private static String property(Element suite, String name) {
        return children(children(suite, "properties").get(0), "property").stream()
                .filter(property -> property.getAttribute("name").equals(name))
                .map(property -> property.getAttribute("value"))
                .findFirst()
                .orElseThrow();
    }
}
