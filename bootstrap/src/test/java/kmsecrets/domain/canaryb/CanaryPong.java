package kmsecrets.domain.canaryb;

/** Deliberately wrong: the other half of a package cycle. */
public final class CanaryPong {
    public kmsecrets.domain.canarya.CanaryPing ping() {
        return new kmsecrets.domain.canarya.CanaryPing();
    }
}
