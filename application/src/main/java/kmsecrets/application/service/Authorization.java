package kmsecrets.application.service;

import kmsecrets.application.port.out.AccessPolicies;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.NotAuthorized;

/** The authorization step every use case takes first: root may do everything in its account. */
public final class Authorization {
    private final AccessPolicies policies;

    public Authorization(AccessPolicies policies) {
        this.policies = policies;
    }

    public void check(Caller caller, String action, String resourceArn) {
        if (caller.root()) {
            return;
        }
        if (!policies.allows(caller, action, resourceArn)) {
            throw new NotAuthorized("You are not authorized to perform the operation.");
        }
    }
}
