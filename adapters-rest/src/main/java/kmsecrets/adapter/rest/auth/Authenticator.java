package kmsecrets.adapter.rest.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import kmsecrets.adapter.rest.auth.Acs3Signature.Authorization;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.RpcRequest;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.pipeline.SigningKey;
import kmsecrets.application.port.in.pipeline.SigningKeys;

/**
 * Authenticates a request with either signing scheme: the time window first (cheap), then the access key, then
 * the signature. Replay and throttling come after, in {@link RequestGate}.
 */
public final class Authenticator {
    /** How far a request's timestamp may be from the server's clock. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Parameters whose values must not be echoed in a signature error (the string to sign would contain them). */
    private static final Set<String> SENSITIVE = Set.of("SecretData", "Plaintext", "AccountPassword");

    private final SigningKeys keys;
    private final Clock clock;

    public Authenticator(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public Authenticated authenticate(RpcRequest request) {
        Optional<String> authorization = request.header("authorization");
        if (authorization.isPresent()) {
            return acs3(request, Authorization.parse(authorization.get()).orElseThrow(() -> incomplete(
                    "The Authorization header is not a well-formed ACS3-HMAC-SHA256 signature.")));
        }
        return rpc(request);
    }

    private Authenticated rpc(RpcRequest request) {
        if (request.parameter("SignatureType").isPresent()) {
            throw incomplete("Only HMAC-SHA1 and ACS3-HMAC-SHA256 signatures are supported.");
        }
        String signature = request.parameter("Signature").filter(s -> !s.isEmpty())
                .orElseThrow(() -> incomplete("The request carries no signature."));
        if (!"HMAC-SHA1".equals(request.parameter("SignatureMethod").orElse(""))
                || !"1.0".equals(request.parameter("SignatureVersion").orElse(""))) {
            throw incomplete("SignatureMethod must be HMAC-SHA1 and SignatureVersion 1.0.");
        }
        String accessKeyId = request.parameter("AccessKeyId").filter(s -> !s.isEmpty())
                .orElseThrow(() -> incomplete("The request names no AccessKeyId."));
        Instant timestamp = checkWindow(request.parameter("Timestamp"));
        String nonce = nonce(request.parameter("SignatureNonce"), "SignatureNonce");
        SigningKey key = signingKey(accessKeyId);
        if (!RpcSignature.verify(request.method(), request.parameters(), key.secret().asText(), signature)) {
            throw mismatch(request);
        }
        return enabled(key, nonce, timestamp);
    }

    private Authenticated acs3(RpcRequest request, Authorization authorization) {
        if (!authorization.signedHeaders().contains("x-acs-date")
                || !authorization.signedHeaders().contains("x-acs-signature-nonce")) {
            throw incomplete("The signed headers must include x-acs-date and x-acs-signature-nonce.");
        }
        Instant timestamp = checkWindow(request.header("x-acs-date"));
        String nonce = nonce(request.header("x-acs-signature-nonce"), "x-acs-signature-nonce");
        String payloadHash = Acs3Signature.payloadHash(request.body());
        if (!payloadHash.equals(request.header("x-acs-content-sha256").orElse(payloadHash))) {
            throw new ApiError(400, "SignatureDoesNotMatch", "x-acs-content-sha256 does not match the request body.");
        }
        SigningKey key = signingKey(authorization.credential());
        String canonical = Acs3Signature.canonicalRequest(request.method(), "/", request.query(),
                authorization.signedHeaders(), request::header, payloadHash);
        if (!Acs3Signature.verify(canonical, key.secret().asText(), authorization.signature())) {
            throw new ApiError(400, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.");
        }
        return enabled(key, nonce, timestamp);
    }

    private Instant checkWindow(Optional<String> text) {
        Instant timestamp;
        try {
            timestamp = WireTime.parse(text.orElseThrow(() -> new ApiError(400, "IllegalTimestamp",
                    "The input parameter \"Timestamp\" that is mandatory for processing this request is not supplied.")));
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "IllegalTimestamp", "The Timestamp is not of the form yyyy-MM-ddTHH:mm:ssZ.");
        }
        Instant now = clock.instant();
        if (timestamp.isBefore(now.minus(WINDOW)) || timestamp.isAfter(now.plus(WINDOW))) {
            throw new ApiError(400, "InvalidTimeStamp.Expired",
                    "The specified timestamp or date is more than 15 minutes away from the server time.");
        }
        return timestamp;
    }

    private static String nonce(Optional<String> value, String name) {
        return value.filter(n -> !n.isEmpty() && n.length() <= 128).orElseThrow(() -> ApiError.missing(name));
    }

    private SigningKey signingKey(String accessKeyId) {
        return keys.find(accessKeyId).orElseThrow(() -> new ApiError(404, "InvalidAccessKeyId.NotFound",
                "Specified access key is not found."));
    }

    private static Authenticated enabled(SigningKey key, String nonce, Instant timestamp) {
        if (!key.enabled()) {
            throw new ApiError(403, "Forbidden.AccessKey", "The specified access key is disabled.");
        }
        return new Authenticated(key.caller(), nonce, timestamp);
    }

    /**
     * The classic SDK compares the server's string to sign with its own and, when equal, reports a wrong secret
     * instead; but a string to sign holding a secret value is never echoed.
     */
    private static ApiError mismatch(RpcRequest request) {
        String message = "Specified signature is not matched with our calculation.";
        if (request.parameters().keySet().stream().noneMatch(SENSITIVE::contains)) {
            message += " server string to sign is:"
                    + RpcSignature.stringToSign(request.method(), request.parameters(), true);
        }
        return new ApiError(400, "SignatureDoesNotMatch", message);
    }

    private static ApiError incomplete(String message) {
        return new ApiError(400, "IncompleteSignature", message);
    }
}
