package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.validation.LanguageTranslation;
import dev.infantmassage.curriculum.validation.MissingTranslation;
import dev.infantmassage.curriculum.validation.SectionTranslation;
import dev.infantmassage.curriculum.validation.TranslationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code translations [PATH]}: per language, how many texts are translated and which are missing, by section. */
@Command(
        name = "translations",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reports, for translators, how far a curriculum is translated: per language, the texts "
                    + "done and missing, section by section.",
            "Without a path, reports on the built-in reference curriculum.",
            "Exit codes: 0 the report was printed, 1 the file could not be read, 2 bad command line."
        })
final class TranslationsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A curriculum file, or - for standard input.")
    @Nullable
    String path;

    @Option(
            names = "--language",
            paramLabel = "TAG",
            description = "Report on this language (repeatable), declared or not; default: every declared"
                    + " language besides the default.")
    List<String> languages = new ArrayList<>();

    @Option(
            names = "--missing",
            description = "List every missing text under its section (text format; json always lists them).")
    boolean listMissing;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (the default) or json.")
    String format = "text";

    @ParentCommand
    CurriculumCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default ->
                throw new ParameterException(spec.commandLine(), "'" + format + "' is not a format; use text or json");
        };
        CurriculumFiles.One one = CurriculumFiles.readOne(
                path, "translations", "report on", spec, root.terminal().stdin());
        if (one.loaded().isEmpty()) {
            return one.exitCode();
        }
        Input input = one.loaded().get().input();
        Curriculum curriculum = one.loaded().get().curriculum();
        TranslationReport report =
                languages.isEmpty() ? TranslationReport.of(curriculum) : TranslationReport.of(curriculum, languages);
        out.print(json ? json(input.name(), report) : text(input.name(), report));
        out.flush();
        return 0;
    }

    private String text(String file, TranslationReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Translations of ")
                .append(file)
                .append(": ")
                .append(ValidationRun.plural(report.getTexts(), "text"))
                .append(", default language ")
                .append(report.getDefaultLanguage())
                .append('\n');
        if (report.getLanguages().isEmpty()) {
            text.append("No other language is declared; use --language TAG to see what a new one needs.\n");
        }
        int width = report.getLanguages().stream()
                .flatMap(language -> language.getSections().stream())
                .mapToInt(section -> section.getSection().length())
                .max()
                .orElse(0);
        for (LanguageTranslation language : report.getLanguages()) {
            text.append('\n')
                    .append(language.getLanguage())
                    .append(language.isDeclared() ? "" : " (not declared)")
                    .append(": ")
                    .append(language.done())
                    .append(" of ")
                    .append(language.texts())
                    .append(" done (")
                    .append(percent(language.done(), language.texts()))
                    .append("), ")
                    .append(language.missing())
                    .append(" missing\n");
            for (SectionTranslation section : language.getSections()) {
                text.append("  ")
                        .append(section.getSection())
                        .append(" ".repeat(width - section.getSection().length() + 2))
                        .append(section.done())
                        .append(" of ")
                        .append(section.getTexts())
                        .append(
                                section.getMissing().isEmpty()
                                        ? ""
                                        : ", " + section.getMissing().size() + " missing")
                        .append('\n');
                if (listMissing) {
                    for (MissingTranslation missing : section.getMissing()) {
                        text.append("    ")
                                .append(missing.getLocation().toPointer())
                                .append("  ")
                                .append(missing.excerpt())
                                .append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static String percent(int done, int texts) {
        if (texts == 0 || done == texts) {
            return "100 %";
        }
        return Math.min(99, done * 100 / texts) + " %";
    }

    private static String json(String file, TranslationReport report) {
        JsonWriter json = new JsonWriter(6)
                .beginObject()
                .field("file", file)
                .field("defaultLanguage", report.getDefaultLanguage())
                .name("texts")
                .value(report.getTexts())
                .name("languages")
                .beginArray();
        for (LanguageTranslation language : report.getLanguages()) {
            json.beginObject()
                    .field("language", language.getLanguage())
                    .name("declared")
                    .value(language.isDeclared())
                    .name("texts")
                    .value(language.texts())
                    .name("done")
                    .value(language.done())
                    .name("missing")
                    .value(language.missing())
                    .name("sections")
                    .beginArray();
            for (SectionTranslation section : language.getSections()) {
                json.beginObject()
                        .field("section", section.getSection())
                        .name("texts")
                        .value(section.getTexts())
                        .name("done")
                        .value(section.done())
                        .name("missing")
                        .value(section.getMissing().size())
                        .name("missingTexts")
                        .beginArray();
                for (MissingTranslation missing : section.getMissing()) {
                    json.beginObject()
                            .field("pointer", missing.getLocation().toPointer())
                            .field("text", missing.getText())
                            .endObject();
                }
                json.endArray().endObject();
            }
            json.endArray().endObject();
        }
        return json.endArray().endObject().finish();
    }
}
