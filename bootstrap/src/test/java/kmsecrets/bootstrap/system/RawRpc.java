package kmsecrets.bootstrap.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A hand-signed RPC request (HMAC-SHA1, written here independently of the service's code), for what SDKs never
 * do on purpose: replaying a nonce, sending a stale timestamp, repeating an identical URL.
 */
final class RawRpc {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ServiceProcess service;
    private final String accessKeyId;
    private final String accessKeySecret;

    RawRpc(ServiceProcess service) {
        this(service, ServiceProcess.ACCESS_KEY_ID, ServiceProcess.ACCESS_KEY_SECRET);
    }

    RawRpc(ServiceProcess service, String accessKeyId, String accessKeySecret) {
        this.service = service;
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
    }

    /** A signed query string for the parameters, with the given nonce and timestamp. */
    String signedQuery(Map<String, String> operation, String nonce, Instant timestamp) throws Exception {
        return signedQuery("POST", operation, nonce, timestamp);
    }

    String signedQuery(String method, Map<String, String> operation, String nonce, Instant timestamp)
            throws Exception {
        TreeMap<String, String> p = new TreeMap<>(operation);
        p.put("Version", "2016-01-20");
        p.put("Format", "JSON");
        p.put("AccessKeyId", accessKeyId);
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", nonce);
        p.put("Timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        StringJoiner canonical = new StringJoiner("&");
        p.forEach((k, v) -> canonical.add(enc(k) + "=" + enc(v)));
        String toSign = method + "&%2F&" + enc(canonical.toString());
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        return canonical + "&Signature=" + enc(signature);
    }

    String signedQuery(Map<String, String> operation) throws Exception {
        return signedQuery(operation, UUID.randomUUID().toString(), Instant.now());
    }

    HttpResponse<String> post(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort + "/?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form body sent as it is (it may hold what no URL can: broken escapes, invalid UTF-8). */
    HttpResponse<String> postForm(String body) throws Exception {
        return postForm(body.getBytes(StandardCharsets.ISO_8859_1), Map.of());
    }

    HttpResponse<String> postForm(byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(java.time.Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort + pathAndQuery))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
