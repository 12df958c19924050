package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.KeyUseCases;
import kmsecrets.application.port.in.KeyUseCases.KeyVersionInfo;
import kmsecrets.application.port.in.Page;

/** CreateKeyVersion, ListKeyVersions, DescribeKeyVersion. */
public final class KeyVersionActions {
    private KeyVersionActions() {
    }

    public static Action create(KeyUseCases keys) {
        return new Simple("CreateKeyVersion", false, call -> new Single(call.requestId(),
                Entry.of(keys.createKeyVersion(call.caller(), call.params().required("KeyId")))));
    }

    public static Action describe(KeyUseCases keys) {
        return new Simple("DescribeKeyVersion", true, call -> new Single(call.requestId(),
                Entry.of(keys.describeKeyVersion(call.caller(), call.params().required("KeyId"),
                        call.params().required("KeyVersionId")))));
    }

    public static Action list(KeyUseCases keys) {
        return new Simple("ListKeyVersions", true, call -> {
            Params p = call.params();
            Page page = new Page(p.integer("PageNumber").orElse(1), p.integer("PageSize").orElse(10));
            var result = keys.listKeyVersions(call.caller(), p.required("KeyId"), page);
            return new Listed(call.requestId(), page.number(), page.size(), result.totalCount(),
                    new Versions(result.versions().stream().map(Entry::of).toList()));
        });
    }

    private record Simple(String name, boolean readOnly, java.util.function.Function<Call, Object> body)
            implements Action {
        @Override
        public Object handle(Call call) {
            return body.apply(call);
        }
    }

    @JsonPropertyOrder({"KeyId", "KeyVersionId", "CreationDate"})
    record Entry(@JsonProperty("KeyId") String keyId, @JsonProperty("KeyVersionId") String keyVersionId,
                 @JsonProperty("CreationDate") String creationDate) {
        static Entry of(KeyVersionInfo v) {
            return new Entry(v.keyId(), v.keyVersionId(), WireTime.format(v.creationDate()));
        }
    }

    @JsonPropertyOrder({"RequestId", "KeyVersion"})
    record Single(@JsonProperty("RequestId") String requestId, @JsonProperty("KeyVersion") Entry keyVersion) {
    }

    record Versions(@JsonProperty("KeyVersion") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> versions) {
    }

    @JsonPropertyOrder({"RequestId", "PageNumber", "PageSize", "TotalCount", "KeyVersions"})
    record Listed(@JsonProperty("RequestId") String requestId, @JsonProperty("PageNumber") int pageNumber,
                  @JsonProperty("PageSize") int pageSize, @JsonProperty("TotalCount") long totalCount,
                  @JsonProperty("KeyVersions") Versions keyVersions) {
    }
}
