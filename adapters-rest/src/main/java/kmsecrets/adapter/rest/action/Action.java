package kmsecrets.adapter.rest.action;

import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.UseCase;
import kmsecrets.domain.access.Arns;

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

    /**
     * The resource the action's audit event names whatever the request's parameters say, for an action that is not
     * about a secret, key or alias (GetRandomPassword: {@code *}; the audit trail's own actions: its ARN). Empty, the
     * event names what the parameters point at, or the secret container.
     */
    default Optional<String> auditedResource(Arns arns) {
        return Optional.empty();
    }
}
