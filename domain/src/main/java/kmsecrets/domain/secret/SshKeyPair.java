package kmsecrets.domain.secret;

import java.util.Objects;

/**
 * A login key pair of a host user: the public key as an authorized_keys line ({@code ssh-ed25519 AAAA...}) and the
 * private key in OpenSSH PEM form. {@link #toString} never shows the private key.
 */
public record SshKeyPair(String account, String publicKey, String privateKey) implements Credential {
    public SshKeyPair {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        if (account.isBlank() || publicKey.isBlank()) {
            throw new IllegalArgumentException("a key pair needs a user and a public key");
        }
    }

    @Override
    public String toString() {
        return "SshKeyPair[" + account + ", " + publicKey.split(" ")[0] + ", private key redacted]";
    }
}
