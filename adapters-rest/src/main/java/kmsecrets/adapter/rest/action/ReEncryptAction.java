package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.ReEncryptCommand;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.ReEncryptUseCase;

/** ReEncrypt: decrypt inside the service, encrypt under DestinationKeyId's primary version; the plaintext never leaves. */
public final class ReEncryptAction implements Action {
    private final ReEncryptUseCase crypto;

    public ReEncryptAction(ReEncryptUseCase crypto) {
        this.crypto = crypto;
    }

    @Override
    public String name() {
        return "ReEncrypt";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(crypto);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        for (String asymmetric : new String[] {"SourceKeyId", "SourceKeyVersionId", "SourceEncryptionAlgorithm"}) {
            if (p.optional(asymmetric).isPresent()) {
                throw ApiError.invalid(asymmetric, "only for asymmetric keys, which are not served");
            }
        }
        var result = crypto.reEncrypt(new ReEncryptCommand(call.caller(), CryptoParams.base64(p, "CiphertextBlob"),
                CryptoParams.context(p, "SourceEncryptionContext"), p.required("DestinationKeyId"),
                CryptoParams.context(p, "DestinationEncryptionContext")));
        CryptoParams.refuseDryRun(p);
        return new EncryptAction.Reply(call.requestId(), result.keyId(), result.keyVersionId(),
                CryptoParams.encode(result.blob()));
    }
}
