package kmsecrets.bootstrap.bench;

import java.net.URI;
import java.net.http.HttpRequest;
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

    /** A request for the JDK client, signed like the classic SDK signs it: HMAC-SHA1 over the query, POST. */
    HttpRequest rpc(Map<String, String> operation) {
        return HttpRequest.newBuilder(URI.create(base + "?" + rpcQuery("POST", operation)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    /**
     * A request line for {@link Wrk} and {@link OpenLoop}: {@code /?<query>} signed for GET, with its own nonce and
     * the current time, so it is valid for the 15 minutes of the signature window and exactly once.
     */
    String rpcLine(Map<String, String> operation) {
        return "/?" + rpcQuery("GET", operation);
    }

    /** As {@link #rpcLine}, signed with ACS3-HMAC-SHA256 headers (tab-separated after the path). */
    String acs3Line(String action, Map<String, String> operation) {
        Acs3 signed = acs3("GET", action, operation);
        StringJoiner line = new StringJoiner("\t");
        line.add("/?" + signed.query());
        signed.headers().forEach((name, value) -> line.add(name + ": " + value));
        return line.toString();
    }

    private String rpcQuery(String method, Map<String, String> operation) {
        TreeMap<String, String> p = new TreeMap<>(operation);
        p.put("Version", "2016-01-20");
        p.put("Format", "JSON");
        p.put("AccessKeyId", accessKeyId);
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", UUID.randomUUID().toString());
        p.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        String signature = RpcSignature.sign(RpcSignature.stringToSign(method, p, true), secret);
        StringJoiner query = new StringJoiner("&");
        p.forEach((k, v) -> query.add(Rfc3986.encode(k) + "=" + Rfc3986.encode(v)));
        query.add("Signature=" + Rfc3986.encode(signature));
        return query.toString();
    }

    /** The query and the headers (Authorization included, Host left to the client) of an ACS3 request. */
    private record Acs3(String query, Map<String, String> headers) {
    }

    private Acs3 acs3(String method, String action, Map<String, String> operation) {
        Map<String, String> signedHeaders = Map.of("host", host, "x-acs-action", action,
                "x-acs-version", "2016-01-20", "x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""),
                "x-acs-content-sha256", EMPTY_BODY_SHA256);
        List<String> names = signedHeaders.keySet().stream().sorted().toList();
        String canonical = Acs3Signature.canonicalRequest(method, "/", operation, names,
                name -> java.util.Optional.ofNullable(signedHeaders.get(name)), EMPTY_BODY_SHA256);
        String signature = Acs3Signature.sign(Acs3Signature.stringToSign(canonical), secret);
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Authorization", Acs3Signature.ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders="
                + String.join(";", names) + ",Signature=" + signature);
        signedHeaders.forEach((name, value) -> {
            if (!name.equals("host")) {
                headers.put(name, value);
            }
        });
        StringJoiner query = new StringJoiner("&");
        new TreeMap<>(operation).forEach((k, v) -> query.add(Rfc3986.encode(k) + "=" + Rfc3986.encode(v)));
        return new Acs3(query.toString(), headers);
    }
}
