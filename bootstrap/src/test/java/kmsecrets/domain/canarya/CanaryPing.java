package kmsecrets.domain.canarya;

/** Deliberately wrong: half of a package cycle. */
public final class CanaryPing {
    public kmsecrets.domain.canaryb.CanaryPong pong() {
        return new kmsecrets.domain.canaryb.CanaryPong();
    }
}
