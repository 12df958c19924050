package kmsecrets.application.port.in;

/** db-instance list: every registered instance; it takes no parameters. */
public record ListDatabaseInstancesQuery() {
}
