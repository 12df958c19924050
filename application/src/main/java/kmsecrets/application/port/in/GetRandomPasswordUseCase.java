package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretValue;

/** GetRandomPassword (no resource). */
public interface GetRandomPasswordUseCase extends ReadUseCase {
    SecretValue getRandomPassword(GetRandomPasswordCommand command);
}
