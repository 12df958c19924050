package kmsecrets.application.service.canary;

import kmsecrets.application.port.in.DisableKeyUseCase;
import kmsecrets.application.port.in.EnableKeyUseCase;

/** Deliberately wrong: one service behind two inbound ports, where each use case should have a service of its own. */
public abstract class CanaryTwoUseCasesService implements DisableKeyUseCase, EnableKeyUseCase {
}
