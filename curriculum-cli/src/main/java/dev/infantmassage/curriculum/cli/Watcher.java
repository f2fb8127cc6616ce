package dev.infantmassage.curriculum.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * {@code validate --watch}: runs a check, then again after each burst of changes under the watched
 * files and directories (directories recursively), until the process is interrupted or terminated.
 */
final class Watcher {
    /** Changes closer together than this are one change: an editor's save is often several writes. */
    private static final long QUIET_MILLIS = 200;

    private final WatchService service;
    private final List<Path> roots;
    private final Map<WatchKey, Path> directories = new HashMap<>();

    private Watcher(WatchService service, List<Path> roots) {
        this.service = service;
        this.roots = roots;
    }

    /** Checks, then re-checks on change; returns 0 when ended by a signal, 2 when a path cannot be watched. */
    static int watch(List<Path> paths, PrintWriter err, IntSupplier check) {
        List<Path> roots =
                paths.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            err.println("curriculum: cannot watch files: " + Escaping.line(Inputs.describe(e)));
            err.flush();
            return CurriculumCli.EXIT_USAGE;
        }
        Watcher watcher = new Watcher(service, roots);
        Thread closer = new Thread(watcher::close, "curriculum-watch-stop");
        Runtime.getRuntime().addShutdownHook(closer);
        try {
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    watcher.registerTree(root);
                } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                    watcher.register(root.getParent());
                } else {
                    err.println("curriculum: cannot watch '" + Escaping.line(root.toString())
                            + "': no such file or directory");
                    err.flush();
                    return CurriculumCli.EXIT_USAGE;
                }
            }
            err.println("curriculum: watching "
                    + Escaping.line(
                            String.join(", ", paths.stream().map(Path::toString).toList()))
                    + " for changes (Ctrl-C to stop)");
            err.flush();
            check.getAsInt();
            while (true) {
                if (!watcher.awaitChange()) {
                    return 0;
                }
                err.println("curriculum: change seen, checking again");
                err.flush();
                check.getAsInt();
            }
        } catch (ClosedWatchServiceException e) {
            return 0;
        } catch (UncheckedIOException e) {
            err.println("curriculum: cannot watch files: " + Escaping.line(Inputs.describe(e.getCause())));
            err.flush();
            return CurriculumCli.EXIT_USAGE;
        } finally {
            watcher.close();
            try {
                Runtime.getRuntime().removeShutdownHook(closer);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: the JVM is already ending.
            }
        }
    }

    /** Waits for a relevant change, then until the changes pause; false when the watch was closed. */
    private boolean awaitChange() {
        try {
            WatchKey key = service.take();
            boolean relevant = drain(key);
            while (true) {
                WatchKey next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (next == null) {
                    if (relevant) {
                        return true;
                    }
                    next = service.take();
                }
                relevant |= drain(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Takes a key's events, registering new directories; true when one concerns a watched path. */
    private boolean drain(WatchKey key) {
        Path directory = directories.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || directory == null) {
                relevant = true;
                continue;
            }
            Path changed = directory.resolve((Path) event.context());
            if (watched(changed)) {
                relevant = true;
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                    registerTree(changed);
                }
            }
        }
        if (!key.reset()) {
            directories.remove(key);
        }
        return relevant;
    }

    private boolean watched(Path changed) {
        return roots.stream()
                .anyMatch(root -> changed.equals(root) || (Files.isDirectory(root) && changed.startsWith(root)));
    }

    private void registerTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.filter(Files::isDirectory)
                    // As validate's walk skips them: hidden folders and build output, which a build rewrites.
                    .filter(dir ->
                            dir.equals(root) || !skipped(dir.getFileName().toString()))
                    .forEach(this::register);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(String name) {
        return name.startsWith(".") || name.equals("target");
    }

    private void register(Path directory) {
        try {
            directories.put(directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing only ends the watch; nothing is left to report.
        }
    }
}
