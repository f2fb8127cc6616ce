package dev.infantmassage.curriculum.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns command-line paths into inputs: files as they are (any name), directories searched
 * recursively for {@value #SUFFIX} files in sorted order, {@code -} for standard input. Paths that
 * do not exist or cannot be listed become problems; the rest are still read.
 */
final class Inputs {
    /** The file-name suffix directories are searched for; the schema's editor association uses it too. */
    static final String SUFFIX = ".curriculum.json";

    private Inputs() {}

    /** The inputs found and the problems met, both in command-line order. */
    record Expansion(List<Input> inputs, List<String> problems) {}

    static Expansion expand(List<String> arguments) {
        Set<Input> inputs = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                problems.add("cannot read '" + argument.replace("\0", "\\0") + "': not a valid path");
                continue;
            }
            if (argument.isEmpty()) {
                problems.add("cannot read '': the path is empty");
                continue;
            }
            if (Files.isDirectory(path)) {
                List<Path> found = search(path, problems);
                if (found.isEmpty()) {
                    problems.add("no *" + SUFFIX + " files in directory '" + argument + "'");
                }
                found.forEach(file -> inputs.add(Input.file(file)));
            } else if (Files.isRegularFile(path)) {
                inputs.add(Input.file(path.normalize()));
            } else if (Files.exists(path)) {
                problems.add(notRegular(argument));
            } else {
                problems.add("cannot read '" + argument + "': " + (Files.isSymbolicLink(path)
                        ? "the symbolic link points nowhere" : "no such file or directory"));
            }
        }
        return new Expansion(List.copyOf(inputs), List.copyOf(problems));
    }

    /** Whether {@code argument} names an existing directory; false for {@code -} and invalid paths. */
    static boolean isDirectory(String argument) {
        try {
            return !argument.isEmpty() && !argument.equals("-") && Files.isDirectory(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The curriculum files under {@code directory}, sorted; hidden directories such as {@code .git} are skipped. */
    static List<Path> search(Path directory, List<String> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    Path name = dir.getFileName();
                    boolean hidden = !dir.equals(directory) && name != null && name.toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isDirectory() && file.getFileName().toString().endsWith(SUFFIX)) {
                        if (Files.isRegularFile(file)) {
                            found.add(file.normalize());
                        } else if (!Files.isDirectory(file)) {
                            problems.add(notRegular(file.toString()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof FileSystemLoopException)) {
                        problems.add("cannot read '" + file + "': " + describe(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add("cannot read '" + directory + "': " + describe(e));
        }
        found.sort(null);
        return found;
    }

    /** Why a FIFO, socket or device is not read: opening a FIFO would wait for a writer for ever. */
    private static String notRegular(String path) {
        return "cannot read '" + path + "': not a regular file (a FIFO, socket or device); use - to read standard input";
    }

    /** A short, stack-trace-free reason for an I/O failure. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
