package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.application.port.in.AliasPage;

/** The reply of ListAliases and ListAliasesByKeyId. */
@JsonPropertyOrder({"RequestId", "PageNumber", "PageSize", "TotalCount", "Aliases"})
record AliasListReply(@JsonProperty("RequestId") String requestId, @JsonProperty("PageNumber") int pageNumber,
                      @JsonProperty("PageSize") int pageSize, @JsonProperty("TotalCount") long totalCount,
                      @JsonProperty("Aliases") Aliases aliases) {
    static AliasListReply of(String requestId, AliasPage result) {
        return new AliasListReply(requestId, result.page().number(), result.page().size(), result.totalCount(),
                new Aliases(result.aliases().stream().map(a -> new Entry(a.aliasName(), a.aliasArn(), a.keyId()))
                        .toList()));
    }

    @JsonPropertyOrder({"AliasName", "AliasArn", "KeyId"})
    record Entry(@JsonProperty("AliasName") String aliasName, @JsonProperty("AliasArn") String aliasArn,
                 @JsonProperty("KeyId") String keyId) {
    }

    record Aliases(@JsonProperty("Alias") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> aliases) {
    }
}
