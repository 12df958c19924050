package kmsecrets.adapter.canary;

/** Deliberately wrong: a Repository that is not an outbound port. */
public interface CanaryRepository {
}
