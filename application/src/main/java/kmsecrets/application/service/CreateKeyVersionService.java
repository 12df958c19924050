package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import kmsecrets.application.port.in.CreateKeyVersionCommand;
import kmsecrets.application.port.in.CreateKeyVersionUseCase;
import kmsecrets.application.port.in.KeyVersionInfo;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;

/** CreateKeyVersion: at most 50 versions a key, and not more often than the configured minimum interval. */
public final class CreateKeyVersionService implements CreateKeyVersionUseCase {
    private static final int MAX_VERSIONS = 50;
    private final KeyAccess access;
    private final KeyRepository keys;
    private final Envelope envelope;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final ServiceSettings settings;
    private final Clock clock;

    public CreateKeyVersionService(KeyAccess access, KeyRepository keys, Envelope envelope, IdGenerator ids,
                                   Transactions transactions, ServiceSettings settings, Clock clock) {
        this.access = access;
        this.keys = keys;
        this.envelope = envelope;
        this.ids = ids;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public KeyVersionInfo createKeyVersion(CreateKeyVersionCommand command) {
        Caller caller = command.caller();
        String keyId = access.authorize(caller, command.keyIdOrArn(), "kms:CreateKeyVersion");
        return transactions.inTransaction(() -> {
            CustomerKey key = keys.findForUpdate(caller.account(), keyId).orElseThrow(KeyAccess::notFound);
            key.requireRotatable();
            Instant now = clock.instant();
            if (keys.versions(caller.account(), keyId).size() >= MAX_VERSIONS) {
                throw new QuotaExceeded("A key holds at most 50 versions.");
            }
            if (now.isBefore(key.lastRotation().plus(settings.keyVersionMinInterval()))) {
                throw new QuotaExceeded("A key gets at most one new version per "
                        + settings.keyVersionMinInterval().toDays() + " days.");
            }
            KeyVersion version = new KeyVersion(ids.newKeyVersionId(keyId), keyId, envelope.newKeyMaterial(keyId), now);
            keys.addVersion(key.rotateTo(version), version);
            return new KeyVersionInfo(keyId, version.versionId(), version.createdAt());
        });
    }
}
