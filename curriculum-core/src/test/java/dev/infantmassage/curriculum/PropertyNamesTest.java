package dev.infantmassage.curriculum;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PropertyNamesTest {
    @Test
    void namesTheFileFormatPropertyOfAnAccessorReference() {
        // The names as docs/format.md spells them.
        assertThat(nameOf(WeekPlan::getNewStrokes)).isEqualTo("newStrokes");
        assertThat(nameOf(Stroke::getContactRegions)).isEqualTo("contactRegions");
        assertThat(nameOf(Oil::isPatchTestRequired)).isEqualTo("patchTestRequired");
        assertThat(nameOf(Curriculum::getOilPolicy)).isEqualTo("oilPolicy");
    }

    @Test
    void givesTheSameNameOnEveryCall() {
        for (int i = 0; i < 3; i++) {
            assertThat(nameOf(Stroke::getDurationSeconds)).isEqualTo("durationSeconds");
        }
    }

    @Test
    void refusesALambdaThatIsNotAnAccessorReference() {
        assertThatThrownBy(() -> nameOf((Stroke stroke) -> stroke.getId().length()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsIntoAFileAsTheDocumentedExampleSays() {
        assertThat(dev.infantmassage.curriculum.validation.IssueLocation.root()
                        .property(PropertyNames.nameOf(Curriculum::getStrokes))
                        .index(0)
                        .toPointer())
                .isEqualTo("/strokes/0");
    }

    @Test
    void stripsOnlyARealGetOrIsPrefix() {
        assertThat(PropertyNames.nameOfAccessor("getId")).isEqualTo("id");
        assertThat(PropertyNames.nameOfAccessor("isPatchTestRequired")).isEqualTo("patchTestRequired");
        assertThat(PropertyNames.nameOfAccessor("issues")).isEqualTo("issues");
        assertThat(PropertyNames.nameOfAccessor("getaway")).isEqualTo("getaway");
        assertThat(PropertyNames.nameOfAccessor("Get")).isEqualTo("get");
    }
}
