package kmsecrets.adapter.rest.auth;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;
import kmsecrets.adapter.rest.wire.Rfc3986;

/**
 * The ACS3-HMAC-SHA256 header signature: a canonical request of method, path, sorted query, the signed headers
 * and the body hash; its SHA-256 behind "ACS3-HMAC-SHA256\n"; hex HMAC-SHA256 keyed with the bare secret.
 */
public final class Acs3Signature {
    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private Acs3Signature() {
    }

    /** The three items of the Authorization header, in whatever order they came. */
    public record Authorization(String credential, List<String> signedHeaders, String signature) {
        public static Optional<Authorization> parse(String header) {
            if (!header.startsWith(ALGORITHM + " ")) {
                return Optional.empty();
            }
            Map<String, String> items = new LinkedHashMap<>();
            for (String item : header.substring(ALGORITHM.length() + 1).split(",")) {
                int eq = item.indexOf('=');
                if (eq > 0) {
                    items.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
                }
            }
            String credential = items.get("Credential");
            String signed = items.get("SignedHeaders");
            String signature = items.get("Signature");
            if (credential == null || credential.isEmpty() || signed == null || signed.isEmpty()
                    || signature == null || signature.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Authorization(credential,
                    List.of(signed.toLowerCase(Locale.ROOT).split(";")), signature));
        }
    }

    public static String canonicalRequest(String method, String path, Map<String, String> query,
                                          List<String> signedHeaders, Function<String, Optional<String>> headers,
                                          String hashedPayload) {
        StringJoiner canonicalQuery = new StringJoiner("&");
        new TreeMap<>(query).forEach((name, value) ->
                canonicalQuery.add(Rfc3986.encode(name) + "=" + Rfc3986.encode(value)));
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders) {
            canonicalHeaders.append(name).append(':').append(headers.apply(name).orElse("").trim()).append('\n');
        }
        String uri = Rfc3986.encode(path).replace("%2F", "/");
        return method + "\n" + uri + "\n" + canonicalQuery + "\n" + canonicalHeaders + "\n"
                + String.join(";", signedHeaders) + "\n" + hashedPayload;
    }

    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Hashing.sha256Hex(canonicalRequest);
    }

    public static String sign(String stringToSign, String accessKeySecret) {
        return HexFormat.of().formatHex(
                Hashing.hmacSha256(accessKeySecret.getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    public static String payloadHash(byte[] body) {
        return Hashing.sha256Hex(body);
    }

    public static boolean verify(String canonicalRequest, String accessKeySecret, String signature) {
        return Hashing.same(sign(stringToSign(canonicalRequest), accessKeySecret), signature.toLowerCase(Locale.ROOT));
    }
}
