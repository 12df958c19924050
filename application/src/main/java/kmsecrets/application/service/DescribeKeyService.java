package kmsecrets.application.service;

import kmsecrets.application.port.in.DescribeKeyUseCase;
import kmsecrets.application.port.in.KeyMetadata;
import kmsecrets.application.port.in.KeyQuery;

/** DescribeKey: by key id, alias or ARN; every state. */
public final class DescribeKeyService implements DescribeKeyUseCase {
    private final KeyAccess access;

    public DescribeKeyService(KeyAccess access) {
        this.access = access;
    }

    @Override
    public KeyMetadata describeKey(KeyQuery query) {
        String keyId = access.authorize(query.caller(), query.keyIdOrArn(), "kms:DescribeKey");
        return access.metadata(query.caller(), access.find(query.caller(), keyId));
    }
}
