package kmsecrets.adapter.persistence.canary;

import kmsecrets.application.port.out.SecretRepository;

/** Deliberately wrong: a repository adapter not named technology + port. */
public abstract class CanaryStore implements SecretRepository {
}
