package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.DescribeKeyVersionQuery;
import kmsecrets.application.port.in.DescribeKeyVersionUseCase;
import kmsecrets.application.port.in.UseCase;

/** DescribeKeyVersion: KeyId and KeyVersionId. */
public final class DescribeKeyVersionAction implements Action {
    private final DescribeKeyVersionUseCase keys;

    public DescribeKeyVersionAction(DescribeKeyVersionUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "DescribeKeyVersion";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        return new KeyVersionReply.Single(call.requestId(), KeyVersionReply.of(keys.describeKeyVersion(
                new DescribeKeyVersionQuery(call.caller(), call.params().required("KeyId"),
                        call.params().required("KeyVersionId")))));
    }
}
