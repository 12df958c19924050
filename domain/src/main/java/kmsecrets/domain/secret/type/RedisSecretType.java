package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.ManagedSecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import kmsecrets.domain.secret.Documents;

import kmsecrets.domain.secret.Credential;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
    static final String AUTO = "$Auto";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> engines() {
        return Set.of("redis");
    }

    @Override
    public Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given) {
        RedisConfig.read(given.orElseThrow(() -> new InvalidValue("ExtendedConfig", "required for Redis secrets")));
        return given;
    }

    @Override
    public List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                           Documents documents, Supplier<String> newPassword) {
        ManagedSecretType.requireText(dataType, NAME);
        if (!AUTO.equals(data.asText())) {
            throw new InvalidValue("SecretData", "must be $Auto for Redis secrets: the service generates the password");
        }
        RedisConfig redis = RedisConfig.read(config.orElseThrow());
        String password = newPassword.get();
        return List.of(value(new Credential(redis.accountName(), password), documents),
                value(new Credential(redis.cloneAccountName(), password), documents));
    }

    @Override
    public String instanceId(ExtendedConfig config) {
        return RedisConfig.read(config).instanceId();
    }

    @Override
    public Optional<String> createdAccountsPrivilege(ExtendedConfig config) {
        return Optional.of(RedisConfig.read(config).privilege());
    }

    @Override
    public StageLabel rotatedStage(ExtendedConfig config) {
        return StageLabel.PREVIOUS;
    }
}
