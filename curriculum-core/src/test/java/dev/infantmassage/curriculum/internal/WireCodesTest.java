package dev.infantmassage.curriculum.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.BenefitTag;
import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Coded;
import dev.infantmassage.curriculum.Confidence;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.MotionPattern;
import dev.infantmassage.curriculum.OilGuidance;
import dev.infantmassage.curriculum.RoutineKind;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.TechniqueKind;
import dev.infantmassage.curriculum.TimeUnit;
import dev.infantmassage.curriculum.TopicTag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WireCodesTest {
    static List<Class<? extends Enum<?>>> wireEnums() {
        return List.of(
                BenefitTag.class,
                BodyRegion.class,
                Confidence.class,
                ContraindicationScope.class,
                CueIntensity.class,
                CuePolarity.class,
                CueResponse.class,
                Direction.class,
                MotionPattern.class,
                OilGuidance.class,
                RoutineKind.class,
                StrokeRole.class,
                TechniqueKind.class,
                TimeUnit.class,
                TopicTag.class);
    }

    @ParameterizedTest
    @MethodSource("wireEnums")
    <E extends Enum<E>> void find_everyConstantsCode_givesTheConstantBack(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            String code = WireCodes.of(constant);
            assertThat(code).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(WireCodes.find(type, code)).contains(constant);
        }
    }

    @ParameterizedTest
    @MethodSource("wireEnums")
    <E extends Enum<E>> void find_javaNameOrEmpty_isNotACode(Class<E> type) {
        E first = type.getEnumConstants()[0];
        assertThat(WireCodes.find(type, first.name())).isEmpty();
        assertThat(WireCodes.find(type, "")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("wireEnums")
    void everyWireEnum_isCoded_andItsCodeIsTheWireCode(Class<? extends Enum<?>> type) {
        assertThat(Coded.class).isAssignableFrom(type);
        for (Enum<?> constant : type.getEnumConstants()) {
            assertThat(((Coded) constant).code()).isEqualTo(WireCodes.of(constant));
        }
    }

    @Test
    void parse_unknownCode_namesWhatAndCode() {
        assertThatThrownBy(() -> BodyRegion.fromCode("elbow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown body region 'elbow'");
    }
}
