package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.adapter.rest.error.AlibabaErrors;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.BatchGetSecretValueQuery;
import kmsecrets.application.port.in.BatchGetSecretValueQuery.Entry;
import kmsecrets.application.port.in.BatchGetSecretValueResult;
import kmsecrets.application.port.in.BatchGetSecretValueResult.Outcome;
import kmsecrets.application.port.in.BatchGetSecretValueUseCase;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/**
 * BatchGetSecretValue. SecretsList arrives as a JSON array (the Tea SDK's "shrink") or flattened
 * {@code SecretsList.N.SecretName}; the reply's SecretValues and Errors are plain arrays, unlike older operations.
 */
public final class BatchGetSecretValueAction implements Action {
    private final BatchGetSecretValueUseCase useCase;

    public BatchGetSecretValueAction(BatchGetSecretValueUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "BatchGetSecretValue";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        List<Map<String, Object>> raw = p.optional("SecretsList")
                .map(text -> JsonParameters.objects("SecretsList", text))
                .orElseGet(() -> p.objects("SecretsList").stream().map(m -> Map.<String, Object>copyOf(m)).toList());
        if (raw.isEmpty()) {
            throw ApiError.missing("SecretsList");
        }
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> item : raw) {
            entries.add(new Entry(text(item, "SecretName").orElseThrow(() -> ApiError.missing("SecretsList.SecretName")),
                    text(item, "VersionId").map(VersionId::new), text(item, "VersionStage").map(StageLabel::new),
                    text(item, "FetchExtendedConfig").map(Boolean::parseBoolean).orElse(false)));
        }
        BatchGetSecretValueResult result = useCase.batchGetSecretValue(new BatchGetSecretValueQuery(call.caller(), entries));
        List<GetSecretValueAction.Reply> values = new ArrayList<>();
        List<ErrorEntry> errors = new ArrayList<>();
        for (Outcome outcome : result.outcomes()) {
            outcome.value().ifPresent(v -> values.add(GetSecretValueAction.Reply.of(call.requestId(), v,
                    outcome.entry().fetchExtendedConfig())));
            outcome.failure().map(AlibabaErrors::of).ifPresent(e -> errors.add(new ErrorEntry(
                    outcome.entry().nameOrArn(), e.code(), e.status(), e.getMessage())));
        }
        return new Reply(call.requestId(), values, errors);
    }

    private static Optional<String> text(Map<String, Object> item, String field) {
        Object value = item.get(field);
        if (value != null && !(value instanceof String) && !(value instanceof Boolean)) {
            throw ApiError.invalid("SecretsList", field + " must be a string");
        }
        return Optional.ofNullable(value).map(String::valueOf).filter(s -> !s.isEmpty());
    }

    @JsonPropertyOrder({"RequestId", "SecretValues", "Errors"})
    record Reply(@JsonProperty("RequestId") String requestId,
                 @JsonProperty("SecretValues") List<GetSecretValueAction.Reply> secretValues,
                 @JsonProperty("Errors") List<ErrorEntry> errors) {
        @Override
        public String toString() {
            return "BatchGetSecretValue.Reply[" + secretValues.size() + " values redacted, " + errors.size() + " errors]";
        }
    }

    @JsonPropertyOrder({"SecretName", "Code", "HttpStatus", "Message"})
    record ErrorEntry(@JsonProperty("SecretName") String secretName, @JsonProperty("Code") String code,
                      @JsonProperty("HttpStatus") int httpStatus, @JsonProperty("Message") String message) {
    }
}
