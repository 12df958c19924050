package kmsecrets.application.port.in;

import java.util.List;
import kmsecrets.domain.account.AccountId;

/** Administration (CLI) of the account's users: principals that sign with access keys of their own. */
public interface UserAdministration {
    void createUser(AccountId account, String userName);

    List<String> listUsers(AccountId account);

    /** Deletes the user with its access keys and policy attachments. */
    void deleteUser(AccountId account, String userName);
}
