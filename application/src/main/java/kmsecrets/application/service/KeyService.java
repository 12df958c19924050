package kmsecrets.application.service;

import java.time.Clock;
import java.util.function.UnaryOperator;
import kmsecrets.application.port.in.CreateKeyCommand;
import kmsecrets.application.port.in.KeyMetadata;
import kmsecrets.application.port.in.KeyUseCases;
import kmsecrets.application.port.in.Page;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.KeyNotFound;
import kmsecrets.domain.error.KeyVersionNotFound;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.key.KeyVersion;

/** The key lifecycle. State changes happen under the key's row lock; the domain decides which are allowed. */
public final class KeyService implements KeyUseCases {
    private static final int MAX_VERSIONS = 50;
    private final KeyRepository keys;
    private final Envelope envelope;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Authorization authorization;
    private final ServiceSettings settings;
    private final Clock clock;
    private final KeyResolver resolver;

    public KeyService(KeyRepository keys, Envelope envelope, IdGenerator ids, Transactions transactions,
                      Authorization authorization, ServiceSettings settings, Clock clock, KeyResolver resolver) {
        this.resolver = resolver;
        this.keys = keys;
        this.envelope = envelope;
        this.ids = ids;
        this.transactions = transactions;
        this.authorization = authorization;
        this.settings = settings;
        this.clock = clock;
    }

    private Arns arns(Caller caller) {
        return new Arns(settings.region(), caller.account());
    }

    @Override
    public KeyMetadata createKey(CreateKeyCommand command) {
        Caller caller = command.caller();
        authorization.check(caller, "kms:CreateKey", arns(caller).keyContainer());
        String id = ids.newKeyId();
        CustomerKey created = new CustomerKey(id, caller.account(), KeyState.ENABLED, false,
                envelope.newKeyMaterial(id), clock.instant()).describe(command.description());
        CustomerKey key = command.rotationInterval()
                .map(interval -> created.withRotation(kmsecrets.domain.key.KeyRotation.every(interval,
                        created.lastRotation())))
                .orElse(created);
        if (command.tags().size() > kmsecrets.domain.secret.SecretMetadata.MAX_TAGS) {
            throw new QuotaExceeded("A key carries at most 20 tags.");
        }
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
        return metadata(caller, key);
    }

    @Override
    public KeyMetadata describeKey(Caller caller, String keyIdOrArn) {
        String keyId = keyId(caller, keyIdOrArn);
        authorization.check(caller, "kms:DescribeKey", arns(caller).key(keyId));
        return metadata(caller, keys.find(caller.account(), keyId).orElseThrow(KeyService::notFound));
    }

    @Override
    public KeyPage listKeys(Caller caller, Page page) {
        authorization.check(caller, "kms:ListKeys", arns(caller).keyContainer());
        return new KeyPage(page, keys.count(caller.account()), keys.list(caller.account(), page.offset(), page.size())
                .stream().map(k -> metadata(caller, k)).toList());
    }

    @Override
    public void enableKey(Caller caller, String keyId) {
        change(caller, keyId, "kms:EnableKey", CustomerKey::enable);
    }

    @Override
    public void disableKey(Caller caller, String keyId) {
        change(caller, keyId, "kms:DisableKey", CustomerKey::disable);
    }

    @Override
    public KeyMetadata scheduleKeyDeletion(Caller caller, String keyId, int pendingWindowInDays) {
        return metadata(caller, change(caller, keyId, "kms:ScheduleKeyDeletion",
                key -> key.scheduleDeletion(clock.instant(), pendingWindowInDays)));
    }

    @Override
    public void cancelKeyDeletion(Caller caller, String keyId) {
        change(caller, keyId, "kms:CancelKeyDeletion", CustomerKey::cancelDeletion);
    }

    @Override
    public void updateKeyDescription(Caller caller, String keyId, String description) {
        change(caller, keyId, "kms:UpdateKeyDescription", key -> key.describe(description));
    }

