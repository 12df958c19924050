package kmsecrets.application.port.in;

import java.util.List;
import java.util.Optional;
import kmsecrets.domain.error.DomainException;

/** Each entry's outcome in request order: a value, or the refusal that one entry met. */
public record BatchGetSecretValueResult(List<Outcome> outcomes) {
    public record Outcome(BatchGetSecretValueQuery.Entry entry, Optional<GetSecretValueResult> value,
                          Optional<DomainException> failure) {
    }
}
