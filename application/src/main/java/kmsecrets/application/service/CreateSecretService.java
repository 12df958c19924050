package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.CreateSecretCommand;
import kmsecrets.application.port.in.CreateSecretResult;
import kmsecrets.application.port.in.CreateSecretUseCase;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.application.port.out.RotationLedger.Intent;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.SecretAlreadyExists;
import kmsecrets.domain.error.ServiceUnavailable;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.domain.secret.SecretTypes;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.SecretVersion;
import kmsecrets.domain.secret.VersionId;

/**
 * CreateSecret: checks the request against its type (which also names the secret), seals each initial version and
 * stores the secret. Imported credentials are checked on their target first; accounts the service creates are
 * created after the secret is committed with a CREATE intent ({@link AccountCreations}), so a crash or a lost
 * answer never leaves accounts that nothing records. Repeating a request whose accounts are still being created
 * finishes it.
 */
public final class CreateSecretService implements CreateSecretUseCase {
    private final SecretRepository secrets;
    private final RotationLedger ledger;
    private final EncryptionKeys keys;
    private final Envelope envelope;
    private final Transactions transactions;
    private final Authorization authorization;
    private final SecretTypes types;
    private final Documents documents;
    private final IdGenerator ids;
    private final ServiceSettings settings;
    private final ManagedTargets targets;
    private final AccountCreations creations;
    private final Clock clock;

    public CreateSecretService(SecretRepository secrets, RotationLedger ledger, EncryptionKeys keys, Envelope envelope,
                               Transactions transactions, Authorization authorization, SecretTypes types,
                               Documents documents, IdGenerator ids, ServiceSettings settings, ManagedTargets targets,
                               RotationSettings rotation, Clock clock) {
        this.secrets = secrets;
        this.ledger = ledger;
        this.keys = keys;
        this.envelope = envelope;
        this.transactions = transactions;
        this.authorization = authorization;
        this.types = types;
        this.documents = documents;
        this.ids = ids;
        this.settings = settings;
        this.targets = targets;
        this.creations = new AccountCreations(secrets, ledger, targets, new SealedVersions(keys, envelope),
                transactions, documents, rotation, clock);
        this.clock = clock;
    }

    @Override
    public CreateSecretResult createSecret(CreateSecretCommand command) {
        Caller caller = command.caller();
        Arns arns = new Arns(settings.region(), caller.account());
        authorization.check(caller, "kms:CreateSecret", arns.secretContainer());
        SecretType type = command.secretType().map(types::named).orElseGet(types::defaultType);
        Optional<ExtendedConfig> config = type.readConfig(command.extendedConfig());
        SecretName name = type.nameFor(command.name(), config);
        Optional<Pending> unfinished = unfinishedCreation(caller, name, command.versionId());
        if (unfinished.isPresent()) {
            creations.provision(caller, unfinished.get().secret(), unfinished.get().intent());
            return result(arns, unfinished.get().secret(), command.versionId());
        }
        // the request's own shape is checked first; the target (404) and imported accounts after that
        Accounts accounts = new Accounts(caller, type, config);
        List<SecretValue> values = type.initialValues(command.value(), command.dataType(), config, documents,
                accounts::fresh);
        accounts.checkImported(values);
        Instant now = clock.instant();
        RotationPolicy rotation = command.enableAutomaticRotation()
                ? RotationPolicy.enabled(command.rotationInterval().orElseThrow(), now)
                : RotationPolicy.DISABLED;
        Pending created = transactions.inTransaction(() -> {
            CustomerKey key = keys.forNewVersions(caller, command.encryptionKeyId());
            authorization.check(caller, "kms:GenerateDataKey", arns.key(key.keyId()));
            SecretMetadata metadata = new SecretMetadata(caller.account(), name, type, command.description(),
                    key.keyId(), command.tags(), config, rotation, now);
            Secret secret = Secret.create(metadata, seal(command, name, key, values, now));
            secrets.insert(secret, settings.secretQuota());
            Intent intent = creations.intent(caller, secret);
            if (accounts.created()) {
                ledger.begin(intent);
            }
            return new Pending(secret, intent);
        });
        if (accounts.created()) {
            creations.provision(caller, created.secret(), created.intent());
        }
        return result(arns, created.secret(), command.versionId());
    }

    /** A stored secret and the CREATE intent that goes (or went) with it. */
    private record Pending(Secret secret, Intent intent) {
    }

    /** A secret of that name whose accounts are still being created by a request with the same VersionId. */
    private Optional<Pending> unfinishedCreation(Caller caller, SecretName name, VersionId versionId) {
        Optional<Intent> pending = ledger.find(caller.account(), name);
        if (pending.isEmpty() || pending.get().purpose() != RotationLedger.Purpose.CREATE) {
            return Optional.empty();
        }
        if (!pending.get().versionId().equals(versionId)) {
            throw new SecretAlreadyExists("The resource already exists.");
        }
        return secrets.find(caller.account(), name).map(secret -> new Pending(secret, pending.get()));
    }

    private static CreateSecretResult result(Arns arns, Secret secret, VersionId versionId) {
        return new CreateSecretResult(arns.secret(secret.name()), secret.name(), secret.type().name(), versionId,
                secret.type().managed(), secret.rotation(), secret.extendedConfig());
    }

    private List<SecretVersion> seal(CreateSecretCommand command, SecretName name, CustomerKey key,
                                     List<SecretValue> values, Instant now) {
        List<SecretVersion> versions = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            VersionId id = i == 0 ? command.versionId() : new VersionId(ids.newVersionId());
            SecretIdentity identity = new SecretIdentity(command.caller().account(), name, id);
            versions.add(new SecretVersion(id, command.dataType(), envelope.seal(key, identity, values.get(i)), now));
        }
        return versions;
    }

    /** The target a managed secret names, bound on first use; nothing for types the service does not rotate. */
    private final class Accounts {
        private final Caller caller;
        private final Optional<ManagedSecretType> type;
        private final Optional<ExtendedConfig> config;
        private ManagedTargets.Bound bound;

        Accounts(Caller caller, SecretType type, Optional<ExtendedConfig> config) {
            this.caller = caller;
            this.type = type instanceof ManagedSecretType managed ? Optional.of(managed) : Optional.empty();
            this.config = config;
        }

        private ManagedTargets.Bound bound() {
            if (bound == null) {
                bound = targets.bind(caller.account(), type.orElseThrow(), config.orElseThrow());
            }
            return bound;
        }

        /** A new credential under the target's policy, for types that generate their credentials. */
        kmsecrets.domain.secret.Credential fresh(String account) {
            return bound().next(account, type.orElseThrow().credentialKind(config.orElseThrow()));
        }

        /** True when the service creates this secret's accounts. */
        boolean created() {
            return type.flatMap(t -> t.createdAccounts(config.orElseThrow())).isPresent();
        }

        /** Before anything is written: the target exists, and imported credentials exist on it. */
        void checkImported(List<SecretValue> values) {
            if (type.isEmpty()) {
                return;
            }
            ManagedTargets.Bound target = bound();
            if (!created()) {
                for (SecretValue value : values) {
                    try {
                        target.rotator().requireAccount(target.target(), type.get().credential(value, documents));
                    } catch (CredentialRotator.TargetFailure e) {
                        if (e.unreachable()) {
                            throw new ServiceUnavailable("The target cannot be reached now: " + e.getMessage());
                        }
                        throw new InvalidValue("SecretData", "the target refused it: " + e.getMessage());
                    }
                }
            }
        }
    }
}
