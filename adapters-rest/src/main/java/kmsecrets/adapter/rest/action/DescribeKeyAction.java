package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.KeyQuery;
import kmsecrets.application.port.in.DescribeKeyUseCase;

/** DescribeKey: by key id or key ARN; every state. */
public final class DescribeKeyAction implements Action {
    private final DescribeKeyUseCase keys;

    public DescribeKeyAction(DescribeKeyUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "DescribeKey";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        return new KeyMetadataReply.Wrapped(call.requestId(),
                KeyMetadataReply.of(keys.describeKey(new KeyQuery(call.caller(), call.params().required("KeyId")))));
    }
}
