package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.GetSecretValueQuery;
import kmsecrets.application.port.in.GetSecretValueResult;
import kmsecrets.application.port.in.GetSecretValueUseCase;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.SecretVersion;
import kmsecrets.domain.secret.StageLabel;

/**
 * GetSecretValue: selects a version and opens it. Reads need no transaction: a version's value never changes
 * and the version with its labels is read in one statement.
 */
public final class GetSecretValueService implements GetSecretValueUseCase {
    private final SecretLookup lookup;
    private final EncryptionKeys keys;
    private final Envelope envelope;
    private final Authorization authorization;

    public GetSecretValueService(SecretLookup lookup, EncryptionKeys keys, Envelope envelope,
                                 Authorization authorization) {
        this.lookup = lookup;
        this.keys = keys;
        this.envelope = envelope;
        this.authorization = authorization;
    }

    @Override
    public GetSecretValueResult getSecretValue(GetSecretValueQuery query) {
        Caller caller = query.caller();
        SecretName name = lookup.authorize(caller, query.nameOrArn(), "kms:GetSecretValue");
        Secret secret = lookup.load(caller, name);
        SecretVersion version = secret.select(query.versionId(), query.stage());
        CustomerKey key = keys.keyOf(caller, version.value());
        if (!key.accountDefault()) {
            authorization.check(caller, "kms:Decrypt", lookup.arns(caller).key(key.keyId()));
        }
        SecretValue value = envelope.open(keys.versionOf(caller, key, version.value()),
                new SecretIdentity(caller.account(), name, version.id()), version.value());
        List<StageLabel> labels = List.copyOf(secret.labelsOf(version.id()));
        return new GetSecretValueResult(name, secret.type().name(), secret.type().managed(), value,
                version.dataType(), version.id(), labels, version.createdAt(), secret.rotation(),
                secret.extendedConfig());
    }
}
