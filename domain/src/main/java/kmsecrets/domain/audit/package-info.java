/** The audit trail: one event per API call, hash-chained so that an edited or removed event is detected. */
package kmsecrets.domain.audit;
