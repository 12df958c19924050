package kmsecrets.adapter.rest.action;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;

/** Base64 blobs and EncryptionContext maps of the cryptographic operations, and their DryRun answer. */
final class CryptoParams {
    private CryptoParams() {
    }

    static byte[] base64(Params p, String name) {
        try {
            return Base64.getDecoder().decode(p.requiredNonEmpty(name));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid(name, "must be Base64");
        }
    }

    /** {@code {"k":"v"}}: string values only; absent means the empty context. */
    static Map<String, String> context(Params p, String name) {
        Map<String, String> context = new LinkedHashMap<>();
        p.optional(name).ifPresent(text -> JsonParameters.object(name, text).forEach((k, v) -> {
            if (!(v instanceof String s)) {
                throw ApiError.invalid(name, "a JSON object of string values");
            }
            context.put(k, s);
        }));
        return context;
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** DryRun=true: every check ran; the result is withheld. */
    static void refuseDryRun(Params p) {
        if (p.bool("DryRun", false)) {
            throw new ApiError(412, "DryRunOperationError", "The request would have succeeded, but DryRun is set.");
        }
    }
}
