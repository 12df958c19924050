package kmsecrets.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kmsecrets.application.port.out.AccessPolicies;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.access.PolicyDocument;
import kmsecrets.domain.error.NotAuthorized;

/**
 * The authorization step every use case takes first. The account's root may do everything in its account; any other
 * principal needs an Allow in an attached policy and no Deny. A principal's policies are read at most every five
 * seconds, so a change reaches every node within that time.
 */
public final class Authorization {
    public static final Duration POLICY_CACHE_TTL = Duration.ofSeconds(5);
    private static final int MAX_CACHED = 10_000;

    private final AccessPolicies policies;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Authorization(AccessPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public void check(Caller caller, String action, String resourceArn) {
        if (caller.root()) {
            return;
        }
        Instant now = clock.instant();
        if (!PolicyDocument.allows(policiesOf(caller, now), action, resourceArn, caller.facts(), now)) {
            throw new NotAuthorized("You are not authorized to perform the operation.");
        }
    }

    private List<PolicyDocument> policiesOf(Caller caller, Instant now) {
        String key = caller.account().value() + "/" + caller.principal();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.policies();
        }
        List<PolicyDocument> attached = policies.attachedTo(caller.account(), caller.principal());
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Cached(attached, now.plus(POLICY_CACHE_TTL)));
        return attached;
    }

    private record Cached(List<PolicyDocument> policies, Instant expires) {
    }
}
