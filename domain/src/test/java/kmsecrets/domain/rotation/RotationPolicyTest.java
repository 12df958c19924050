package kmsecrets.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RotationPolicyTest {
    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
    private static final RotationInterval SIX_HOURS = RotationInterval.parse("6h");

    @Test
    void enablingSchedulesOneIntervalAfterTheLastRotationOrCreationAndNeverInThePast() {
        Instant now = CREATED.plus(Duration.ofHours(1));
        assertThat(RotationPolicy.DISABLED.enable(SIX_HOURS, CREATED, now).nextRotation())
                .contains(CREATED.plus(Duration.ofHours(6)));
        Instant muchLater = CREATED.plus(Duration.ofDays(3));
        assertThat(RotationPolicy.DISABLED.enable(SIX_HOURS, CREATED, muchLater).nextRotation()).contains(muchLater);
    }

    @Test
    void aSuccessMovesBothDatesAndDisablingKeepsOnlyTheLastDate() {
        Instant at = CREATED.plus(Duration.ofDays(1));
        RotationPolicy rotated = RotationPolicy.enabled(SIX_HOURS, CREATED).succeeded(at);
        assertThat(rotated.lastRotation()).contains(at);
        assertThat(rotated.nextRotation()).contains(at.plus(Duration.ofHours(6)));
        RotationPolicy off = rotated.disable();
        assertThat(off.state()).isEqualTo(AutomaticRotation.DISABLED);
        assertThat(off.lastRotation()).contains(at);
        assertThat(off.nextRotation()).isEmpty();
        assertThat(off.interval()).isEmpty();
        assertThat(off.succeeded(at.plusSeconds(60)).lastRotation()).contains(at.plusSeconds(60));
    }

    @Test
    void failuresBackOffExponentiallyTurnInvalidAndASuccessHealsThem() {
        Duration base = Duration.ofMinutes(1);
        Instant t = CREATED.plus(Duration.ofHours(6));
        RotationPolicy p = RotationPolicy.enabled(SIX_HOURS, CREATED).failed(t, base, 3);
        assertThat(p.state()).isEqualTo(AutomaticRotation.ENABLED);
        assertThat(p.nextRotation()).contains(t.plus(base));
        p = p.failed(t, base, 3);
        assertThat(p.nextRotation()).contains(t.plus(base.multipliedBy(2)));
        p = p.failed(t, base, 3);
        assertThat(p.state()).isEqualTo(AutomaticRotation.INVALID);
        assertThat(p.failures()).isEqualTo(3);
        for (int i = 0; i < 30; i++) {
            p = p.failed(t, base, 3);
        }
        assertThat(p.nextRotation()).as("never later than one interval").contains(t.plus(Duration.ofHours(6)));
        RotationPolicy healed = p.succeeded(t.plusSeconds(5));
        assertThat(healed.state()).isEqualTo(AutomaticRotation.ENABLED);
        assertThat(healed.failures()).isZero();
    }

    @Test
    void dueOnlyWhenActiveAndTheDateHasCome() {
        RotationPolicy p = RotationPolicy.enabled(SIX_HOURS, CREATED);
        assertThat(p.dueAt(CREATED.plus(Duration.ofHours(6)).minusSeconds(1))).isFalse();
        assertThat(p.dueAt(CREATED.plus(Duration.ofHours(6)))).isTrue();
        assertThat(RotationPolicy.DISABLED.dueAt(CREATED)).isFalse();
    }
}
