package vn.antt.reporting.planning;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.antt.reporting.planning.unit.UnitImportCommand;
import vn.antt.reporting.platform.security.ResourceServerSecurityAutoConfiguration;

/**
 * The planning service: owner of the unit directory (and, later, of plans and their outlines).
 * <p>
 * Started with {@code --import-units=<file>} it runs as a command-line tool instead: no web server and
 * no Kafka connection, it imports the file into the store, prints a progress bar and exits with 0 (or
 * 1 when the file was refused). The running service publishes the resulting changes afterwards.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PlanningServiceApplication {

    public static void main(String[] args) {
        if (isImportCommand(args)) {
            System.exit(runImportCommand(args));
        }
        SpringApplication.run(PlanningServiceApplication.class, args);
    }

    static boolean isImportCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + UnitImportCommand.OPTION + "="));
    }

    /** Runs the import as a command-line tool and returns the process exit code. */
    public static int runImportCommand(String... args) {
        return SpringApplication.exit(importCommand(args));
    }

    /**
     * Starts the application as the command-line import: no web server, no publication (the running
     * service publishes what the import stored), quiet logs. The import runs during start-up.
     */
    public static ConfigurableApplicationContext importCommand(String... args) {
        String[] forced = {
                "--reporting.units.relay.enabled=false",
                // No web server, so no requests to authenticate.
                "--spring.autoconfigure.exclude=" + ResourceServerSecurityAutoConfiguration.class.getName()};
        String[] all = new String[forced.length + args.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(forced, 0, all, args.length, forced.length);
        return new SpringApplicationBuilder(PlanningServiceApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false", "logging.level.root=WARN")
                .run(all);
    }
}
