package kmsecrets.application.port.in;

/** ListKeyVersions: the versions of one key, oldest first. */
public interface ListKeyVersionsUseCase extends ReadUseCase {
    KeyVersionPage listKeyVersions(KeyPageQuery query);
}
