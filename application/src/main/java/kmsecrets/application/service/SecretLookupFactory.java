package kmsecrets.application.service;

import kmsecrets.application.port.out.SecretRepository;

/** Shares the name-or-ARN resolution and authorization step between the secret use cases. */
public final class SecretLookupFactory {
    private final SecretRepository secrets;
    private final Authorization authorization;
    private final ServiceSettings settings;

    public SecretLookupFactory(SecretRepository secrets, Authorization authorization, ServiceSettings settings) {
        this.secrets = secrets;
        this.authorization = authorization;
        this.settings = settings;
    }

    SecretLookup lookup() {
        return new SecretLookup(secrets, authorization, settings);
    }
}
