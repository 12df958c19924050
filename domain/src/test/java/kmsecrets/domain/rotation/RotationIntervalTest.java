package kmsecrets.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kmsecrets.domain.error.InvalidValue;
import org.junit.jupiter.api.Test;

class RotationIntervalTest {
    @Test
    void everyUnitParsesToSeconds() {
        assertThat(RotationInterval.parse("7d").seconds()).isEqualTo(604_800);
        assertThat(RotationInterval.parse("168h").seconds()).isEqualTo(604_800);
        assertThat(RotationInterval.parse("360m").seconds()).isEqualTo(21_600);
        assertThat(RotationInterval.parse("31536000s").seconds()).isEqualTo(31_536_000);
    }

    @Test
    void boundsAreSixTo8760Hours() {
        assertThat(RotationInterval.parse("6h").seconds()).isEqualTo(21_600);
        assertThat(RotationInterval.parse("8760h").seconds()).isEqualTo(31_536_000);
        assertThatThrownBy(() -> RotationInterval.parse("21599s")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> RotationInterval.parse("8761h")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void onlyIntegerAndUnitIsAccepted() {
        for (String bad : new String[] {"7", "d", "7D", "7 d", "1.5d", "-7d", "7w", "", "99999999999999d"}) {
            assertThatThrownBy(() -> RotationInterval.parse(bad)).as(bad).isInstanceOf(InvalidValue.class);
        }
    }
}
