package kmsecrets.adapter.rest.action;

import java.util.List;

import kmsecrets.application.port.in.GenerateDataKeyUseCase;
import kmsecrets.application.port.in.UseCase;

/** GenerateDataKeyWithoutPlaintext: only the encrypted data key. */
public final class GenerateDataKeyWithoutPlaintextAction implements Action {
    private final GenerateDataKeyUseCase dataKeys;

    public GenerateDataKeyWithoutPlaintextAction(GenerateDataKeyUseCase dataKeys) {
        this.dataKeys = dataKeys;
    }

    @Override
    public String name() {
        return "GenerateDataKeyWithoutPlaintext";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(dataKeys);
    }

    @Override
    public Object handle(Call call) {
        return DataKeyReply.generate(dataKeys, call, false);
    }
}
