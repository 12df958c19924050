package kmsecrets.application.port.in;

import java.util.List;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.SecretValue;

/** Administration (CLI) of access keys; a new key's secret is returned once and stored only wrapped. */
public interface AccessKeyAdministration {
    NewAccessKey createAccessKey(AccountId account, String userName);

    List<AccessKeyInfo> listAccessKeys(AccountId account, Optional<String> userName);

    void setAccessKeyEnabled(AccountId account, String accessKeyId, boolean enabled);

    void deleteAccessKey(AccountId account, String accessKeyId);

    record NewAccessKey(String accessKeyId, SecretValue secret) {
    }

    record AccessKeyInfo(String accessKeyId, String principal, boolean root, boolean enabled) {
    }
}
