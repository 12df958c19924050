package kmsecrets.bootstrap.client;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import kmsecrets.adapter.rest.auth.Acs3Signature;
import kmsecrets.adapter.rest.wire.Rfc3986;

/**
 * One request signed with ACS3-HMAC-SHA256 as the Tea SDK signs it: the query and the headers to send (Authorization
 * included; Host is left to the HTTP client, which sends the one that was signed). Each has its own nonce and the
 * current time, so it is accepted once, within the 15 minutes of the signature window.
 */
public record Acs3Request(String query, Map<String, String> headers) {

    /** Signs {@code action} with its parameters in the query and {@code body} (possibly empty) as the payload. */
    public static Acs3Request sign(String method, String host, String action, Map<String, String> query, byte[] body,
                                   String accessKeyId, String accessKeySecret) {
        String payloadHash = Acs3Signature.payloadHash(body);
        Map<String, String> signed = new TreeMap<>(Map.of("host", host, "x-acs-action", action,
                "x-acs-version", "2016-01-20", "x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""),
                "x-acs-content-sha256", payloadHash));
        List<String> names = List.copyOf(signed.keySet());
        String canonical = Acs3Signature.canonicalRequest(method, "/", query, names,
                name -> Optional.ofNullable(signed.get(name)), payloadHash);
        String signature = Acs3Signature.sign(Acs3Signature.stringToSign(canonical), accessKeySecret);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", Acs3Signature.ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders="
                + String.join(";", names) + ",Signature=" + signature);
        signed.forEach((name, value) -> {
            if (!name.equals("host")) {
                headers.put(name, value);
            }
        });
        return new Acs3Request(encode(query), Map.copyOf(headers));
    }

    /** {@code name=value&…} in sorted order, each part percent-encoded as the signature expects. */
    public static String encode(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((k, v) -> joined.add(Rfc3986.encode(k) + "=" + Rfc3986.encode(v)));
        return joined.toString();
    }
}
