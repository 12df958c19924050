package kmsecrets.domain.secret;

import java.time.Duration;
import kmsecrets.domain.error.InvalidValue;

/** How long a deleted secret stays restorable: 7 to 30 days, 30 by default. */
public record RecoveryWindow(int days) {
    public static final RecoveryWindow DEFAULT = new RecoveryWindow(30);

    public RecoveryWindow {
        if (days < 7 || days > 30) {
            throw new InvalidValue("RecoveryWindowInDays", "must lie between 7 and 30");
        }
    }

    public Duration length() {
        return Duration.ofDays(days);
    }
}
