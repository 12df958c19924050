package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.application.port.in.KeyTagUseCases;

/** ListResourceTags: the tags of one key, {"Tags":{"Tag":[{"KeyId","TagKey","TagValue"}]}}. */
public final class ListResourceTagsAction implements Action {
    private final KeyTagUseCases keys;

    public ListResourceTagsAction(KeyTagUseCases keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "ListResourceTags";
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public Object handle(Call call) {
        var rows = keys.listKeyTags(call.caller(), "kms:ListResourceTags", List.of(call.params().required("KeyId")),
                List.of());
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
