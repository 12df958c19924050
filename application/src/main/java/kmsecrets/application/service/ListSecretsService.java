package kmsecrets.application.service;

import kmsecrets.application.port.in.ListSecretsQuery;
import kmsecrets.application.port.in.ListSecretsResult;
import kmsecrets.application.port.in.ListSecretsUseCase;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.domain.access.Caller;

/** ListSecrets: one page of the caller's secrets with the total count. */
public final class ListSecretsService implements ListSecretsUseCase {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Authorization authorization;

    public ListSecretsService(SecretLookup lookup, SecretRepository secrets, Authorization authorization) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.authorization = authorization;
    }

    @Override
    public ListSecretsResult listSecrets(ListSecretsQuery query) {
        Caller caller = query.caller();
        authorization.check(caller, "kms:ListSecrets", lookup.arns(caller).secretContainer());
        return new ListSecretsResult(query.page(), secrets.countMatching(caller.account(), query.filters()),
                secrets.list(caller.account(), query.filters(), query.page().offset(), query.page().size()));
    }
}
