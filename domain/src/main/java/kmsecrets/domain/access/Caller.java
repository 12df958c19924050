package kmsecrets.domain.access;

import java.util.Objects;
import kmsecrets.domain.account.AccountId;

/**
 * The authenticated identity behind a request: the account it acts in, the principal (user) and the access
 * key that signed. The account's root key may do everything in its account.
 */
public record Caller(AccountId account, String principal, String accessKeyId, boolean root, RequestFacts facts) {
    public Caller {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(facts, "facts");
    }

    public Caller(AccountId account, String principal, String accessKeyId, boolean root) {
        this(account, principal, accessKeyId, root, RequestFacts.NONE);
    }

    /** The same identity with the facts of the request it is making. */
    public Caller with(RequestFacts requestFacts) {
        return new Caller(account, principal, accessKeyId, root, requestFacts);
    }
}
