package kmsecrets.application.port.in;

import java.util.List;
import kmsecrets.domain.account.AccountId;

/** Administration (CLI) of RAM-style policy documents and their attachment to users. */
public interface PolicyAdministration {
    /** Checks the document against the supported grammar, then stores it under the name (replacing one). */
    void createPolicy(AccountId account, String policyName, String documentJson);

    void attachPolicy(AccountId account, String policyName, String userName);

    void detachPolicy(AccountId account, String policyName, String userName);

    List<PolicyInfo> listPolicies(AccountId account);

    record PolicyInfo(String policyName, List<String> attachedUsers) {
    }
}
