package kmsecrets.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The web console's static files at {@code /console/}, read from the jar's {@code console/} folder. It holds no
 * state: the browser signs every API call itself with the access key the user entered, so the console can do exactly
 * what that key's policies allow and every click is an audited API call. Every response, errors included, carries a
 * strict Content-Security-Policy (only this origin's own files: no inline script or style, no other origin, no
 * framing) and sets no cookie. A browser that asks for {@code /} without an API request is sent to the console.
 */
public final class ConsoleHandler extends Handler.Abstract {
    public static final String PATH = "/console/";
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    /** File names the console may serve: no dots but the extension's, so nothing outside the folder is reachable. */
    private static final Pattern FILE = Pattern.compile("([a-z0-9-]+/)*[a-z0-9-]+\\.(html|js|css|svg|png)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png");

    /** Files read once (the console is a few small files); absent names are not remembered, so they cannot pile up. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (path.equals("/") && wantsPage(request)) {
            redirect(response, callback);
            return true;
        }
        if (!path.equals("/console") && !path.startsWith(PATH)) {
            return false;
        }
        secure(response);
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            text(response, callback, 405, "Method not allowed.");
            return true;
        }
        if (path.equals("/console")) {
            redirect(response, callback);
            return true;
        }
        String name = path.substring(PATH.length());
        name = name.isEmpty() ? "index.html" : name;
        Optional<byte[]> file = FILE.matcher(name).matches() ? file(name) : Optional.empty();
        if (file.isEmpty()) {
            text(response, callback, 404, "Not found.");
            return true;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        // revalidate each time: a console from before an upgrade must not call the new API
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, file.get().length);
        boolean head = request.getMethod().equals("HEAD");
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(file.get()), callback);
        return true;
    }

    /** A browser's plain GET of the root (the SDKs always send an Action). */
    private static boolean wantsPage(Request request) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return request.getMethod().equals("GET") && request.getHttpURI().getQuery() == null && accept != null
                && accept.contains("text/html") && request.getHeaders().get(HttpHeader.AUTHORIZATION) == null;
    }

    private static void secure(Response response) {
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("Cross-Origin-Opener-Policy", "same-origin");
        response.getHeaders().put("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void redirect(Response response, Callback callback) {
        secure(response);
        response.getHeaders().put(HttpHeader.LOCATION, PATH);
        text(response, callback, 302, "See " + PATH);
    }

    private static void text(Response response, Callback callback, int status, String message) {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private Optional<byte[]> file(String name) {
        byte[] cached = files.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<byte[]> read = read(name);
        read.ifPresent(bytes -> files.put(name, bytes));
        return read;
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = ConsoleHandler.class.getResourceAsStream("/console/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
