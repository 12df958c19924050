package kmsecrets.application.port.in;

import kmsecrets.domain.error.InvalidValue;

/** A page request: number from 1, size 1 to 100. */
public record Page(int number, int size) {
    public Page {
        if (number < 1) {
            throw new InvalidValue("PageNumber", "must be at least 1");
        }
        if (size < 1 || size > 100) {
            throw new InvalidValue("PageSize", "must lie between 1 and 100");
        }
    }

    public long offset() {
        return (long) (number - 1) * size;
    }
}
