package kmsecrets.bootstrap.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Calls one API action of a running service: the parameters travel as a form body, signed with ACS3-HMAC-SHA256
 * over that body, and the JSON reply comes back as a tree. A refusal becomes {@link Refused} (the API's code,
 * message and RequestId); a service that cannot be reached, or is temporarily unavailable, becomes
 * {@link Unavailable}, which a caller may retry.
 */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ClientSettings settings;
    private final String userAgent;

    public ApiClient(ClientSettings settings, String version) {
        this.settings = settings;
        this.userAgent = "kmsecrets-cli/" + version;
    }

    /** The service said no: its error reply. */
    public static final class Refused extends RuntimeException {
        public final int status;
        public final String code;
        public final String requestId;

        Refused(int status, String code, String message, String requestId) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.requestId = requestId;
        }
    }

    /** The service could not be reached or answered that it cannot serve now (retry later). */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    public JsonNode call(String action, Map<String, String> parameters) {
        byte[] body = Acs3Request.encode(parameters).getBytes(StandardCharsets.UTF_8);
        String host = settings.endpoint().getPort() < 0 ? settings.endpoint().getHost()
                : settings.endpoint().getHost() + ":" + settings.endpoint().getPort();
        Acs3Request signed = Acs3Request.sign("POST", host, action, Map.of(), body, settings.accessKeyId(),
                settings.accessKeySecret());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.headers().forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new Unavailable("cannot reach " + settings.endpoint() + " (KMS_ENDPOINT): no answer in time");
        } catch (java.net.ConnectException e) {
            throw new Unavailable("cannot reach " + settings.endpoint() + " (KMS_ENDPOINT): connection refused");
        } catch (IOException e) {
            throw new Unavailable("cannot reach " + settings.endpoint() + " (KMS_ENDPOINT): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(response.body());
        } catch (IOException e) {
            reply = null;
        }
        if (reply == null || !reply.isObject()) {
            throw new Unavailable(settings.endpoint() + " answered HTTP " + response.statusCode()
                    + " without a KMS reply: is KMS_ENDPOINT a kmsecrets service?");
        }
        if (response.statusCode() == 200) {
            return reply;
        }
        String code = reply.path("Code").asText("HTTP" + response.statusCode());
        String message = reply.path("Message").asText("");
        String requestId = reply.path("RequestId").asText("");
        if (response.statusCode() == 503 || response.statusCode() == 429) {
            throw new Unavailable(code + ": " + message + " (RequestId " + requestId + ")");
        }
        throw new Refused(response.statusCode(), code, message, requestId);
    }
}
