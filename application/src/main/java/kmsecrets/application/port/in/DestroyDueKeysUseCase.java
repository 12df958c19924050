package kmsecrets.application.port.in;

import java.util.List;

/**
 * The background key destruction: keys whose DeleteDate has passed lose their material, aliases and tags, each on
 * one node; their ciphertexts and the secrets under them can never be opened again (Forbidden.KeyNotFound).
 */
public interface DestroyDueKeysUseCase extends UseCase {
    /** Destroys up to {@code batch} due keys and returns their ids. */
    List<String> destroyDue(BatchCommand batch);
}
