package kmsecrets.bootstrap.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import kmsecrets.bootstrap.client.Acs3Request;
import kmsecrets.adapter.rest.auth.RpcSignature;
import kmsecrets.adapter.rest.wire.Rfc3986;

/** Freshly signed requests, as the SDKs build them: HMAC-SHA1 in the query, or ACS3-HMAC-SHA256 headers. */
final class RequestSigner {
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
        Acs3Request signed = Acs3Request.sign("GET", host, action, operation, new byte[0], accessKeyId, secret);
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
        return Acs3Request.encode(p) + "&Signature=" + Rfc3986.encode(signature);
    }
}
