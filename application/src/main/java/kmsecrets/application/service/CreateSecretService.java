package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.CreateSecretCommand;
import kmsecrets.application.port.in.CreateSecretResult;
import kmsecrets.application.port.in.CreateSecretUseCase;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.ServiceUnavailable;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.SecretVersion;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.domain.secret.SecretTypes;

/** CreateSecret: checks the request against its type, seals each initial version and stores the secret. */
public final class CreateSecretService implements CreateSecretUseCase {
    private final SecretRepository secrets;
    private final EncryptionKeys keys;
    private final Envelope envelope;
    private final Transactions transactions;
    private final Authorization authorization;
    private final SecretTypes types;
    private final Documents documents;
    private final IdGenerator ids;
    private final ServiceSettings settings;
    private final ManagedTargets targets;
    private final Clock clock;

    public CreateSecretService(SecretRepository secrets, EncryptionKeys keys, Envelope envelope,
                               Transactions transactions, Authorization authorization, SecretTypes types,
                               Documents documents, IdGenerator ids, ServiceSettings settings, ManagedTargets targets,
                               Clock clock) {
        this.targets = targets;
        this.secrets = secrets;
        this.keys = keys;
        this.envelope = envelope;
        this.transactions = transactions;
        this.authorization = authorization;
        this.types = types;
        this.documents = documents;
        this.ids = ids;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CreateSecretResult createSecret(CreateSecretCommand command) {
        Caller caller = command.caller();
        Arns arns = new Arns(settings.region(), caller.account());
        authorization.check(caller, "kms:CreateSecret", arns.secretContainer());
        SecretType type = types.named(command.secretType());
        type.checkName(command.name());
        Optional<ExtendedConfig> config = type.readConfig(command.extendedConfig());
        // the request's own shape is checked first; the instance (404) and its accounts after that
        Accounts accounts = new Accounts(type, config);
        List<SecretValue> values = type.initialValues(command.value(), command.dataType(), config, documents,
                accounts::newPassword);
        accounts.check(values);
        Instant now = clock.instant();
        RotationPolicy rotation = command.enableAutomaticRotation()
                ? RotationPolicy.enabled(command.rotationInterval().orElseThrow(), now)
                : RotationPolicy.DISABLED;
        return transactions.inTransaction(() -> {
            CustomerKey key = keys.forNewVersions(caller, command.encryptionKeyId());
            authorization.check(caller, "kms:GenerateDataKey", arns.key(key.keyId()));
            SecretMetadata metadata = new SecretMetadata(caller.account(), command.name(), type,
                    command.description(), key.keyId(), command.tags(), config, rotation, now);
            Secret secret = Secret.create(metadata, seal(command, key, values, now));
            secrets.insert(secret, settings.secretQuota());
            // after the insert, so a taken name or a full quota never creates accounts; a failure there rolls the
            // insert back
            accounts.create(values);
            return new CreateSecretResult(arns.secret(secret.name()), secret.name(), type.name(),
                    command.versionId(), type.managed(), rotation, config);
        });
    }

    private List<SecretVersion> seal(CreateSecretCommand command, CustomerKey key, List<SecretValue> values,
                                     Instant now) {
        List<SecretVersion> versions = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            VersionId id = i == 0 ? command.versionId() : new VersionId(ids.newVersionId());
            SecretIdentity identity = new SecretIdentity(command.caller().account(), command.name(), id);
            versions.add(new SecretVersion(id, command.dataType(), envelope.seal(key, identity, values.get(i)), now));
        }
        return versions;
    }

    /**
     * What CreateSecret does on the database instance a managed secret names, bound on first use; nothing for
     * types that are not managed.
     */
    private final class Accounts {
        private final Optional<ManagedSecretType> type;
        private final Optional<ExtendedConfig> config;
        private ManagedTargets.Bound bound;

        Accounts(SecretType type, Optional<ExtendedConfig> config) {
            this.type = type instanceof ManagedSecretType managed ? Optional.of(managed) : Optional.empty();
            this.config = config;
        }

        private ManagedTargets.Bound bound() {
            if (bound == null) {
                bound = targets.bind(type.orElseThrow(), config.orElseThrow());
            }
            return bound;
        }

        /** A password under the instance's policy, for types that generate their credentials. */
        String newPassword() {
            return bound().newPassword();
        }

        /** Before anything is written: the instance is registered, and imported accounts exist on it. */
        void check(List<SecretValue> values) {
            if (type.isEmpty()) {
                return;
            }
            ManagedTargets.Bound target = bound();
            if (type.get().createdAccountsPrivilege(config.orElseThrow()).isEmpty()) {
                for (SecretValue value : values) {
                    refusedAs("SecretData", () -> target.rotator().requireAccount(target.target(),
                            type.get().credential(value, documents).account()));
                }
            }
        }

        /**
         * What the database instance refuses (a privilege it does not know, a grant the administrator lacks, a wrong
         * administrator password) is the caller's or the operator's to fix: InvalidParameter with the reason. An
         * instance that does not answer is unavailable for now: 503.
         */
        private void refusedAs(String parameter, Runnable call) {
            try {
                call.run();
            } catch (CredentialRotator.TargetFailure e) {
                if (e.unreachable()) {
                    throw new ServiceUnavailable("The database instance cannot be reached now: " + e.getMessage());
                }
                throw new InvalidValue(parameter, "the database instance refused it: " + e.getMessage());
            }
        }

        /** Types that create their accounts ($Auto) create them now, with the generated password. */
        void create(List<SecretValue> values) {
            Optional<String> privilege = type.flatMap(t -> t.createdAccountsPrivilege(config.orElseThrow()));
            if (privilege.isPresent()) {
                for (SecretValue value : values) {
                    refusedAs("ExtendedConfig", () -> bound().rotator().createAccount(bound().target(),
                            type.get().credential(value, documents), privilege.get()));
                }
            }
        }
    }
}
