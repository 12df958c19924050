package kmsecrets.application.service;

import kmsecrets.application.port.out.AliasRepository;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.AliasNotFound;
import kmsecrets.domain.error.KeyNotFound;
import kmsecrets.domain.key.AliasName;

/** Turns a KeyId parameter (key id, key ARN, alias or alias ARN) into a key id of the caller's account. */
public final class KeyResolver {
    private final AliasRepository aliases;
    private final ServiceSettings settings;

    public KeyResolver(AliasRepository aliases, ServiceSettings settings) {
        this.aliases = aliases;
        this.settings = settings;
    }

    String keyId(Caller caller, String reference) {
        Arns arns = new Arns(settings.region(), caller.account());
        String local = reference;
        if (reference.startsWith("acs:")) {
            String ours = arns.key("").substring(0, arns.key("").length() - "key/".length());
            if (!reference.startsWith(ours)) {
                throw new KeyNotFound("The specified key is not found.");
            }
            local = reference.substring(ours.length());
            if (local.startsWith("key/")) {
                local = local.substring("key/".length());
            }
        }
        if (local.startsWith("alias/")) {
            AliasName alias = new AliasName(local);
            return aliases.keyOf(caller.account(), alias)
                    .orElseThrow(() -> new AliasNotFound("The specified alias is not found."));
        }
        return local;
    }
}
