package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretValue;

/** GetRandomPassword (no resource). */
public interface GetRandomPasswordUseCase {
    SecretValue getRandomPassword(GetRandomPasswordCommand command);
}
