package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The canary of the managed-secret tests: every credential the service handed out (or was handed) is absent from
 * its log and from every row of its database, as text and as hex (a {@code bytea} dump).
 */
final class LeakCanary {
    private LeakCanary() {
    }

    /** Fails naming nothing secret; {@code atLeast} guards against a test that collected nothing. */
    static void neverStoredOrLogged(ServiceProcess service, Collection<String> secrets, int atLeast) throws Exception {
        assertThat(secrets).as("credentials the test saw").hasSizeGreaterThanOrEqualTo(atLeast);
        String log = service.output();
        String everyRow = service.dumpEveryTable();
        for (String secret : secrets) {
            String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
            assertThat(log.contains(secret) || log.contains(hex)).as("a credential is in the service log").isFalse();
            assertThat(everyRow.contains(secret) || everyRow.contains(hex)).as("a credential is in the database")
                    .isFalse();
        }
    }
}
