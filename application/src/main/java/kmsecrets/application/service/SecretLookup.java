package kmsecrets.application.service;

import java.util.Optional;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.SecretNotFound;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/** Resolves a SecretName parameter (name or ARN) and authorizes the action on it before loading anything. */
public final class SecretLookup {
    private final SecretRepository secrets;
    private final Authorization authorization;
    private final ServiceSettings settings;

    public SecretLookup(SecretRepository secrets, Authorization authorization, ServiceSettings settings) {
        this.secrets = secrets;
        this.authorization = authorization;
        this.settings = settings;
    }

    Arns arns(Caller caller) {
        return new Arns(settings.region(), caller.account());
    }

    /** The name meant by the parameter, after the caller was authorized for {@code action} on it. */
    SecretName authorize(Caller caller, String nameOrArn, String action) {
        Arns arns = arns(caller);
        Optional<SecretName> name = arns.secretName(nameOrArn);
        if (name.isEmpty()) {
            throw notFound();
        }
        authorization.check(caller, action, arns.secret(name.get()));
        return name.get();
    }

    Secret load(Caller caller, SecretName name) {
        return secrets.find(caller.account(), name).orElseThrow(SecretLookup::notFound);
    }

    Secret loadForUpdate(Caller caller, SecretName name) {
        return secrets.findForUpdate(caller.account(), name).orElseThrow(SecretLookup::notFound);
    }

    static SecretNotFound notFound() {
        return new SecretNotFound("The resource is not found.");
    }
}
