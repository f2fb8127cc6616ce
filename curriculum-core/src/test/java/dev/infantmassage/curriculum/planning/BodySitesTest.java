package dev.infantmassage.curriculum.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodySitesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "thigh,            LEGS_AND_FEET",
        "left-thigh,       LEGS_AND_FEET",
        "Right Thigh,      LEGS_AND_FEET",
        "foot,             LEGS_AND_FEET",
        "bottom,           LEGS_AND_FEET",
        "arm,              ARMS_AND_HANDS",
        "upper-arm,        ARMS_AND_HANDS",
        "left upper_arm,   ARMS_AND_HANDS",
        "tummy,            STOMACH",
        "navel,            STOMACH",
        "chest,            CHEST",
        "neck,             FACE",
        "ear,              FACE",
        "spine,            BACK",
        "legs-and-feet,    LEGS_AND_FEET",
        "gentle-movements, GENTLE_MOVEMENTS",
        "whole-body,       WHOLE_BODY",
    })
    void regionOf_knownSite_isItsTeachingRegion(String site, BodyRegion region) {
        assertThat(BodySites.regionOf(site)).contains(region);
        assertThat(BodySites.isKnown(site)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "elbow-pit", "spleen", "left-", "legs_and_feet_x"})
    void regionOf_unknownSite_isEmpty(String site) {
        assertThat(BodySites.regionOf(site)).isEmpty();
    }
}