    @Override
    public void updateRotationPolicy(Caller caller, String keyId, boolean enable, java.util.Optional<String> interval) {
        change(caller, keyId, "kms:UpdateRotationPolicy", key -> key.withRotation(enable
                ? kmsecrets.domain.key.KeyRotation.every(interval.orElseThrow(() -> new InvalidValue(
                        "RotationInterval", "is required when EnableAutomaticRotation is true")), key.lastRotation())
                : kmsecrets.domain.key.KeyRotation.OFF));
    }

    @Override
    public KeyVersionInfo createKeyVersion(Caller caller, String keyIdOrArn) {
        String keyId = keyId(caller, keyIdOrArn);
        authorization.check(caller, "kms:CreateKeyVersion", arns(caller).key(keyId));
        return transactions.inTransaction(() -> {
            CustomerKey key = keys.findForUpdate(caller.account(), keyId).orElseThrow(KeyService::notFound);
            key.requireRotatable();
            java.time.Instant now = clock.instant();
            if (keys.versions(caller.account(), keyId).size() >= MAX_VERSIONS) {
                throw new QuotaExceeded("A key holds at most 50 versions.");
            }
            if (now.isBefore(key.lastRotation().plus(settings.keyVersionMinInterval()))) {
                throw new QuotaExceeded("A key gets at most one new version per "
                        + settings.keyVersionMinInterval().toDays() + " days.");
            }
            KeyVersion version = new KeyVersion(ids.newKeyVersionId(keyId), keyId, envelope.newKeyMaterial(keyId), now);
            CustomerKey rotated = key.rotateTo(version);
            keys.addVersion(rotated, version);
            return new KeyVersionInfo(keyId, version.versionId(), version.createdAt());
        });
    }

    @Override
    public KeyVersionPage listKeyVersions(Caller caller, String keyIdOrArn, Page page) {
        String keyId = keyId(caller, keyIdOrArn);
        authorization.check(caller, "kms:ListKeyVersions", arns(caller).key(keyId));
        keys.find(caller.account(), keyId).orElseThrow(KeyService::notFound);
        java.util.List<KeyVersionInfo> all = keys.versions(caller.account(), keyId).stream()
                .map(v -> new KeyVersionInfo(keyId, v.versionId(), v.createdAt())).toList();
        return new KeyVersionPage(page, all.size(), all.stream().skip(page.offset()).limit(page.size()).toList());
    }

    @Override
    public KeyVersionInfo describeKeyVersion(Caller caller, String keyIdOrArn, String keyVersionId) {
        String keyId = keyId(caller, keyIdOrArn);
        authorization.check(caller, "kms:DescribeKeyVersion", arns(caller).key(keyId));
        keys.find(caller.account(), keyId).orElseThrow(KeyService::notFound);
        KeyVersion version = keys.findVersion(caller.account(), keyVersionId).filter(v -> v.keyId().equals(keyId))
                .orElseThrow(() -> new KeyVersionNotFound("The specified key version is not found."));
        return new KeyVersionInfo(keyId, version.versionId(), version.createdAt());
    }

    private CustomerKey change(Caller caller, String keyId, String action, UnaryOperator<CustomerKey> transition) {
        if (keyId.startsWith("alias/")) {
            throw new InvalidValue("KeyId", "an alias is not accepted here, only a key id");
        }
        authorization.check(caller, action, arns(caller).key(keyId));
        return transactions.inTransaction(() -> {
            CustomerKey changed = transition.apply(keys.findForUpdate(caller.account(), keyId)
                    .orElseThrow(KeyService::notFound));
            keys.update(changed);
            return changed;
        });
    }

    /** A key id, alias or ARN of this account and region, as a key id. */
    private String keyId(Caller caller, String keyIdOrArn) {
        return resolver.keyId(caller, keyIdOrArn);
    }

    private KeyMetadata metadata(Caller caller, CustomerKey key) {
        return new KeyMetadata(key.keyId(), arns(caller).key(key.keyId()), key.state().wireName(), key.description(),
                key.account().value(), key.accountDefault(), key.createdAt(), key.deleteDate(), key.primaryVersionId(),
                key.lastRotation(), key.automaticRotation(), key.rotation().interval(), key.rotation().next());
    }

    private static KeyNotFound notFound() {
        return new KeyNotFound("The specified key is not found.");
    }
}
