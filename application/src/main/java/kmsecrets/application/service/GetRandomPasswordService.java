package kmsecrets.application.service;

import kmsecrets.application.port.in.GetRandomPasswordCommand;
import kmsecrets.application.port.in.GetRandomPasswordUseCase;
import kmsecrets.application.port.out.RandomNumbers;
import kmsecrets.domain.secret.SecretValue;

/** GetRandomPassword, drawn from the secure random source. */
public final class GetRandomPasswordService implements GetRandomPasswordUseCase {
    private final RandomNumbers random;
    private final Authorization authorization;

    public GetRandomPasswordService(RandomNumbers random, Authorization authorization) {
        this.random = random;
        this.authorization = authorization;
    }

    @Override
    public SecretValue getRandomPassword(GetRandomPasswordCommand command) {
        authorization.check(command.caller(), "kms:GetRandomPassword", "*");
        return command.policy().generate(random::below);
    }
}
