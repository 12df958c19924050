package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.DecryptCommand;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.DecryptUseCase;

/** Decrypt: no KeyId; the blob names its key version. */
public final class DecryptAction implements Action {
    private final DecryptUseCase crypto;

    public DecryptAction(DecryptUseCase crypto) {
        this.crypto = crypto;
    }

    @Override
    public String name() {
        return "Decrypt";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(crypto);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        if (p.optional("Recipient").isPresent()) {
            throw ApiError.invalid("Recipient", "not supported");
        }
        var result = crypto.decrypt(new DecryptCommand(call.caller(), CryptoParams.base64(p, "CiphertextBlob"),
                CryptoParams.context(p, "EncryptionContext")));
        CryptoParams.refuseDryRun(p);
        return new Reply(call.requestId(), result.keyId(), result.keyVersionId(),
                CryptoParams.encode(result.plaintext()));
    }

    @JsonPropertyOrder({"RequestId", "KeyId", "KeyVersionId", "Plaintext"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("KeyId") String keyId,
                 @JsonProperty("KeyVersionId") String keyVersionId, @JsonProperty("Plaintext") String plaintext) {
        @Override
        public String toString() {
            return "Decrypt.Reply[" + keyVersionId + ", Plaintext=[redacted]]";
        }
    }
}
