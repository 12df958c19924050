package kmsecrets.application.service;

import java.time.Clock;
import java.util.List;
import kmsecrets.application.port.in.PolicyAdministration;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.domain.access.PolicyDocument;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.IdentityNotFound;
import kmsecrets.domain.secret.Documents;

/** Policy documents: validated against the supported grammar before they are stored. */
public final class PolicyAdministrationService implements PolicyAdministration {
    private static final int MAX_DOCUMENT_BYTES = 32_768;

    private final IdentityRepository identities;
    private final Documents documents;
    private final Clock clock;

    public PolicyAdministrationService(IdentityRepository identities, Documents documents, Clock clock) {
        this.identities = identities;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void createPolicy(AccountId account, String policyName, String documentJson) {
        if (documentJson.length() > MAX_DOCUMENT_BYTES) {
            throw new InvalidValue("PolicyDocument", "at most 32768 characters");
        }
        PolicyDocument.read(documents.parse(documentJson)
                .orElseThrow(() -> new InvalidValue("PolicyDocument", "not well-formed JSON")));
        identities.savePolicy(account, IdentityNames.policy(policyName), documentJson, clock.instant());
    }

    @Override
    public void attachPolicy(AccountId account, String policyName, String userName) {
        if (!identities.attach(account, policyName, userName)) {
            throw new IdentityNotFound("The policy or the user is not found.");
        }
    }

    @Override
    public void detachPolicy(AccountId account, String policyName, String userName) {
        if (!identities.detach(account, policyName, userName)) {
            throw new IdentityNotFound("The policy is not attached to that user.");
        }
    }

    @Override
    public List<PolicyInfo> listPolicies(AccountId account) {
        return identities.policies(account).stream()
                .map(p -> new PolicyInfo(p.policyName(), p.users())).toList();
    }
}
