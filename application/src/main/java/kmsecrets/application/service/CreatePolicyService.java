package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.CreatePolicyCommand;
import kmsecrets.application.port.in.CreatePolicyUseCase;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.domain.access.PolicyDocument;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.Documents;

/** CreatePolicy: the document is read with the same grammar authorization uses before it is stored. */
public final class CreatePolicyService implements CreatePolicyUseCase {
    private static final int MAX_DOCUMENT_BYTES = 32_768;

    private final IdentityRepository identities;
    private final Documents documents;
    private final Clock clock;

    public CreatePolicyService(IdentityRepository identities, Documents documents, Clock clock) {
        this.identities = identities;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void createPolicy(CreatePolicyCommand command) {
        if (command.documentJson().length() > MAX_DOCUMENT_BYTES) {
            throw new InvalidValue("PolicyDocument", "at most 32768 characters");
        }
        PolicyDocument.read(documents.parse(command.documentJson())
                .orElseThrow(() -> new InvalidValue("PolicyDocument", "not well-formed JSON")));
        identities.savePolicy(command.account(), IdentityNames.policy(command.policyName()), command.documentJson(),
                clock.instant());
    }
}
