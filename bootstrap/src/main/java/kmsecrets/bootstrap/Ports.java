package kmsecrets.bootstrap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import kmsecrets.bootstrap.wiring.Config;
import kmsecrets.bootstrap.wiring.StartupFailure;

/** The listeners' ports, tried before anything else starts, so a taken one is named at once. */
final class Ports {
    private Ports() {
    }

    static void checkFree(Config config) {
        if (config.httpPort() > 0) {
            check(config.httpHost(), config.httpPort(), "KMS_HTTP_PORT");
        }
        if (config.httpsPort() > 0) {
            check(config.httpHost(), config.httpsPort(), "KMS_HTTPS_PORT");
        }
    }

    private static void check(String host, int port, String setting) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new StartupFailure("Failed to bind " + host + ":" + port + " (" + setting + "): " + e.getMessage()
                    + "; stop what holds the port or set " + setting + " to another one", e);
        }
    }
}
