package kmsecrets.application.port.in;

/** A rotation under way: from the key that was primary to the new one. */
public record MasterKeyRotation(String fromKeyId, String toKeyId) {
}
