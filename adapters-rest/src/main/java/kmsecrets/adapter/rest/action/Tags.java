package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.domain.secret.Tag;

/** {"Tags":{"Tag":[{"TagKey","TagValue"}]}} as DescribeSecret and ListSecrets return them. */
public record Tags(@JsonProperty("Tag") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> tags) {
    public record Entry(@JsonProperty("TagKey") String key, @JsonProperty("TagValue") String value) {
    }

    static Tags of(List<Tag> tags) {
        return new Tags(tags.stream().map(t -> new Entry(t.key(), t.value())).toList());
    }
}
