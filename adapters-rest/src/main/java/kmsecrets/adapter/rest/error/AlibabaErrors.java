package kmsecrets.adapter.rest.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import kmsecrets.domain.error.DomainException;

/** The one table from failures to Alibaba replies; codes and messages as in the API reference. */
public final class AlibabaErrors {
    private AlibabaErrors() {
    }

    public static ApiError of(DomainException e) {
        return switch (e.reason()) {   // no default: a new Reason does not compile until mapped here
            case INVALID_VALUE -> new ApiError(400, "InvalidParameter", e.getMessage());
            case NOT_AUTHORIZED -> new ApiError(403, "Forbidden.NoPermission",
                    "You are not authorized to perform the operation.");
            case NOT_FOUND -> new ApiError(404, "Forbidden.ResourceNotFound", e.getMessage());
            case ALREADY_EXISTS -> new ApiError(409, "Rejected.ResourceExist", e.getMessage());
            case IN_DELETION_WINDOW -> new ApiError(409, "Rejected.ResourceInDeleteWindow", e.getMessage());
            case NOT_IN_DELETION_WINDOW -> new ApiError(409, "Rejected.ResourceInUse", e.getMessage());
            case QUOTA_EXCEEDED -> new ApiError(400, "Rejected.LimitExceeded", e.getMessage());
            case UNSUPPORTED_OPERATION -> new ApiError(400, "Rejected.UnsupportedOperation", e.getMessage());
            case KEY_NOT_FOUND -> new ApiError(404, "Forbidden.KeyNotFound", e.getMessage());
            case KEY_STATE_CONFLICT -> new ApiError(409, "Rejected.StateModifiedFailed", e.getMessage());
            case KEY_DISABLED -> new ApiError(409, "Rejected.Disabled", e.getMessage());
            case KEY_PENDING_DELETION -> new ApiError(409, "Rejected.PendingDeletion", e.getMessage());
            case KEY_VERSION_NOT_FOUND -> new ApiError(404, "Forbidden.KeyVersionNotFound", e.getMessage());
            case ALIAS_NOT_FOUND -> new ApiError(404, "Forbidden.AliasNotFound", e.getMessage());
            case ALIAS_EXISTS -> new ApiError(400, "AliasAlreadyExists", e.getMessage());
            case ROTATION_IN_PROGRESS -> new ApiError(409, "Rejected.ResourceInUse", e.getMessage());
            case ROTATION_THROTTLED -> new ApiError(429, "Rejected.Throttling", e.getMessage());
            case ROTATION_FAILED -> new ApiError(500, "InternalFailure", e.getMessage());
            case UNAVAILABLE -> new ApiError(503, "ServiceUnavailableTemporary", e.getMessage());
        };
    }

    /** A command refused by its constraints: InvalidParameter naming each broken rule. */
    public static ApiError of(ConstraintViolationException e) {
        String rules = e.getConstraintViolations().stream().map(AlibabaErrors::describe).sorted()
                .collect(Collectors.joining("; "));
        return new ApiError(400, "InvalidParameter", "The specified parameter is invalid: " + rules + ".");
    }

    private static String describe(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        // our own messages name the wire parameter; the library's defaults need the property path
        return Character.isUpperCase(message.charAt(0)) ? message : violation.getPropertyPath() + " " + message;
    }

    public static ApiError internalFailure() {
        return new ApiError(500, "InternalFailure", "An internal error occurred.");
    }
}
