package vn.antt.reporting.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The MongoDB-wire-compatible document store (mongo-java-server with its H2 MVStore file backend) on
 * 127.0.0.1, meant to run in its own JVM so that stopping or killing a service never touches it.
 *
 * <pre>java -cp local-stack.jar:lib/* vn.antt.reporting.localstack.DocumentStoreMain &lt;dataFile&gt; [port]</pre>
 *
 * Data is kept in {@code dataFile} across restarts. On SIGTERM the shutdown hook stops the server and
 * closes the backend so the MVStore is committed; a hard kill may lose the last second of writes.
 */
public final class DocumentStoreMain {

    public static final int DEFAULT_PORT = 27017;

    private DocumentStoreMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dataFile = Path.of(args.length > 0 ? args[0] : ".local-stack/store/documents.mv").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        Files.createDirectories(dataFile.getParent());

        MongoServer server = new MongoServer(new IndexedH2Backend(dataFile.toString()));
        Thread scans = new Thread(DocumentStoreMain::reportScans, "full-scan-report");
        scans.setDaemon(true);
        scans.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the document store and committing " + dataFile);
            server.shutdown(); // stops listening, then closes the backend (MVStore commit and close)
            System.out.println("Document store stopped.");
            stopped.countDown();
        }, "document-store-shutdown"));

        server.bind("127.0.0.1", port);
        System.out.println("Document store listening on mongodb://127.0.0.1:" + port + " (data file " + dataFile + ")");
        ParentWatch.exitWhenParentExits();
        stopped.await();
    }

    /** Every minute, the queries that read a whole collection (no index covers them) and the slow ones: what to look at. */
    private static void reportScans() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                return;
            }
            Map<String, Long> scans = IndexedH2Backend.drainScans();
            if (!scans.isEmpty()) {
                System.out.println(java.time.Instant.now() + " full collection scans in the last minute: " + scans);
            }
            Map<String, String> slow = IndexedH2Backend.drainSlowQueries();
            if (!slow.isEmpty()) {
                System.out.println(java.time.Instant.now() + " queries over " + IndexedH2Backend.SLOW_MILLIS + " ms in the last minute: " + slow);
            }
        }
    }
}
