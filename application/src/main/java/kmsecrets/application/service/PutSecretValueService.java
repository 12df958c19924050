package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.PutSecretValueCommand;
import kmsecrets.application.port.in.PutSecretValueResult;
import kmsecrets.application.port.in.PutSecretValueUseCase;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.SecretAlreadyExists;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretVersion;
import kmsecrets.domain.secret.StageLabel;

/**
 * PutSecretValue: under the secret's row lock, either answers an identical retry of an existing VersionId, or seals
 * the new value and lets the aggregate move the labels and purge beyond ten versions.
 */
public final class PutSecretValueService implements PutSecretValueUseCase {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final EncryptionKeys keys;
    private final Envelope envelope;
    private final Transactions transactions;
    private final Authorization authorization;
    private final Clock clock;

    public PutSecretValueService(SecretLookup lookup, SecretRepository secrets, EncryptionKeys keys, Envelope envelope,
                                 Transactions transactions, Authorization authorization, Clock clock) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.keys = keys;
        this.envelope = envelope;
        this.transactions = transactions;
        this.authorization = authorization;
        this.clock = clock;
    }

    @Override
    public PutSecretValueResult putSecretValue(PutSecretValueCommand command) {
        Caller caller = command.caller();
        SecretName name = lookup.authorize(caller, command.nameOrArn(), "kms:PutSecretValue");
        return transactions.inTransaction(() -> {
            Secret secret = lookup.loadForUpdate(caller, name);
            CustomerKey key = keys.forSecret(caller, secret.encryptionKeyId());
            key.requireUsable();
            authorization.check(caller, "kms:GenerateDataKey", lookup.arns(caller).key(key.keyId()));
            SecretIdentity identity = new SecretIdentity(caller.account(), name, command.versionId());
            Optional<SecretVersion> existing = secret.existingVersionForRetry(command.versionId());
            if (existing.isPresent()) {
                return retried(command, secret, existing.get(), identity);
            }
            Instant now = clock.instant();
            SecretVersion version = new SecretVersion(command.versionId(), command.dataType(),
                    envelope.seal(key, identity, command.value()), now);
            secret.putVersion(version, command.stages(), now);
            secrets.update(secret);
            return result(secret, version);
        });
    }

    /** The same VersionId again: success without change for the same value, a conflict for another. */
    private PutSecretValueResult retried(PutSecretValueCommand command, Secret secret, SecretVersion existing,
                                         SecretIdentity identity) {
        CustomerKey sealedUnder = keys.keyOf(command.caller(), existing.value());
        boolean same = existing.dataType() == command.dataType() && envelope.open(
                keys.versionOf(command.caller(), sealedUnder, existing.value()), identity, existing.value())
                .sameAs(command.value());
        if (!same) {
            throw new SecretAlreadyExists("A version with that VersionId exists with a different value.");
        }
        return result(secret, existing);
    }

    private static PutSecretValueResult result(Secret secret, SecretVersion version) {
        List<StageLabel> labels = List.copyOf(secret.labelsOf(version.id()));
        return new PutSecretValueResult(secret.name(), version.id(), labels);
    }
}
