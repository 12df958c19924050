package kmsecrets.application.port.in;

/**
 * The background secret rotation, run on every node: finishes rotations whose node went away (their lease ran
 * out), then rotates secrets whose NextRotationDate has passed. The database hands each secret to one node.
 */
public interface RotateDueSecretsUseCase extends UseCase {
    /** Works through up to {@code batch} expired intents and {@code batch} due secrets; returns how many rotated. */
    int rotateDue(BatchCommand batch);
}
