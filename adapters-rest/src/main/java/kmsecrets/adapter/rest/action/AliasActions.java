package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import java.util.function.Function;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.AliasUseCases;
import kmsecrets.application.port.in.AliasUseCases.AliasPage;
import kmsecrets.application.port.in.Page;

/** CreateAlias, UpdateAlias, DeleteAlias, ListAliases, ListAliasesByKeyId. */
public final class AliasActions {
    private AliasActions() {
    }

    public static List<Action> all(AliasUseCases aliases) {
        return List.of(
                new Simple("CreateAlias", false, call -> {
                    aliases.createAlias(call.caller(), call.params().required("AliasName"),
                            call.params().required("KeyId"));
                    return new RequestIdReply(call.requestId());
                }),
                new Simple("UpdateAlias", false, call -> {
                    aliases.updateAlias(call.caller(), call.params().required("AliasName"),
                            call.params().required("KeyId"));
                    return new RequestIdReply(call.requestId());
                }),
                new Simple("DeleteAlias", false, call -> {
                    aliases.deleteAlias(call.caller(), call.params().required("AliasName"));
                    return new RequestIdReply(call.requestId());
                }),
                new Simple("ListAliases", true, call -> listed(call,
                        aliases.listAliases(call.caller(), page(call.params())))),
                new Simple("ListAliasesByKeyId", true, call -> listed(call, aliases.listAliasesByKeyId(call.caller(),
                        call.params().required("KeyId"), page(call.params())))));
    }

    private static Page page(Params p) {
        return new Page(p.integer("PageNumber").orElse(1), p.integer("PageSize").orElse(10));
    }

    private static Listed listed(Call call, AliasPage result) {
        return new Listed(call.requestId(), result.page().number(), result.page().size(), result.totalCount(),
                new Aliases(result.aliases().stream().map(a -> new Entry(a.aliasName(), a.aliasArn(), a.keyId()))
                        .toList()));
    }

    private record Simple(String name, boolean readOnly, Function<Call, Object> body) implements Action {
        @Override
        public Object handle(Call call) {
            return body.apply(call);
        }
    }

    @JsonPropertyOrder({"AliasName", "AliasArn", "KeyId"})
    record Entry(@JsonProperty("AliasName") String aliasName, @JsonProperty("AliasArn") String aliasArn,
                 @JsonProperty("KeyId") String keyId) {
    }

    record Aliases(@JsonProperty("Alias") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> aliases) {
    }

    @JsonPropertyOrder({"RequestId", "PageNumber", "PageSize", "TotalCount", "Aliases"})
    record Listed(@JsonProperty("RequestId") String requestId, @JsonProperty("PageNumber") int pageNumber,
                  @JsonProperty("PageSize") int pageSize, @JsonProperty("TotalCount") long totalCount,
                  @JsonProperty("Aliases") Aliases aliases) {
    }
}
