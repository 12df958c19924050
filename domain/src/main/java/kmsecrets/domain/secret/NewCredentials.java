package kmsecrets.domain.secret;

/**
 * Fresh credentials for a secret's target, drawn without touching it: passwords under the target's policy, or key
 * material of the kind its adapter makes. Types that generate their first versions ({@code $Auto}) use it.
 */
@FunctionalInterface
public interface NewCredentials {
    /** A new credential for {@code account}. */
    Credential forAccount(String account);

}
