package kmsecrets.application.port.out;

import java.util.List;
import kmsecrets.domain.access.PolicyDocument;
import kmsecrets.domain.account.AccountId;

/** The access policies attached to a principal (a user) of an account. */
public interface AccessPolicies {
    List<PolicyDocument> attachedTo(AccountId account, String principal);
}
