package vn.antt.reporting.identity;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * A port chosen before the context starts: the issuer URL names the port, and the issuer property must be set
 * before the server is up, so {@code RANDOM_PORT} (known only afterwards) cannot be used.
 */
public final class FreePort {

    private FreePort() {
    }

    public static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
