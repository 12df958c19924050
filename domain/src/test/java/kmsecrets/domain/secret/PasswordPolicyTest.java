package kmsecrets.domain.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import kmsecrets.domain.error.InvalidValue;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final Random random = new Random(42);

    private static PasswordPolicy policy(int length, String exclude, boolean lower, boolean upper, boolean numbers,
                                         boolean punctuation, boolean each) {
        return new PasswordPolicy(length, exclude, lower, upper, numbers, punctuation, each);
    }

    @Test
    void everyIncludedClassAppearsWhenRequired() {
        for (int i = 0; i < 200; i++) {
            String p = policy(8, "", false, false, false, false, true).generate(random::nextInt).asText();
            assertThat(p).hasSize(8).matches(".*[a-z].*").matches(".*[A-Z].*").matches(".*[0-9].*")
                    .matches(".*[!-/:-@\\[-`{-~].*");
        }
    }

    @Test
    void excludedClassesAndCharactersNeverAppear() {
        String p = policy(128, "abc", false, true, true, true, true).generate(random::nextInt).asText();
        assertThat(p).hasSize(128).matches("[d-z]+");
    }

    @Test
    void impossiblePoliciesAreRefused() {
        assertThatThrownBy(() -> policy(7, "", false, false, false, false, true)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> policy(129, "", false, false, false, false, true)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> policy(8, "", true, true, true, true, true)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> policy(8, "0123456789", true, true, false, true, true))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> policy(8, "é", false, false, false, false, true)).isInstanceOf(InvalidValue.class);
    }
}
