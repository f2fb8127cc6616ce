package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Curriculum;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --curriculum FILE}, shared by the commands that work from one valid curriculum (a picocli mixin). */
final class CurriculumOption {

    @Option(
            names = "--curriculum",
            paramLabel = "FILE",
            description = "A curriculum file (default: the built-in five-week program).")
    @Nullable
    Path file;

    /** The chosen curriculum, or empty when it has errors (they are printed, saying it cannot {@code action}). */
    Optional<Curriculum> readValid(String action, CommandSpec spec) {
        return CurriculumFiles.readValid(file, action, spec);
    }
}
