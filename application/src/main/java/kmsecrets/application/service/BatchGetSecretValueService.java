package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.BatchGetSecretValueQuery;
import kmsecrets.application.port.in.BatchGetSecretValueResult;
import kmsecrets.application.port.in.BatchGetSecretValueResult.Outcome;
import kmsecrets.application.port.in.BatchGetSecretValueUseCase;
import kmsecrets.application.port.in.GetSecretValueQuery;
import kmsecrets.application.port.in.GetSecretValueUseCase;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.DomainException;

/** BatchGetSecretValue: each entry runs the GetSecretValue use case; a refusal stays with its entry. */
public final class BatchGetSecretValueService implements BatchGetSecretValueUseCase {
    private final SecretLookup lookup;
    private final GetSecretValueUseCase single;
    private final Authorization authorization;

    public BatchGetSecretValueService(SecretLookup lookup, GetSecretValueUseCase single, Authorization authorization) {
        this.lookup = lookup;
        this.single = single;
        this.authorization = authorization;
    }

    @Override
    public BatchGetSecretValueResult batchGetSecretValue(BatchGetSecretValueQuery query) {
        Caller caller = query.caller();
        authorization.check(caller, "kms:BatchGetSecretValue", lookup.arns(caller).secretContainer());
        List<Outcome> outcomes = new ArrayList<>();
        for (BatchGetSecretValueQuery.Entry entry : query.entries()) {
            try {
                outcomes.add(new Outcome(entry, Optional.of(single.getSecretValue(new GetSecretValueQuery(caller,
                        entry.nameOrArn(), entry.versionId(), entry.stage()))), Optional.empty()));
            } catch (DomainException refused) {
                outcomes.add(new Outcome(entry, Optional.empty(), Optional.of(refused)));
            }
        }
        return new BatchGetSecretValueResult(outcomes);
    }
}
