package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.application.port.in.KeyPageQuery;
import kmsecrets.application.port.in.ListKeyVersionsUseCase;
import kmsecrets.application.port.in.Page;
import kmsecrets.application.port.in.UseCase;

/** ListKeyVersions: the versions of the key named by KeyId, oldest first, paged. */
public final class ListKeyVersionsAction implements Action {
    private final ListKeyVersionsUseCase keys;

    public ListKeyVersionsAction(ListKeyVersionsUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "ListKeyVersions";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        Page page = call.params().page();
        var result = keys.listKeyVersions(new KeyPageQuery(call.caller(), call.params().required("KeyId"), page));
        return new Reply(call.requestId(), page.number(), page.size(), result.totalCount(),
                new Versions(result.versions().stream().map(KeyVersionReply::of).toList()));
    }

    record Versions(@JsonProperty("KeyVersion") @JacksonXmlElementWrapper(useWrapping = false)
                    List<KeyVersionReply> versions) {
    }

    @JsonPropertyOrder({"RequestId", "PageNumber", "PageSize", "TotalCount", "KeyVersions"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("PageNumber") int pageNumber,
                 @JsonProperty("PageSize") int pageSize, @JsonProperty("TotalCount") long totalCount,
                 @JsonProperty("KeyVersions") Versions keyVersions) {
    }
}
