package kmsecrets.application.service;

import java.time.Instant;
import kmsecrets.application.port.in.pipeline.ReplayGuard;
import kmsecrets.application.port.out.NonceStore;

/** Nonce replay protection backed by the shared nonce store. */
public final class ReplayGuardService implements ReplayGuard {
    private final NonceStore nonces;

    public ReplayGuardService(NonceStore nonces) {
        this.nonces = nonces;
    }

    @Override
    public boolean claim(String accessKeyId, String nonce, Instant keepUntil) {
        return nonces.claim(accessKeyId, nonce, keepUntil);
    }

    @Override
    public void release(String accessKeyId, String nonce) {
        nonces.release(accessKeyId, nonce);
    }
}
