package kmsecrets.domain.access;

import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretName;

/** ARNs of kmsecrets resources, {@code acs:kms:<region>:<account>:<resource>}. */
public record Arns(Region region, AccountId account) {
    private static final String SECRET_PREFIX = "secret/";

    public String secret(SecretName name) {
        return prefix() + SECRET_PREFIX + name.value();
    }

    public String secretContainer() {
        return prefix() + "secret";
    }

    /** An alias ARN keeps the name's alias/ prefix: acs:kms:region:account:alias/name. */
    public String alias(kmsecrets.domain.key.AliasName alias) {
        return prefix() + alias.value();
    }

    public String aliasContainer() {
        return prefix() + "alias";
    }

    /** The audit trail, the resource of ListAuditEvents and GetAuditTrailStatus (our extensions). */
    public String auditTrail() {
        return prefix() + "audit";
    }

    public String keyContainer() {
        return prefix() + "key";
    }

    public String key(String keyId) {
        return prefix() + "key/" + keyId;
    }

    /**
     * Reads a SecretName parameter, which may be a plain name or a secret ARN. An ARN of another region or
     * account yields empty: no secret of ours can be meant.
     */
    public Optional<SecretName> secretName(String nameOrArn) {
        if (!nameOrArn.startsWith("acs:")) {
            return Optional.of(new SecretName(nameOrArn));
        }
        String[] parts = nameOrArn.split(":", 5);
        if (parts.length != 5 || !"kms".equals(parts[1]) || !parts[4].startsWith(SECRET_PREFIX)) {
            throw new InvalidValue("SecretName", "neither a secret name nor a secret ARN");
        }
        if (!parts[2].equals(region.value()) || !parts[3].equals(account.value())) {
            return Optional.empty();
        }
        return Optional.of(new SecretName(parts[4].substring(SECRET_PREFIX.length())));
    }

    private String prefix() {
        return "acs:kms:" + region.value() + ":" + account.value() + ":";
    }
}
