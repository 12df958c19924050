package kmsecrets.domain.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One API call as the audit trail keeps it: when, which request, who (access key, principal, source, user agent),
 * what (action, resource ARN) and the outcome ("Success" or the error code). Never a value, key or signature.
 */
public record AuditEvent(Instant at, String requestId, String action, String resource, String result,
                         String accessKeyId, String principal, String sourceIp, String userAgent) {
    public static final String SUCCESS = "Success";

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        requestId = Objects.requireNonNullElse(requestId, "");
        action = Objects.requireNonNullElse(action, "");
        resource = Objects.requireNonNullElse(resource, "");
        result = Objects.requireNonNullElse(result, "");
        accessKeyId = Objects.requireNonNullElse(accessKeyId, "");
        principal = Objects.requireNonNullElse(principal, "");
        sourceIp = Objects.requireNonNullElse(sourceIp, "");
        userAgent = Objects.requireNonNullElse(userAgent, "");
    }

    public AuditEvent withResult(String outcome) {
        return new AuditEvent(at, requestId, action, resource, outcome, accessKeyId, principal, sourceIp, userAgent);
    }

    public AuditEvent withCaller(String keyId, String principalName) {
        return new AuditEvent(at, requestId, action, resource, result, keyId, principalName, sourceIp, userAgent);
    }

    /** The bytes the chain hashes: every field, in order, each length-prefixed so no two events share them. */
    byte[] canonical() {
        StringBuilder out = new StringBuilder("audit-v1");
        for (String field : new String[] {String.valueOf(at.toEpochMilli()), requestId, action, resource, result,
                accessKeyId, principal, sourceIp, userAgent}) {
            out.append('|').append(field.length()).append(':').append(field);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
