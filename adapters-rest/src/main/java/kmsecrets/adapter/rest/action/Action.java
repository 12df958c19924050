package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.UseCase;

/**
 * One Alibaba operation: reads its parameters, calls its use case and returns the reply record to render. An action
 * does not decide how its work commits; the use cases it drives declare that ({@link UseCase#commit()}).
 */
public interface Action {
    /** The Action name on the wire, e.g. {@code CreateSecret}. */
    String name();

    /** The inbound ports this action may call (two for the tagging actions: one for secrets, one for keys). */
    List<UseCase> useCases();

    Object handle(Call call);
}
