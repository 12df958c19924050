package kmsecrets.domain.secret.type;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.NewCredentials;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;

/**
 * Two new standard accounts on a PolarDB cluster (here: a registered MySQL or PostgreSQL instance whose engine
 * must match the secret's DBType), created by the service with one generated password ({@code $Auto}):
 * {@code AccountName} holds ACSCurrent, {@code AccountName_clone} ACSPrevious. Rotation resets the ACSPrevious
 * account and swaps the labels, as Rds DoubleUsers.
 */
public final class PolarDbSecretType implements ManagedSecretType {
    public static final String NAME = "PolarDB";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Need need() {
        return new Need(Set.of("mysql", "postgresql"), true, true);
    }

    @Override
    public Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given) {
        PolarDbConfig.read(given.orElseThrow(() -> new InvalidValue("ExtendedConfig", "required for PolarDB secrets")));
        return given;
    }

    @Override
    public List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                           Documents documents, NewCredentials fresh) {
        PolarDbConfig polar = PolarDbConfig.read(config.orElseThrow());
        return GeneratedDoubleUsers.initialValues(this, data, dataType, polar.accountName(), polar.cloneAccountName(),
                documents, fresh);
    }

    @Override
    public String targetId(ExtendedConfig config) {
        return PolarDbConfig.read(config).clusterId();
    }

    /** The registered instance must run the DBType this secret names. */
    @Override
    public Optional<String> engine(ExtendedConfig config) {
        return Optional.of(PolarDbConfig.read(config).dbType().engine);
    }

    @Override
    public Optional<AccountSpec> createdAccounts(ExtendedConfig config) {
        return Optional.of(PolarDbConfig.read(config).spec());
    }

    @Override
    public StageLabel rotatedStage(ExtendedConfig config) {
        return StageLabel.PREVIOUS;
    }
}
