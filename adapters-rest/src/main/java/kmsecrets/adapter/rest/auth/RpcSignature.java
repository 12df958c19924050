package kmsecrets.adapter.rest.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import kmsecrets.adapter.rest.wire.Rfc3986;

/**
 * The RPC signature (SignatureMethod HMAC-SHA1, SignatureVersion 1.0): every parameter but Signature, sorted
 * by name, percent-encoded, joined, encoded again behind "METHOD&%2F&", then Base64(HMAC-SHA1(secret + "&")).
 */
public final class RpcSignature {
    private RpcSignature() {
    }

    /** The string to sign; {@code withEmptyValues=false} reproduces the Tea SDK's "v2" mode, which drops them. */
    public static String stringToSign(String method, Map<String, String> parameters, boolean withEmptyValues) {
        StringJoiner canonical = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("Signature") && (withEmptyValues || !value.isEmpty())) {
                canonical.add(Rfc3986.encode(name) + "=" + Rfc3986.encode(value));
            }
        });
        return method + "&" + Rfc3986.encode("/") + "&" + Rfc3986.encode(canonical.toString());
    }

    public static String sign(String stringToSign, String accessKeySecret) {
        byte[] mac = Hashing.hmacSha1((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), stringToSign);
        return Base64.getEncoder().encodeToString(mac);
    }

    /** True when the signature matches, with empty values signed or (Tea "v2" mode) left out. */
    public static boolean verify(String method, Map<String, String> parameters, String accessKeySecret,
                                 String signature) {
        if (Hashing.same(sign(stringToSign(method, parameters, true), accessKeySecret), signature)) {
            return true;
        }
        boolean anyEmpty = parameters.values().stream().anyMatch(String::isEmpty);
        return anyEmpty && Hashing.same(sign(stringToSign(method, parameters, false), accessKeySecret), signature);
    }
}
