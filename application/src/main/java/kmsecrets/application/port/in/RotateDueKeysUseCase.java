package kmsecrets.application.port.in;

import java.util.List;

/** The background key rotation: keys whose automatic rotation is due get a new primary version, each on one node. */
public interface RotateDueKeysUseCase extends UseCase {
    /** Rotates up to {@code batch} due keys and returns their key version ids. */
    List<String> rotateDue(BatchCommand batch);
}
