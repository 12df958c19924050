package kmsecrets.adapter.crypto;

import java.nio.file.Path;
import java.security.SecureRandom;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.EnvelopeContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The AES-GCM adapter passes the envelope contract its test double passes. */
class AesGcmEnvelopeContractTest extends EnvelopeContract {
    @TempDir
    Path dir;

    private Envelope envelope;

    @BeforeEach
    void masterKey() {
        SecureRandom random = new SecureRandom();
        envelope = new AesGcmEnvelope(MasterKeyFile.loadOrCreate(dir.resolve("master.key"), random), random);
    }

    @Override
    protected Envelope envelope() {
        return envelope;
    }
}
