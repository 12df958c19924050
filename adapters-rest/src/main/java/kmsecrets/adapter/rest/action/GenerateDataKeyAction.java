package kmsecrets.adapter.rest.action;

import java.util.List;

import kmsecrets.application.port.in.GenerateDataKeyUseCase;
import kmsecrets.application.port.in.UseCase;

/** GenerateDataKey: the data key in the clear and encrypted under KeyId. */
public final class GenerateDataKeyAction implements Action {
    private final GenerateDataKeyUseCase dataKeys;

    public GenerateDataKeyAction(GenerateDataKeyUseCase dataKeys) {
        this.dataKeys = dataKeys;
    }

    @Override
    public String name() {
        return "GenerateDataKey";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(dataKeys);
    }

    @Override
    public Object handle(Call call) {
        return DataKeyReply.generate(dataKeys, call, true);
    }
}
