package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link IdGenerator} must do; run by the predictable double and by the CSPRNG adapter. */
public abstract class IdGeneratorContract {
    protected abstract IdGenerator ids();

    @Test
    void idsHaveTheirDocumentedShapes() {
        assertThat(ids().newKeyId()).matches("key-[a-z0-9]{21}");
        String keyId = ids().newKeyId();
        assertThat(ids().newKeyVersionId(keyId)).startsWith(keyId + "-");
        assertThat(ids().newAccessKeyId()).startsWith("LTAI");
        assertThat(ids().newVersionId()).isNotBlank();
        assertThat(ids().newAccessKeySecret()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void noIdComesTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(seen.add(ids().newKeyId())).isTrue();
            assertThat(seen.add(ids().newVersionId())).isTrue();
            assertThat(seen.add(ids().newAccessKeyId())).isTrue();
        }
    }
}
