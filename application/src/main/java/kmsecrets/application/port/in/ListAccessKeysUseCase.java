package kmsecrets.application.port.in;

/** Administration: access keys, without their secrets. */
public interface ListAccessKeysUseCase extends ReadUseCase {
    java.util.List<AccessKeyInfo> listAccessKeys(ListAccessKeysQuery query);
}
