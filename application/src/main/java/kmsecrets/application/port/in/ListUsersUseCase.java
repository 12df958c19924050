package kmsecrets.application.port.in;

/** Administration: the account's user names. */
public interface ListUsersUseCase extends ReadUseCase {
    java.util.List<String> listUsers(AccountQuery query);
}
