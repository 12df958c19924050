package kmsecrets.adapter.rest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.adapter.rest.auth.Acs3Signature;
import kmsecrets.adapter.rest.wire.RpcRequest;
import kmsecrets.adapter.rest.wire.TextRules;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.audit.AuditEvent;
import kmsecrets.domain.secret.SecretName;

/**
 * The audit event of a request as far as the edge knows it: request id, action, claimed access key, source, user
 * agent, and, once the caller is known, principal and resource ARN. Never a parameter value other than names.
 */
final class AuditDraft {
    private AuditDraft() {
    }

    static AuditEvent of(String requestId, Optional<RpcRequest> rpc, String action, String remoteAddress,
                         String userAgent) {
        String claimedKey = rpc.flatMap(r -> r.parameter("AccessKeyId")
                .or(() -> r.header("authorization").flatMap(Acs3Signature.Authorization::parse)
                        .map(Acs3Signature.Authorization::credential))).orElse("");
        return new AuditEvent(Instant.now().truncatedTo(ChronoUnit.MILLIS), requestId, truncate(action), "", "",
                truncate(claimedKey), "", remoteAddress, truncate(userAgent));
    }

    /**
     * The event once the caller is authenticated: its principal and the ARN of what the call is about, the action's
     * own resource where it declares one ({@link Action#auditedResource}), else what the parameters name.
     */
    static AuditEvent authenticated(AuditEvent draft, Caller caller, RpcRequest rpc, Region region, Action action) {
        Arns arns = new Arns(region, caller.account());
        String resource = action.auditedResource(arns).orElseGet(() -> resourceNamed(rpc, arns));
        return new AuditEvent(draft.at(), draft.requestId(), draft.action(), truncate(resource), draft.result(),
                caller.accessKeyId(), caller.principal(), draft.sourceIp(), draft.userAgent());
    }

    private static String resourceNamed(RpcRequest rpc, Arns arns) {
        Optional<String> alias = rpc.parameter("AliasName");
        if (alias.isPresent()) {
            return arns.aliasContainer() + "/" + alias.get().substring(Math.min(alias.get().length(),
                    "alias/".length()));
        }
        Optional<String> key = rpc.parameter("KeyId");
        if (key.isPresent()) {
            return key.get().startsWith("acs:") ? key.get() : arns.key(key.get());
        }
        return rpc.parameter("SecretName").or(() -> single(rpc)).flatMap(n -> secretArn(arns, n))
                .orElse(arns.secretContainer());
    }

    private static Optional<String> single(RpcRequest rpc) {
        List<String> ids = rpc.parameters().entrySet().stream().filter(e -> e.getKey().startsWith("ResourceId."))
                .map(java.util.Map.Entry::getValue).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    private static Optional<String> secretArn(Arns arns, String nameOrArn) {
        try {
            return arns.secretName(nameOrArn).map((SecretName name) -> arns.secret(name));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** At most 256 characters, control characters escaped: whatever a client sent, the event can be stored. */
    private static String truncate(String text) {
        if (text == null) {
            return "";
        }
        String escaped = TextRules.escaped(text);
        return escaped.length() > 256 ? escaped.substring(0, 256) : escaped;
    }
}
