package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.RotationLedger.Intent;
import kmsecrets.application.port.out.RotationLedger.SecretRef;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.KeyVersion;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretTestData;
import kmsecrets.domain.secret.SecretVersion;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.type.RdsSecretType;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RotationLedger} must do; run by the in-memory double and by the PostgreSQL adapter. The ledger
 * lives beside the secrets: {@link #secrets()} is the same store.
 */
public abstract class RotationLedgerContract {
    protected static final AccountId ACCOUNT = new AccountId("1234567890123456");
    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    protected abstract RotationLedger ledger();

    protected abstract SecretRepository secrets();

    /** The id of a customer key that exists in the store. */
    protected abstract String keyId();

    /** A managed secret rotating every 7 days from NOW, stored. */
    private SecretName managed(String name) {
        secrets().insert(SecretTestData.rds(name).key(keyId()).ciphertext(1, 2).rotatingEvery("7d").build(),
                Long.MAX_VALUE);
        return new SecretName(name);
    }

    private SealedValue sealed() {
        return new SealedValue(keyId(), KeyVersion.initialId(keyId()), new byte[] {1, 2});
    }

    private Intent intent(SecretName name, Instant leaseUntil) {
        return new Intent(ACCOUNT, name, new VersionId("r1"), sealed(), true, NOW, leaseUntil);
    }

    @Test
    void anIntentIsFoundUntilItEnds() {
        SecretName name = managed("rds/a");
        ledger().begin(intent(name, NOW.plusSeconds(300)));
        assertThat(ledger().find(ACCOUNT, name)).hasValueSatisfying(i -> {
            assertThat(i.versionId()).isEqualTo(new VersionId("r1"));
            assertThat(i.sealed()).isEqualTo(sealed());
            assertThat(i.automatic()).isTrue();
        });
        ledger().end(ACCOUNT, name);
        assertThat(ledger().find(ACCOUNT, name)).isEmpty();
    }

    @Test
    void onlyIntentsWhoseLeaseRanOutAreClaimedAndTheirLeaseMoves() {
        SecretName expired = managed("rds/expired");
        SecretName running = managed("rds/running");
        ledger().begin(intent(expired, NOW.minusSeconds(1)));
        ledger().begin(intent(running, NOW.plusSeconds(300)));
        List<Intent> claimed = ledger().claimExpired(NOW, NOW.plusSeconds(600), 10);
        assertThat(claimed).extracting(Intent::name).containsExactly(expired);
        assertThat(ledger().find(ACCOUNT, expired).orElseThrow().leaseUntil()).isEqualTo(NOW.plusSeconds(600));
        assertThat(ledger().claimExpired(NOW, NOW.plusSeconds(600), 10)).as("claimed once").isEmpty();
        ledger().postpone(ACCOUNT, running, NOW.minusSeconds(5));
        assertThat(ledger().claimExpired(NOW, NOW.plusSeconds(600), 10)).extracting(Intent::name)
                .containsExactly(running);
    }

    @Test
    void aSecretIsDueWhenItsDatePassedAndNoRotationRuns() {
        SecretName due = managed("rds/due");
        SecretName busy = managed("rds/busy");
        ledger().begin(intent(busy, NOW.plusSeconds(300)));
        assertThat(ledger().due(NOW.plusSeconds(6L * 24 * 3600), 10)).as("not yet").isEmpty();
        assertThat(ledger().due(NOW.plusSeconds(8L * 24 * 3600), 10)).containsExactly(new SecretRef(ACCOUNT, due));
    }

    @Test
    void callsAreCountedAgainstTheHourlyLimit() {
        assertThat(ledger().countCall(ACCOUNT, NOW, 2)).isTrue();
        assertThat(ledger().countCall(ACCOUNT, NOW.plusSeconds(1), 2)).isTrue();
        assertThat(ledger().countCall(ACCOUNT, NOW.plusSeconds(2), 2)).isFalse();
        assertThat(ledger().countCall(ACCOUNT, NOW.plusSeconds(3601), 2)).as("an hour later").isTrue();
    }
}
