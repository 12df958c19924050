package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.KeyMetadata;

/** The KeyMetadata object of CreateKey and DescribeKey. Only service-generated AES-256 keys exist here. */
@JsonPropertyOrder({"KeyId", "Arn", "KeySpec", "KeyUsage", "Origin", "ProtectionLevel", "KeyState", "Description",
        "Creator", "CreationDate", "DeleteDate", "PrimaryKeyVersion", "LastRotationDate", "AutomaticRotation",
        "RotationInterval", "NextRotationDate", "MaterialExpireTime"})
record KeyMetadataReply(@JsonProperty("KeyId") String keyId, @JsonProperty("Arn") String arn,
                        @JsonProperty("KeySpec") String keySpec, @JsonProperty("KeyUsage") String keyUsage,
                        @JsonProperty("Origin") String origin, @JsonProperty("ProtectionLevel") String protectionLevel,
                        @JsonProperty("KeyState") String keyState, @JsonProperty("Description") String description,
                        @JsonProperty("Creator") String creator, @JsonProperty("CreationDate") String creationDate,
                        @JsonProperty("DeleteDate") String deleteDate,
                        @JsonProperty("PrimaryKeyVersion") String primaryKeyVersion,
                        @JsonProperty("LastRotationDate") String lastRotationDate,
                        @JsonProperty("AutomaticRotation") String automaticRotation,
                        @JsonProperty("RotationInterval") String rotationInterval,
                        @JsonProperty("NextRotationDate") String nextRotationDate,
                        @JsonProperty("MaterialExpireTime") String materialExpireTime) {
    static KeyMetadataReply of(KeyMetadata m) {
        return new KeyMetadataReply(m.keyId(), m.arn(), "Aliyun_AES_256", "ENCRYPT/DECRYPT", "Aliyun_KMS", "SOFTWARE",
                m.keyState(), m.description(), m.creator(), WireTime.format(m.creationDate()),
                m.deleteDate().map(WireTime::format).orElse(""), m.primaryKeyVersion(),
                WireTime.format(m.lastRotationDate()), m.automaticRotation(),
                m.rotationInterval().map(i -> i.getSeconds() + "s").orElse(null),
                m.nextRotationDate().map(WireTime::format).orElse(null), "");
    }

    /** {"RequestId", "KeyMetadata": {...}}. */
    @JsonPropertyOrder({"RequestId", "KeyMetadata"})
    record Wrapped(@JsonProperty("RequestId") String requestId,
                   @JsonProperty("KeyMetadata") KeyMetadataReply keyMetadata) {
    }
}
