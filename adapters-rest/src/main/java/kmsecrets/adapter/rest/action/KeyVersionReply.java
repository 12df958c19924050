package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.KeyVersionInfo;

/** One key version on the wire, as CreateKeyVersion, DescribeKeyVersion and ListKeyVersions write it. */
@JsonPropertyOrder({"KeyId", "KeyVersionId", "CreationDate"})
record KeyVersionReply(@JsonProperty("KeyId") String keyId, @JsonProperty("KeyVersionId") String keyVersionId,
                       @JsonProperty("CreationDate") String creationDate) {
    static KeyVersionReply of(KeyVersionInfo v) {
        return new KeyVersionReply(v.keyId(), v.keyVersionId(), WireTime.format(v.creationDate()));
    }

    /** CreateKeyVersion and DescribeKeyVersion: {"RequestId", "KeyVersion": {...}}. */
    @JsonPropertyOrder({"RequestId", "KeyVersion"})
    record Single(@JsonProperty("RequestId") String requestId, @JsonProperty("KeyVersion") KeyVersionReply keyVersion) {
    }
}
