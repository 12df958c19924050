package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import kmsecrets.application.port.in.ListKeyTagsQuery;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.application.port.in.ListKeyTagsUseCase;

/** ListResourceTags: the tags of one key, {"Tags":{"Tag":[{"KeyId","TagKey","TagValue"}]}}. */
public final class ListResourceTagsAction implements Action {
    private final ListKeyTagsUseCase keys;

    public ListResourceTagsAction(ListKeyTagsUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "ListResourceTags";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        var rows = keys.listKeyTags(new ListKeyTagsQuery(call.caller(), "kms:ListResourceTags",
                List.of(call.params().required("KeyId")), List.of()));
        return new Reply(call.requestId(), new KeyTags(rows.stream()
                .map(r -> new KeyTags.Entry(r.keyId(), r.tag().key(), r.tag().value())).toList()));
    }

    @JsonPropertyOrder({"RequestId", "Tags"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("Tags") KeyTags tags) {
    }

    record KeyTags(@JsonProperty("Tag") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> tags) {
        @JsonPropertyOrder({"KeyId", "TagKey", "TagValue"})
        record Entry(@JsonProperty("KeyId") String keyId, @JsonProperty("TagKey") String tagKey,
                     @JsonProperty("TagValue") String tagValue) {
        }
    }
}
