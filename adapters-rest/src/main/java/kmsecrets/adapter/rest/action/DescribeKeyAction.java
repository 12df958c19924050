package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.KeyUseCases;

/** DescribeKey: by key id or key ARN; every state. */
public final class DescribeKeyAction implements Action {
    private final KeyUseCases keys;

    public DescribeKeyAction(KeyUseCases keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "DescribeKey";
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public Object handle(Call call) {
        return new KeyMetadataReply.Wrapped(call.requestId(),
                KeyMetadataReply.of(keys.describeKey(call.caller(), call.params().required("KeyId"))));
    }
}
