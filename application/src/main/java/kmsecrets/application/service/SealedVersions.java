package kmsecrets.application.service;

import kmsecrets.application.port.out.Envelope;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.VersionId;

/** Opens a stored version (or a sealed intent) of a managed secret under the key version that sealed it. */
final class SealedVersions {
    private final EncryptionKeys keys;
    private final Envelope envelope;

    SealedVersions(EncryptionKeys keys, Envelope envelope) {
        this.keys = keys;
        this.envelope = envelope;
    }

    SecretValue open(Caller caller, SecretName name, VersionId versionId, SealedValue sealed) {
        CustomerKey key = keys.keyOf(caller, sealed);
        return envelope.open(keys.versionOf(caller, key, sealed), new SecretIdentity(caller.account(), name, versionId),
                sealed);
    }
}
