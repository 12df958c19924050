package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import kmsecrets.domain.account.AccountId;

/**
 * Users and their policies. A user's access keys live in {@link AccessKeyRepository}; deleting a user takes its
 * keys and attachments with it.
 */
public interface IdentityRepository extends AccessPolicies {
    /** False when the user exists already. */
    boolean createUser(AccountId account, String userName, Instant at);

    List<String> users(AccountId account);

    /** False when there was no such user. */
    boolean deleteUser(AccountId account, String userName);

    boolean userExists(AccountId account, String userName);

    /** Stores (or replaces) a named policy document, kept as the JSON text given. */
    void savePolicy(AccountId account, String policyName, String document, Instant at);

    /** Policy names with the users each is attached to. */
    List<PolicyAttachments> policies(AccountId account);

    /** False when the user or the policy does not exist. */
    boolean attach(AccountId account, String policyName, String userName);

    /** False when the policy was not attached to the user. */
    boolean detach(AccountId account, String policyName, String userName);

    record PolicyAttachments(String policyName, List<String> users) {
    }
}
