package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.key.AliasName;

/** CreateAlias and UpdateAlias: an alias and the key (by id only) it names. */
public record AliasCommand(@NotNull Caller caller, @NotNull AliasName alias, @NotNull String keyId) {
    public AliasCommand(Caller caller, AliasName alias, String keyId) {
        this.caller = caller;
        this.alias = alias;
        this.keyId = keyId;
        CommandValidation.check(this);
    }

    @AssertTrue(message = "KeyId must be a key id here, not an alias or ARN")
    boolean isKeyIdPlain() {
        return keyId == null || !(keyId.startsWith("alias/") || keyId.startsWith("acs:"));
    }
}
