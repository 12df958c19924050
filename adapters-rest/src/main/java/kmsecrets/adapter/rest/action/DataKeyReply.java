package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.DataKey;
import kmsecrets.application.port.in.GenerateDataKeyCommand;
import kmsecrets.application.port.in.GenerateDataKeyUseCase;

/**
 * The parameters and reply GenerateDataKey and GenerateDataKeyWithoutPlaintext share: NumberOfBytes (1 to 1024) wins
 * over KeySpec (AES_256 = 32, AES_128 = 16); the reply carries Plaintext only when asked for.
 */
@JsonPropertyOrder({"RequestId", "KeyId", "KeyVersionId", "CiphertextBlob", "Plaintext"})
record DataKeyReply(@JsonProperty("RequestId") String requestId, @JsonProperty("KeyId") String keyId,
                    @JsonProperty("KeyVersionId") String keyVersionId,
                    @JsonProperty("CiphertextBlob") String ciphertextBlob,
                    @JsonProperty("Plaintext") String plaintext) {
    static DataKeyReply generate(GenerateDataKeyUseCase dataKeys, Call call, boolean withPlaintext) {
        Params p = call.params();
        int bytes = p.integer("NumberOfBytes").orElseGet(() -> switch (p.optional("KeySpec").orElse("AES_256")) {
            case "AES_256" -> 32;
            case "AES_128" -> 16;
            default -> throw ApiError.invalid("KeySpec", "must be AES_256 or AES_128");
        });
        DataKey key = dataKeys.generateDataKey(new GenerateDataKeyCommand(call.caller(), p.required("KeyId"), bytes,
                CryptoParams.context(p, "EncryptionContext"), withPlaintext));
        CryptoParams.refuseDryRun(p);
        return new DataKeyReply(call.requestId(), key.keyId(), key.keyVersionId(), CryptoParams.encode(key.blob()),
                key.plaintext().map(CryptoParams::encode).orElse(null));
    }

    @Override
    public String toString() {
        return "DataKeyReply[" + keyVersionId + ", Plaintext=[redacted]]";
    }
}
