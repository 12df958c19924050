package kmsecrets.adapter.rest.error;

/**
 * A refusal decided at the edge, already in Alibaba terms (signature, time window, throttling, unknown action,
 * malformed parameters). Its message is shown to the caller, so it never carries secret material.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiError missing(String parameter) {
        return new ApiError(400, "MissingParameter",
                "The input parameter \"" + parameter + "\" that is mandatory for processing this request is not supplied.");
    }

    public static ApiError invalid(String parameter, String problem) {
        return new ApiError(400, "InvalidParameter", "The parameter " + parameter + " is invalid: " + problem + ".");
    }
}
