package kmsecrets.application.port.in;

/** ListKeys: the account's keys, oldest first. */
public interface ListKeysUseCase extends ReadUseCase {
    KeyPage listKeys(PageQuery query);
}
