package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.ListSecretsQuery;
import kmsecrets.application.port.in.ListSecretsResult;
import kmsecrets.application.port.in.ListSecretsUseCase;
import kmsecrets.application.port.in.Page;
import kmsecrets.domain.secret.SecretFilter;

/** ListSecrets with Filters, paging and FetchTags. */
public final class ListSecretsAction implements Action {
    private final ListSecretsUseCase useCase;

    public ListSecretsAction(ListSecretsUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "ListSecrets";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        Page page = p.page();
        boolean fetchTags = p.bool("FetchTags", false);
        List<SecretFilter> filters = p.optional("Filters").map(ListSecretsAction::filters).orElse(List.of());
        ListSecretsResult r = useCase.listSecrets(new ListSecretsQuery(call.caller(), filters, page));
        return new Reply(call.requestId(), page.number(), page.size(), r.totalCount(), new SecretList(
                r.secrets().stream().map(s -> new SecretList.Entry(s.name().value(), s.secretType(),
                        WireTime.format(s.createTime()), WireTime.format(s.updateTime()),
                        s.plannedDeleteTime().map(WireTime::format).orElse(null),
                        fetchTags ? Tags.of(s.tags()) : null)).toList()));
    }

    private static List<SecretFilter> filters(String text) {
        List<SecretFilter> filters = new ArrayList<>();
        for (Map<String, Object> raw : JsonParameters.filters("Filters", text)) {
            List<?> values = (List<?>) raw.getOrDefault("Values", List.of());
            if (values.stream().anyMatch(v -> !(v instanceof String))) {
                throw ApiError.invalid("Filters", "filter values are strings");
            }
            filters.add(new SecretFilter(SecretFilter.key((String) raw.get("Key")),
                    values.stream().map(String.class::cast).toList()));
        }
        return filters;
    }

    @JsonPropertyOrder({"RequestId", "PageNumber", "PageSize", "TotalCount", "SecretList"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("PageNumber") int pageNumber,
                 @JsonProperty("PageSize") int pageSize, @JsonProperty("TotalCount") long totalCount,
                 @JsonProperty("SecretList") SecretList secretList) {
    }

    record SecretList(@JsonProperty("Secret") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> secrets) {
        @JsonPropertyOrder({"SecretName", "SecretType", "CreateTime", "UpdateTime", "PlannedDeleteTime", "Tags"})
        record Entry(@JsonProperty("SecretName") String secretName, @JsonProperty("SecretType") String secretType,
                     @JsonProperty("CreateTime") String createTime, @JsonProperty("UpdateTime") String updateTime,
                     @JsonProperty("PlannedDeleteTime") String plannedDeleteTime, @JsonProperty("Tags") Tags tags) {
        }
    }
}
