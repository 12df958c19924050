package kmsecrets.application.service;

import kmsecrets.application.port.in.DescribeKeyVersionQuery;
import kmsecrets.application.port.in.DescribeKeyVersionUseCase;
import kmsecrets.application.port.in.KeyVersionInfo;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.KeyVersionNotFound;
import kmsecrets.domain.key.KeyVersion;

/** DescribeKeyVersion: the version must belong to the named key. */
public final class DescribeKeyVersionService implements DescribeKeyVersionUseCase {
    private final KeyAccess access;
    private final KeyRepository keys;

    public DescribeKeyVersionService(KeyAccess access, KeyRepository keys) {
        this.access = access;
        this.keys = keys;
    }

    @Override
    public KeyVersionInfo describeKeyVersion(DescribeKeyVersionQuery query) {
        Caller caller = query.caller();
        String keyId = access.authorize(caller, query.keyIdOrArn(), "kms:DescribeKeyVersion");
        access.find(caller, keyId);
        KeyVersion version = keys.findVersion(caller.account(), query.keyVersionId())
                .filter(v -> v.keyId().equals(keyId))
                .orElseThrow(() -> new KeyVersionNotFound("The specified key version is not found."));
        return new KeyVersionInfo(keyId, version.versionId(), version.createdAt());
    }
}
