package kmsecrets.application.port.out;

import kmsecrets.domain.access.Caller;

/** The access policies attached to non-root principals: may this caller do this action on this resource? */
public interface AccessPolicies {
    boolean allows(Caller caller, String action, String resourceArn);
}
