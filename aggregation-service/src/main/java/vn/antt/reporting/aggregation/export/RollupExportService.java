package vn.antt.reporting.aggregation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.antt.reporting.aggregation.rollup.NodeRollup;
import vn.antt.reporting.aggregation.rollup.RollupCalculator;
import vn.antt.reporting.aggregation.rollup.RollupService;
import vn.antt.reporting.aggregation.rollup.RollupService.LoadedPlan;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.security.Caller;

/** A node's roll-up as an Excel file, with the access checks of the JSON snapshot. */
@Service
public class RollupExportService {

    private final RollupService rollups;

    RollupExportService(RollupService rollups) {
        this.rollups = rollups;
    }

    /** The finished file: the data is read and the workbook written to a temporary file before anything is sent. */
    public ExportedFile export(Caller caller, String planId, String node) {
        PlanPublished plan = rollups.authorize(caller, planId, node);
        RollupExport export = compute(plan, node);
        Path file = null;
        try {
            file = Files.createTempFile("rollup-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                RollupWorkbook.write(export, out);
            }
            return new ExportedFile(file, RollupWorkbook.fileName(export));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("The roll-up of " + node + " could not be written", io);
            }
            throw (RuntimeException) e;
        }
    }

    RollupExport compute(PlanPublished plan, String node) {
        LoadedPlan loaded = rollups.loadNode(plan, node);
        NodeRollup whole = rollups.compute(loaded, node, null);
        Map<String, NodeRollup> kinds = new LinkedHashMap<>();
        whole.byKind().keySet().forEach(kind -> kinds.put(kind, rollups.compute(loaded, node, kind)));
        return new RollupExport(plan, whole, kinds, loaded.indicators(), RollupCalculator.unitsUnder(plan, node, null),
                loaded.state().contributions(), loaded.names());
    }

    /** A written workbook waiting to be sent; {@link #delete()} once it is. */
    public record ExportedFile(Path path, String fileName) {

        public void delete() {
            deleteQuietly(path);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file; the system's cleaner removes it otherwise.
            }
        }
    }
}
