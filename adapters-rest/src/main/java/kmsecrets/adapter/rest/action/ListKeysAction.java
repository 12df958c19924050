package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import kmsecrets.application.port.in.PageQuery;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.ListKeysUseCase;
import kmsecrets.application.port.in.Page;

/** ListKeys: paging by creation time (Filters are not supported yet). */
public final class ListKeysAction implements Action {
    private final ListKeysUseCase keys;

    public ListKeysAction(ListKeysUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "ListKeys";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        if (p.optional("Filters").isPresent()) {
            throw ApiError.invalid("Filters", "key filters are not supported by this deployment yet");
        }
        Page page = p.page();
        var result = keys.listKeys(new PageQuery(call.caller(), page));
        return new Reply(call.requestId(), page.number(), page.size(), result.totalCount(),
                new Keys(result.keys().stream().map(k -> new Keys.Entry(k.keyId(), k.arn())).toList()));
    }

    @JsonPropertyOrder({"RequestId", "PageNumber", "PageSize", "TotalCount", "Keys"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("PageNumber") int pageNumber,
                 @JsonProperty("PageSize") int pageSize, @JsonProperty("TotalCount") long totalCount,
                 @JsonProperty("Keys") Keys keys) {
    }

    record Keys(@JsonProperty("Key") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> keys) {
        record Entry(@JsonProperty("KeyId") String keyId, @JsonProperty("KeyArn") String keyArn) {
        }
    }
}
