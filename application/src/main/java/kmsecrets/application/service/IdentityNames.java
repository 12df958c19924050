package kmsecrets.application.service;

import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/** Names of users and policies: 1 to 64 letters, digits and . _ - @; "root" is the account itself. */
final class IdentityNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private IdentityNames() {
    }

    static String user(String name) {
        if (!NAME.matcher(name).matches() || name.equals(ProvisionRootAccessKeyService.ROOT_PRINCIPAL)) {
            throw new InvalidValue("UserName", "1 to 64 letters, digits or . _ - @, and not root");
        }
        return name;
    }

    static String policy(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValue("PolicyName", "1 to 64 letters, digits or . _ - @");
        }
        return name;
    }
}
