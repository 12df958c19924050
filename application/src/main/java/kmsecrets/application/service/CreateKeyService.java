package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.CreateKeyCommand;
import kmsecrets.application.port.in.CreateKeyUseCase;
import kmsecrets.application.port.in.KeyMetadata;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyRotation;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.secret.SecretMetadata;

/** CreateKey: new material wrapped by the master key, the key, its rotation and its tags in one transaction. */
public final class CreateKeyService implements CreateKeyUseCase {
    private final KeyAccess access;
    private final KeyRepository keys;
    private final Envelope envelope;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public CreateKeyService(KeyAccess access, KeyRepository keys, Envelope envelope, IdGenerator ids,
                            Transactions transactions, Clock clock) {
        this.access = access;
        this.keys = keys;
        this.envelope = envelope;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public KeyMetadata createKey(CreateKeyCommand command) {
        Caller caller = command.caller();
        access.authorizeContainer(caller, "kms:CreateKey");
        if (command.tags().size() > SecretMetadata.MAX_TAGS) {
            throw new QuotaExceeded("A key carries at most 20 tags.");
        }
        String id = ids.newKeyId();
        CustomerKey created = new CustomerKey(id, caller.account(), KeyState.ENABLED, false,
                envelope.newKeyMaterial(id), clock.instant()).describe(command.description());
        CustomerKey key = command.rotationInterval()
                .map(interval -> created.withRotation(KeyRotation.every(interval, created.lastRotation())))
                .orElse(created);
        transactions.inTransaction(() -> {
            keys.insert(key);
            if (key.rotation().enabled()) {
                keys.update(key);
            }
            if (!command.tags().isEmpty()) {
                keys.saveTags(key.keyId(), command.tags());
            }
            return key;
        });
        return access.metadata(caller, key);
    }
}
