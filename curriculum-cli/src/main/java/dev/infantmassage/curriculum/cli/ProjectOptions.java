package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.PathPattern;
import dev.infantmassage.curriculum.json.ProjectConfig;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --exclude GLOB}, {@code --config FILE} and {@code --no-config}, shared by the commands that walk
 * directories of curriculum files (a picocli mixin): which files a run takes, and which project config
 * governs each.
 */
final class ProjectOptions {
    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            converter = Inputs.PatternConverter.class,
            description = "Leave out files and directories matching GLOB (.gitignore syntax, relative to the "
                    + "working directory). Repeatable.")
    List<PathPattern> excludes = new ArrayList<>();

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "Use this project config for every file, instead of the nearest " + ProjectConfig.FILE_NAME + ".")
    @Nullable
    Path config;

    @Option(names = "--no-config", description = "Use no project config.")
    boolean noConfig;

    /** The configs the options ask for; a config named with --config that cannot be read is a usage error. */
    Configs configs(CommandSpec spec) {
        if (noConfig && config != null) {
            throw new ParameterException(spec.commandLine(), "--config and --no-config cannot be used together");
        }
        if (noConfig) {
            return Configs.none();
        }
        if (config == null) {
            return Configs.nearest();
        }
        try {
            return Configs.of(config);
        } catch (UncheckedIOException e) {
            throw new ParameterException(
                    spec.commandLine(), "cannot read config '" + config + "': " + Inputs.describe(e.getCause()));
        }
    }

    /** The files the paths name, less the excluded ones, each with the config that governs it. */
    Inputs.Expansion expand(List<String> paths, Configs configs) {
        return Inputs.expand(paths, excludes, configs);
    }
}
