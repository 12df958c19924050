package kmsecrets.domain.secret;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import kmsecrets.domain.account.AccountId;

/**
 * Where a version's ciphertext belongs: account, secret name and version id. Bound to the ciphertext as
 * associated data, so a sealed value copied to another row no longer opens.
 */
public record SecretIdentity(AccountId account, SecretName name, VersionId versionId) {
    public SecretIdentity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(versionId, "versionId");
    }

    /** Unambiguous bytes: NUL cannot occur in any of the three parts. */
    public byte[] associatedData() {
        return (account.value() + '\0' + name.value() + '\0' + versionId.value()).getBytes(StandardCharsets.UTF_8);
    }
}
