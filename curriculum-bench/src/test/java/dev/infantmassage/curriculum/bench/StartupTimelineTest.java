package dev.infantmassage.curriculum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupTimelineTest {
    @Test
    void render_measuresEachPhaseFromItsFirstClassLoad() {
        String log = """
                [0.010s] java.lang.Object source: shared objects file
                [0.100s] dev.infantmassage.curriculum.cli.CurriculumCli source: shared objects file (top)
                [0.150s] dev.infantmassage.curriculum.json.internal.DocumentParser source: shared objects file (top)
                [0.160s] dev.infantmassage.curriculum.json.internal.CurriculumFormat source: file:/x.jar
                [0.200s] dev.infantmassage.curriculum.internal.BeanConstraints source: file:/x.jar
                [0.250s] dev.infantmassage.curriculum.internal.BeanConstraints source: file:/x.jar
                [0.500s] dev.infantmassage.curriculum.internal.rules.CurriculumRules source: file:/x.jar
                [0.520s] dev.infantmassage.curriculum.cli.TextReport source: file:/x.jar
                [0.530s] java.util.IdentityHashMap$KeyIterator source: shared objects file
                not a class-loading line
                """;

        String timeline = StartupTimeline.render(log, "a run");

        assertThat(timeline)
                .contains("9 classes loaded, 4 of them from the class-data archive")
                .contains("| JVM start-up until the main class loads | 0 ms | 100 ms |")
                .contains("| Command line (picocli) and set-up | 100 ms | 50 ms |")
                .contains("| Parse the file | 150 ms | 10 ms |")
                .contains("| Bean Validation (Hibernate Validator bootstrap and checks) | 200 ms | 300 ms |")
                .contains("| Print the report and exit | 520 ms | 10 ms |")
                .contains("| **Total** (to the last class load) | | 530 ms |");
    }
}
