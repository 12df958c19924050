package kmsecrets.application.port.in;

/** An access key as the CLI lists it; never its secret. */
public record AccessKeyInfo(String accessKeyId, String principal, boolean root, boolean enabled) {
}
