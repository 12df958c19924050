package kmsecrets.application.port.in;

/** Tags and untags secrets, all-or-nothing over the named secrets. */
public interface TagSecretsUseCase {
    void tagSecrets(TagSecretsCommand command);

    void untagSecrets(UntagSecretsCommand command);
}
