package kmsecrets.application.service;

import kmsecrets.application.port.in.AttachPolicyUseCase;
import kmsecrets.application.port.in.PolicyAttachmentCommand;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.domain.error.IdentityNotFound;

/** AttachPolicy: both the policy and the user must exist. */
public final class AttachPolicyService implements AttachPolicyUseCase {
    private final IdentityRepository identities;

    public AttachPolicyService(IdentityRepository identities) {
        this.identities = identities;
    }

    @Override
    public void attachPolicy(PolicyAttachmentCommand command) {
        if (!identities.attach(command.account(), command.policyName(), command.userName())) {
            throw new IdentityNotFound("The policy or the user is not found.");
        }
    }
}
