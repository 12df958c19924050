package kmsecrets.application.port.in;

/** master-key status takes no parameters. */
public record MasterKeyStatusQuery() {
}
