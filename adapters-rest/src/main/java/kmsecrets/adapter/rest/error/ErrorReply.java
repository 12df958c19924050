package kmsecrets.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The error body every SDK reads: RequestId, HostId, Code, Message, and the HTTP status repeated. */
@JsonPropertyOrder({"RequestId", "HostId", "Code", "Message", "HttpStatus"})
public record ErrorReply(@JsonProperty("RequestId") String requestId,
                         @JsonProperty("HostId") String hostId,
                         @JsonProperty("Code") String code,
                         @JsonProperty("Message") String message,
                         @JsonProperty("HttpStatus") int httpStatus) {
}
