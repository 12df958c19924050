package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.EncryptCommand;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.EncryptUseCase;

/** Encrypt: up to 6 KiB of Base64 plaintext under the key's primary version. */
public final class EncryptAction implements Action {
    private final EncryptUseCase crypto;

    public EncryptAction(EncryptUseCase crypto) {
        this.crypto = crypto;
    }

    @Override
    public String name() {
        return "Encrypt";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(crypto);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        var result = crypto.encrypt(new EncryptCommand(call.caller(), p.required("KeyId"),
                CryptoParams.base64(p, "Plaintext"), CryptoParams.context(p, "EncryptionContext")));
        CryptoParams.refuseDryRun(p);
        return new Reply(call.requestId(), result.keyId(), result.keyVersionId(), CryptoParams.encode(result.blob()));
    }

    @JsonPropertyOrder({"RequestId", "KeyId", "KeyVersionId", "CiphertextBlob"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("KeyId") String keyId,
                 @JsonProperty("KeyVersionId") String keyVersionId,
                 @JsonProperty("CiphertextBlob") String ciphertextBlob) {
    }
}
