package kmsecrets.application.port.in;

/** Tagging keys: all-or-nothing over the named keys; at most 20 tags a key. */
public interface TagKeysUseCase extends UseCase {
    void tagKeys(TagKeysCommand command);
}
