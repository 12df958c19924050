package kmsecrets.adapter.rest.canary;

import kmsecrets.application.port.in.UseCase;

/** Deliberately wrong: a use case implemented outside the services, by a class not named Service. */
public final class CanaryImplementsUseCase implements UseCase {
}
