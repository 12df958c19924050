package kmsecrets.domain.rotation;

/** The AutomaticRotation state reported for managed secrets. */
public enum AutomaticRotation {
    ENABLED("Enabled"),
    DISABLED("Disabled"),
    /** Configured but currently failing, until a rotation succeeds again. */
    INVALID("Invalid");

    private final String wireName;

    AutomaticRotation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AutomaticRotation fromWireName(String name) {
        for (AutomaticRotation state : values()) {
            if (state.wireName.equals(name)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown AutomaticRotation " + name);
    }
}
