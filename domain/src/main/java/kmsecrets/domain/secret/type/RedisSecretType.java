package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.ManagedSecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import kmsecrets.domain.secret.Documents;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.NewCredentials;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;

/**
 * Two new Redis ACL users with one privilege, created by the service with a generated password ({@code $Auto}):
 * {@code AccountName} holds ACSCurrent, {@code AccountName_clone} ACSPrevious. Rotation resets the ACSPrevious
 * account and swaps the labels, as Rds DoubleUsers.
 */
public final class RedisSecretType implements ManagedSecretType {
    public static final String NAME = "Redis";

    @Override
    public String name() {
        return NAME;
    }

    /** New ACL users on a registered Redis instance. */
    @Override
    public Need need() {
        return new Need(Set.of("redis"), true, true);
    }

    @Override
    public Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given) {
        RedisConfig.read(given.orElseThrow(() -> new InvalidValue("ExtendedConfig", "required for Redis secrets")));
        return given;
    }

    @Override
    public List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                           Documents documents, NewCredentials fresh) {
        RedisConfig redis = RedisConfig.read(config.orElseThrow());
        return GeneratedDoubleUsers.initialValues(this, data, dataType, redis.accountName(), redis.cloneAccountName(),
                documents, fresh);
    }

    @Override
    public String targetId(ExtendedConfig config) {
        return RedisConfig.read(config).instanceId();
    }

    @Override
    public Optional<AccountSpec> createdAccounts(ExtendedConfig config) {
        return Optional.of(AccountSpec.of(RedisConfig.read(config).privilege()));
    }

    @Override
    public StageLabel rotatedStage(ExtendedConfig config) {
        return StageLabel.PREVIOUS;
    }
}
