package kmsecrets.application.service;

import kmsecrets.application.port.in.DetachPolicyUseCase;
import kmsecrets.application.port.in.PolicyAttachmentCommand;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.domain.error.IdentityNotFound;

/** DetachPolicy: the policy must be attached to that user. */
public final class DetachPolicyService implements DetachPolicyUseCase {
    private final IdentityRepository identities;

    public DetachPolicyService(IdentityRepository identities) {
        this.identities = identities;
    }

    @Override
    public void detachPolicy(PolicyAttachmentCommand command) {
        if (!identities.detach(command.account(), command.policyName(), command.userName())) {
            throw new IdentityNotFound("The policy is not attached to that user.");
        }
    }
}
