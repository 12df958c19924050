package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.GetRandomPasswordCommand;
import kmsecrets.application.port.in.GetRandomPasswordUseCase;
import kmsecrets.domain.secret.PasswordPolicy;
import kmsecrets.domain.access.Arns;

/** GetRandomPassword; RequireEachIncludedType defaults to true. */
public final class GetRandomPasswordAction implements Action {
    private final GetRandomPasswordUseCase useCase;

    public GetRandomPasswordAction(GetRandomPasswordUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "GetRandomPassword";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    /** The password is drawn from no resource: RAM policies name it {@code *}. */
    @Override
    public Optional<String> auditedResource(Arns arns) {
        return Optional.of("*");
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        PasswordPolicy policy = new PasswordPolicy(p.integer("PasswordLength").orElse(PasswordPolicy.DEFAULT_LENGTH),
                p.optional("ExcludeCharacters").orElse(""), p.bool("ExcludeLowercase", false),
                p.bool("ExcludeUppercase", false), p.bool("ExcludeNumbers", false),
                p.bool("ExcludePunctuation", false), p.bool("RequireEachIncludedType", true));
        return new Reply(call.requestId(), useCase.getRandomPassword(new GetRandomPasswordCommand(call.caller(), policy))
                .asText());
    }

    @JsonPropertyOrder({"RequestId", "RandomPassword"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("RandomPassword") String randomPassword) {
        @Override
        public String toString() {
            return "GetRandomPassword.Reply[redacted]";
        }
    }
}
