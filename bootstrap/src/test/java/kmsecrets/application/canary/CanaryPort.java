package kmsecrets.application.canary;

import kmsecrets.application.port.in.UseCase;

/** Deliberately wrong: an inbound port outside port.in, not named UseCase, taking loose parameters. */
public interface CanaryPort extends UseCase {
    void run(String name, int count);
}
