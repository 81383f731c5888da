package vn.antt.reporting.aggregation.export;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the export of a nation-sized plan's 10.047 communes to the file named by its argument, in whatever heap the
 * JVM was given, and prints the time and the peak heap used. Run in a JVM of its own by {@link RollupExportHeapTest}.
 */
public final class NationWideExport {

    public static final int COMMUNES = 10_047;

    private NationWideExport() {
    }

    public static void main(String[] args) throws Exception {
        RollupExport export = RollupExportFixture.nationWide(COMMUNES);
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            RollupWorkbook.write(export, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.out.println("export-ms=" + millis + " peak-heap-bytes=" + peak);
    }
}
