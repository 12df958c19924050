package kmsecrets.bootstrap.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import kmsecrets.adapter.rest.auth.Acs3Signature;
import kmsecrets.adapter.rest.auth.RpcSignature;
import kmsecrets.adapter.rest.wire.Rfc3986;

/** Freshly signed requests, as the SDKs build them: HMAC-SHA1 in the query, or ACS3-HMAC-SHA256 headers. */
final class RequestSigner {
    private static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private final String base;
    private final String host;
    private final String accessKeyId;
    private final String secret;

    RequestSigner(String host, String accessKeyId, String secret) {
        this.base = "http://" + host + "/";
        this.host = host;
        this.accessKeyId = accessKeyId;
        this.secret = secret;
    }

    HttpRequest rpc(Map<String, String> operation) {
        TreeMap<String, String> p = new TreeMap<>(operation);
        p.put("Version", "2016-01-20");
        p.put("Format", "JSON");
        p.put("AccessKeyId", accessKeyId);
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", UUID.randomUUID().toString());
        p.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        String signature = RpcSignature.sign(RpcSignature.stringToSign("POST", p, true), secret);
        StringJoiner query = new StringJoiner("&");
        p.forEach((k, v) -> query.add(Rfc3986.encode(k) + "=" + Rfc3986.encode(v)));
        query.add("Signature=" + URLEncoder.encode(signature, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "?" + query)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    HttpRequest acs3(String action, Map<String, String> operation) {
        Map<String, String> headers = Map.of("host", host, "x-acs-action", action, "x-acs-version", "2016-01-20",
                "x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""),
                "x-acs-content-sha256", EMPTY_BODY_SHA256);
        List<String> signed = headers.keySet().stream().sorted().toList();
        String canonical = Acs3Signature.canonicalRequest("POST", "/", operation, signed,
                name -> java.util.Optional.ofNullable(headers.get(name)), EMPTY_BODY_SHA256);
        String signature = Acs3Signature.sign(Acs3Signature.stringToSign(canonical), secret);
        StringJoiner query = new StringJoiner("&");
        new TreeMap<>(operation).forEach((k, v) -> query.add(Rfc3986.encode(k) + "=" + Rfc3986.encode(v)));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "?" + query))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", Acs3Signature.ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders="
                        + String.join(";", signed) + ",Signature=" + signature);
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }

    HttpRequest health() {
        return HttpRequest.newBuilder(URI.create(base + "health")).GET().build();
    }
}
