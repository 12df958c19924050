/**
 * Domain failures. Each carries a fixed {@link kmsecrets.domain.error.Reason}; only the REST adapter maps a
 * reason to an Alibaba error code and HTTP status. Messages are safe to show: they never carry values.
 */
package kmsecrets.domain.error;
