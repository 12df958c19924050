package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.AccountQuery;
import kmsecrets.application.port.in.ListPoliciesUseCase;
import kmsecrets.application.port.in.PolicyInfo;
import kmsecrets.application.port.out.IdentityRepository;

/** ListPolicies: names and attached users. */
public final class ListPoliciesService implements ListPoliciesUseCase {
    private final IdentityRepository identities;

    public ListPoliciesService(IdentityRepository identities) {
        this.identities = identities;
    }

    @Override
    public List<PolicyInfo> listPolicies(AccountQuery query) {
        return identities.policies(query.account()).stream()
                .map(p -> new PolicyInfo(p.policyName(), p.users())).toList();
    }
}
