package kmsecrets.application.port.in;

/** Untagging keys: all-or-nothing over the named keys. */
public interface UntagKeysUseCase extends UseCase {
    void untagKeys(UntagKeysCommand command);
}
