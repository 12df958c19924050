package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.SecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import kmsecrets.domain.secret.Documents;

import java.util.List;
import java.util.Optional;
import kmsecrets.domain.secret.Capabilities;
import kmsecrets.domain.secret.NewCredentials;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;

/** Any value the caller chooses; versions and labels are managed by the caller. */
public final class GenericSecretType implements SecretType {
    public static final String NAME = "Generic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.CALLER_WRITTEN;
    }

    /** The documentation says ExtendedConfig is ignored for Generic secrets. */
    @Override
    public Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given) {
        return Optional.empty();
    }

    @Override
    public List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                           Documents documents, NewCredentials fresh) {
        return List.of(data);
    }
}
