package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.ListSecretVersionIdsQuery;
import kmsecrets.application.port.in.ListSecretVersionIdsResult;
import kmsecrets.application.port.in.ListSecretVersionIdsUseCase;
import kmsecrets.application.port.in.Page;
import kmsecrets.domain.secret.StageLabel;

/** ListSecretVersionIds: PageSize defaults to 20 (the newer documentation). */
public final class ListSecretVersionIdsAction implements Action {
    private final ListSecretVersionIdsUseCase useCase;

    public ListSecretVersionIdsAction(ListSecretVersionIdsUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "ListSecretVersionIds";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        Page page = p.page(20);
        ListSecretVersionIdsResult r = useCase.listSecretVersionIds(new ListSecretVersionIdsQuery(call.caller(),
                p.required("SecretName"), p.bool("IncludeDeprecated", false), page));
        return new Reply(call.requestId(), r.name().value(), page.number(), page.size(), r.totalCount(),
                new VersionIds(r.versions().stream().map(v -> new VersionIds.Entry(v.versionId().value(),
                        WireTime.format(v.createTime()),
                        new VersionStages(v.stages().stream().map(StageLabel::value).toList()))).toList()));
    }

    @JsonPropertyOrder({"RequestId", "SecretName", "PageNumber", "PageSize", "TotalCount", "VersionIds"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("SecretName") String secretName,
                 @JsonProperty("PageNumber") int pageNumber, @JsonProperty("PageSize") int pageSize,
                 @JsonProperty("TotalCount") long totalCount, @JsonProperty("VersionIds") VersionIds versionIds) {
    }

    record VersionIds(@JsonProperty("VersionId") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> versions) {
        @JsonPropertyOrder({"VersionId", "CreateTime", "VersionStages"})
        record Entry(@JsonProperty("VersionId") String versionId, @JsonProperty("CreateTime") String createTime,
                     @JsonProperty("VersionStages") VersionStages versionStages) {
        }
    }
}
