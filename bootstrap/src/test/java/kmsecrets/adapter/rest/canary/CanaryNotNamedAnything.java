package kmsecrets.adapter.rest.canary;

import java.util.List;
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.adapter.rest.action.Call;
import kmsecrets.application.port.in.UseCase;

/** Deliberately wrong: an action outside the action package, not named after its action. */
public final class CanaryNotNamedAnything implements Action {
    @Override
    public String name() {
        return "Canary";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of();
    }

    @Override
    public Object handle(Call call) {
        return call.requestId();
    }
}
