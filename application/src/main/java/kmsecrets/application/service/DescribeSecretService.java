package kmsecrets.application.service;

import kmsecrets.application.port.in.DescribeSecretResult;
import kmsecrets.application.port.in.DescribeSecretUseCase;
import kmsecrets.application.port.in.SecretQuery;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.SecretName;

/** DescribeSecret: metadata of a live or pending secret. */
public final class DescribeSecretService implements DescribeSecretUseCase {
    private final SecretLookup lookup;

    public DescribeSecretService(SecretLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public DescribeSecretResult describeSecret(SecretQuery query) {
        SecretName name = lookup.authorize(query.caller(), query.nameOrArn(), "kms:DescribeSecret");
        Secret secret = lookup.load(query.caller(), name);
        SecretMetadata m = secret.metadata();
        return new DescribeSecretResult(lookup.arns(query.caller()).secret(name), name, m.type().name(),
                m.type().managed(), m.description(), m.encryptionKeyId(), m.createdAt(), secret.updatedAt(),
                secret.plannedDeleteTime(), m.rotation(), m.extendedConfig(), m.tags());
    }
}
