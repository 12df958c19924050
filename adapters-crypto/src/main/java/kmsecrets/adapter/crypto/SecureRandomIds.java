package kmsecrets.adapter.crypto;

import java.security.SecureRandom;
import kmsecrets.application.port.out.IdGenerator;

/** Identifiers and access key credentials drawn uniformly from a CSPRNG. */
public final class SecureRandomIds implements IdGenerator {
    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";

    private final SecureRandom random;

    public SecureRandomIds(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String newKeyId() {
        return "key-" + draw(LOWER_ALNUM, 21);
    }

    @Override
    public String newKeyVersionId(String keyId) {
        return keyId + "-" + draw(LOWER_ALNUM, 12);
    }

    @Override
    public String newVersionId() {
        return draw(HEX, 32);
    }

    @Override
    public String newAccessKeyId() {
        return "LTAI" + draw(ALNUM, 20);
    }

    @Override
    public String newAccessKeySecret() {
        return draw(ALNUM, 30);
    }

    private String draw(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
