package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cases of git's own gitignore documentation, and a few more of the same kind. */
class PathPatternTest {
    @ParameterizedTest(name = "{0} ~ {1} (directory {2}): {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a name without a slash matches at any depth
                "target/          | target                  | true  | true",
                "target/          | a/b/target              | true  | true",
                "target/          | target                  | false | false",
                "frotz/           | a/frotz                 | true  | true",
                "*.log            | debug.log               | false | true",
                "*.log            | logs/a/debug.log        | false | true",
                "*.log            | debug.log.txt           | false | false",
                // a slash at the start or in the middle anchors
                "/build           | build                   | true  | true",
                "/build           | src/build               | true  | false",
                "doc/frotz        | doc/frotz               | true  | true",
                "doc/frotz        | a/doc/frotz             | true  | false",
                "doc/*.txt        | doc/notes.txt           | false | true",
                "doc/*.txt        | doc/server/arch.txt     | false | false",
                // ** as a whole segment
                "**/foo           | foo                     | false | true",
                "**/foo           | a/b/foo                 | false | true",
                "**/foo/bar       | x/foo/bar               | false | true",
                "abc/**           | abc/x/y                 | false | true",
                "abc/**           | abc                     | true  | false",
                "a/**/b           | a/b                     | false | true",
                "a/**/b           | a/x/y/b                 | false | true",
                "a/**/b           | a/xb                    | false | false",
                // other wildcards
                "?.json           | a.json                  | false | true",
                "?.json           | ab.json                 | false | false",
                "*                | a/b                     | false | true",
                "a*b              | a/b                     | false | false",
                "[abc].txt        | b.txt                   | false | true",
                "[!abc].txt       | d.txt                   | false | true",
                "[!abc].txt       | a.txt                   | false | false",
                "[a-c]x           | bx                      | false | true",
                "\\#notes         | #notes                  | false | true",
                "\\!important     | !important              | false | true",
                "draft?           | drafts                  | false | true",
            })
    void matches_asGitDoes(String pattern, String path, boolean directory, boolean expected) {
        assertThat(PathPattern.parse(pattern).matches(path, directory)).isEqualTo(expected);
    }

    @Test
    void parseLine_commentsAndBlankLines_areNoPatterns() {
        assertThat(PathPattern.parseLine("# a comment")).isEmpty();
        assertThat(PathPattern.parseLine("   ")).isEmpty();
        assertThat(PathPattern.parseLine("")).isEmpty();
        assertThat(PathPattern.parseLine("target/   ").orElseThrow().matches("target", true))
                .isTrue();
        assertThat(PathPattern.parseLine("a\\ ").orElseThrow().matches("a ", false))
                .isTrue();
    }

    @Test
    void excludes_lastMatchWins_andNegationTakesBack() {
        List<PathPattern> patterns = List.of(PathPattern.parse("*.json"), PathPattern.parse("!keep.json"));

        assertThat(PathPattern.excludes(patterns, "x.json", false)).isTrue();
        assertThat(PathPattern.excludes(patterns, "keep.json", false)).isFalse();
        assertThat(PathPattern.excludes(patterns, "a/keep.json", false)).isFalse();
    }

    @Test
    void excludes_insideAnExcludedDirectory_cannotBeTakenBack() {
        List<PathPattern> patterns = List.of(PathPattern.parse("drafts/"), PathPattern.parse("!drafts/keep.json"));

        assertThat(PathPattern.excludes(patterns, "drafts/keep.json", false)).isTrue();
        assertThat(PathPattern.excludes(patterns, "other/keep.json", false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!", "/", "!/", ""})
    void parse_patternThatNamesNothing_isRejected(String pattern) {
        assertThatThrownBy(() -> PathPattern.parse(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pattern must name something, but was '" + pattern + "'");
    }

    @Test
    void slashed_joinsNamesWithSlashes() {
        assertThat(PathPattern.slashed(Path.of("docs", "week-1", "a.curriculum.json")))
                .isEqualTo("docs/week-1/a.curriculum.json");
        assertThat(PathPattern.slashed(Path.of(""))).isEmpty();
    }
}
