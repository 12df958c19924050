package kmsecrets.adapter.rest.action;

import java.util.function.BiConsumer;
import kmsecrets.application.port.in.KeyUseCases;
import kmsecrets.domain.access.Caller;

/**
 * EnableKey, DisableKey, CancelKeyDeletion: a key id in, nothing but the RequestId out. One small action class
 * each, built from this template.
 */
public final class KeyStateActions {
    private KeyStateActions() {
    }

    public static Action enableKey(KeyUseCases keys) {
        return new KeyStateAction("EnableKey", keys::enableKey);
    }

    public static Action disableKey(KeyUseCases keys) {
        return new KeyStateAction("DisableKey", keys::disableKey);
    }

    public static Action cancelKeyDeletion(KeyUseCases keys) {
        return new KeyStateAction("CancelKeyDeletion", keys::cancelKeyDeletion);
    }

    private record KeyStateAction(String name, BiConsumer<Caller, String> change) implements Action {
        @Override
        public Object handle(Call call) {
            change.accept(call.caller(), call.params().required("KeyId"));
            return new RequestIdReply(call.requestId());
        }
    }
}
