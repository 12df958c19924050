package kmsecrets.domain.error;

/** A value is malformed, out of range or inconsistent with another value. Names the parameter, never the value. */
public final class InvalidValue extends DomainException {
    private final String parameter;

    public InvalidValue(String parameter, String problem) {
        super(Reason.INVALID_VALUE, "The parameter " + parameter + " is invalid: " + problem + ".");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
