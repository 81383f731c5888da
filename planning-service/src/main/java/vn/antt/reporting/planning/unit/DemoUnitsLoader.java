package vn.antt.reporting.planning.unit;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, imports Tỉnh Quảng Ngãi (1 province, 13 districts, 170 communes, from
 * the official list of 01/3/2025) and a few provincial reporting units at start-up; with {@code demo-2026} too, the
 * province after the reform of 1/7/2025 (96 communes directly under it, each with its predecessors' text), through the
 * same importer as the API: dated versions, the pre-reform units ended on 30/6/2025, predecessor links. The import is
 * idempotent: a restart changes and publishes nothing.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoUnitsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUnitsLoader.class);

    private final UnitImporter importer;
    private final UnitDirectoryProperties properties;
    private final ResourceLoader resources;

    public DemoUnitsLoader(UnitImporter importer, UnitDirectoryProperties properties, ResourceLoader resources) {
        this.importer = importer;
        this.properties = properties;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (String location : properties.demo().files()) {
            try (InputStream in = resources.getResource(location).getInputStream()) {
                ImportReport report = importer.importFile(in.readAllBytes(), UnitImporter.ImportOptions.defaults(),
                        plan -> { }, ImportProgress.NONE);
                log.info("Demo units {}: {} created, {} changed, {} closed, {} unchanged, {} links, {} predecessor names"
                        + " unresolved", location, report.created(), report.changed(), report.closed(), report.unchanged(),
                        report.links(), report.unresolved().size());
            }
        }
    }
}
