package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.KeyCryptoUseCases;

/**
 * GenerateDataKey and GenerateDataKeyWithoutPlaintext: NumberOfBytes (1 to 1024) wins over KeySpec (AES_256 = 32,
 * AES_128 = 16); the data key comes from the CSPRNG and is never stored.
 */
public final class GenerateDataKeyActions {
    private GenerateDataKeyActions() {
    }

    public static Action withPlaintext(KeyCryptoUseCases crypto) {
        return new Generate("GenerateDataKey", true, crypto);
    }

    public static Action withoutPlaintext(KeyCryptoUseCases crypto) {
        return new Generate("GenerateDataKeyWithoutPlaintext", false, crypto);
    }

    private record Generate(String name, boolean withPlaintext, KeyCryptoUseCases crypto) implements Action {
        @Override
        public Object handle(Call call) {
            Params p = call.params();
            int bytes = p.integer("NumberOfBytes").orElseGet(() -> switch (p.optional("KeySpec").orElse("AES_256")) {
                case "AES_256" -> 32;
                case "AES_128" -> 16;
                default -> throw ApiError.invalid("KeySpec", "must be AES_256 or AES_128");
            });
            var key = crypto.generateDataKey(call.caller(), p.required("KeyId"), bytes,
                    CryptoParams.context(p, "EncryptionContext"), withPlaintext);
            CryptoParams.refuseDryRun(p);
            return new Reply(call.requestId(), key.keyId(), key.keyVersionId(), CryptoParams.encode(key.blob()),
                    key.plaintext().map(CryptoParams::encode).orElse(null));
        }
    }

    @JsonPropertyOrder({"RequestId", "KeyId", "KeyVersionId", "CiphertextBlob", "Plaintext"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("KeyId") String keyId,
                 @JsonProperty("KeyVersionId") String keyVersionId,
                 @JsonProperty("CiphertextBlob") String ciphertextBlob, @JsonProperty("Plaintext") String plaintext) {
        @Override
        public String toString() {
            return "GenerateDataKey.Reply[" + keyVersionId + ", Plaintext=[redacted]]";
        }
    }
}
