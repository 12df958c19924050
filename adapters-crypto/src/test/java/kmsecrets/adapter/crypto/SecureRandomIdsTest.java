package kmsecrets.adapter.crypto;

import java.security.SecureRandom;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.IdGeneratorContract;

/** The CSPRNG adapter passes the id generator contract its test double passes. */
class SecureRandomIdsTest extends IdGeneratorContract {
    private final SecureRandomIds ids = new SecureRandomIds(new SecureRandom());

    @Override
    protected IdGenerator ids() {
        return ids;
    }
}
