package kmsecrets.adapter.rest;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty with a plain HTTP and an HTTPS connector on one handler. Request lines and headers may reach 512 KiB:
 * secret values travel in the query, and a 30 KiB value makes a request line of about 75 KB.
 */
public final class RestServer implements AutoCloseable {
    private static final int MAX_REQUEST_HEADER_BYTES = 512 * 1024;

    private final Server server;
    /** Connections the kernel completes before the acceptor takes them (capped by net.core.somaxconn). */
    private static final int ACCEPT_QUEUE = 1024;

    private final ServerConnector http;
    private final ServerConnector https;

    public RestServer(Settings settings, KmsHandler handler) {
        QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()));
        threads.setName("kms-http");
        server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        config.setSendServerVersion(false);
        config.setSendDateHeader(true);
        http = settings.httpPort() < 0 ? null : connector(settings.host(), settings.httpPort(),
                new HttpConnectionFactory(config));
        https = settings.tls().map(tls -> {
            HttpConfiguration secure = new HttpConfiguration(config);
            SecureRequestCustomizer customizer = new SecureRequestCustomizer();
            customizer.setSniHostCheck(false);
            secure.addCustomizer(customizer);
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tls.keystore().toString());
            ssl.setKeyStorePassword(tls.password());
            ssl.setKeyStoreType("PKCS12");
            return connector(settings.host(), settings.httpsPort(),
                    new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(secure));
        }).orElse(null);
        // the console's static files first; everything else is the API
        server.setHandler(new Handler.Sequence(new ConsoleHandler(), handler));
        server.setStopTimeout(settings.stopTimeoutMillis());
        server.setStopAtShutdown(false);
    }

    private ServerConnector connector(String host, int port, org.eclipse.jetty.server.ConnectionFactory... factories) {
        ServerConnector connector = new ServerConnector(server, 1, 1, factories);
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(60_000);
        // the JDK's default backlog (50) overflows when hundreds of clients connect at once, for example all of
        // them reconnecting after a restart; the overflowed ones wait a second for the kernel to retry the handshake
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);
        return connector;
    }

    public void start() throws Exception {
        server.start();
    }

    public Optional<Integer> httpPort() {
        return Optional.ofNullable(http).map(ServerConnector::getLocalPort);
    }

    public Optional<Integer> httpsPort() {
        return Optional.ofNullable(https).map(ServerConnector::getLocalPort);
    }

    /** Stops accepting, lets requests in flight finish (up to the stop timeout), then closes. */
    @Override
    public void close() throws Exception {
        server.stop();
    }

    public Connector[] connectors() {
        return server.getConnectors();
    }

    /** Listener settings; {@code httpPort} below 0 disables plain HTTP, 0 picks a free port. */
    public record Settings(String host, int httpPort, int httpsPort, Optional<Tls> tls, int maxThreads,
                           long stopTimeoutMillis) {
    }

    public record Tls(Path keystore, String password) {
        @Override
        public String toString() {
            return "Tls[" + keystore + ", password=[redacted]]";
        }
    }
}
