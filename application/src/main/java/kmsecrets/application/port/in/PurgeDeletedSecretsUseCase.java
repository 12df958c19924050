package kmsecrets.application.port.in;

import java.util.List;

/** The background purge: secrets whose recovery window has passed are deleted for good, each by one node. */
public interface PurgeDeletedSecretsUseCase extends UseCase {
    /** Purges up to {@code batch} due secrets and returns their ARNs. */
    List<String> purgeDue(BatchCommand batch);
}
