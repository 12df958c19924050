package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;

/** The wrapped list {"VersionStages":{"VersionStage":[...]}} that every SDK model expects. */
public record VersionStages(
        @JsonProperty("VersionStage") @JacksonXmlElementWrapper(useWrapping = false) List<String> stages) {
}
