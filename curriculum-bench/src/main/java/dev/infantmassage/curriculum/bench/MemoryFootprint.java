package dev.infantmassage.curriculum.bench;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the retained heap of the loaded reference curriculum two ways and writes them as JSON:
 * JOL's walk of the object graph of one model (and, for comparison, of Jackson's tree of the same
 * bytes), and the growth of the used heap after a full GC when {@value #COPIES} separately read copies
 * are kept alive.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.infantmassage.curriculum.bench.MemoryFootprint OUT.json}
 */
public final class MemoryFootprint {
    static final int COPIES = 200;

    private MemoryFootprint() {}

    /** Runs the measurement and writes the JSON result to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: MemoryFootprint OUT.json");
            System.exit(2);
        }
        Map<String, Object> result = measure();
        Files.writeString(
                Path.of(args[0]),
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n",
                StandardCharsets.UTF_8);
    }

    static Map<String, Object> measure() {
        CurriculumJson curriculumJson = CurriculumJson.create();
        JsonMapper mapper = JsonMapper.builder().build();
        byte[] json = ReferenceCurricula.fiveWeekProgramJson();
        Curriculum one = Inputs.requireClean(curriculumJson.read(json, Inputs.REFERENCE_NAME));
        JsonNode tree = mapper.readTree(json);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("fileBytes", json.length);
        result.put("strokes", one.getStrokes().size());
        result.put("jolModelBytes", GraphLayout.parseInstance(one).totalSize());
        result.put("jolTreeBytes", GraphLayout.parseInstance(tree).totalSize());
        result.put("copies", COPIES);
        result.put("heapModelBytesPerCopy", perCopy(() -> Inputs.requireClean(curriculumJson.read(json, "copy"))));
        result.put("heapTreeBytesPerCopy", perCopy(() -> mapper.readTree(json)));
        return result;
    }

    private static long perCopy(java.util.function.Supplier<Object> load) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // Warm up first so that classes, caches and JIT code do not count as the curriculum's.
        for (int i = 0; i < 20; i++) {
            load.get();
        }
        long before = usedAfterGc(memory);
        List<Object> kept = new ArrayList<>(COPIES);
        for (int i = 0; i < COPIES; i++) {
            kept.add(load.get());
        }
        long after = usedAfterGc(memory);
        if (kept.size() != COPIES) {
            throw new IllegalStateException("lost copies");
        }
        return (after - before) / COPIES;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
