package kmsecrets.bootstrap.wiring;

import java.util.List;
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.adapter.rest.action.BatchGetSecretValueAction;
import kmsecrets.adapter.rest.action.CreateSecretAction;
import kmsecrets.adapter.rest.action.DeleteSecretAction;
import kmsecrets.adapter.rest.action.DescribeSecretAction;
import kmsecrets.adapter.rest.action.GetRandomPasswordAction;
import kmsecrets.adapter.rest.action.GetSecretValueAction;
import kmsecrets.adapter.rest.action.ListSecretVersionIdsAction;
import kmsecrets.adapter.rest.action.ListSecretsAction;
import kmsecrets.adapter.rest.action.PutSecretValueAction;
import kmsecrets.adapter.rest.action.RestoreSecretAction;
import kmsecrets.adapter.rest.action.RotateSecretAction;
import kmsecrets.adapter.rest.action.UpdateSecretAction;
import kmsecrets.adapter.rest.action.UpdateSecretRotationPolicyAction;
import kmsecrets.adapter.rest.action.UpdateSecretVersionStageAction;
import kmsecrets.application.port.in.CreateSecretUseCase;
import kmsecrets.application.port.in.DescribeSecretUseCase;
import kmsecrets.application.port.in.GetSecretValueUseCase;
import kmsecrets.application.port.in.ListSecretTagsUseCase;
import kmsecrets.application.port.in.PurgeDeletedSecretsUseCase;
import kmsecrets.application.port.in.RotateDueSecretsUseCase;
import kmsecrets.application.port.in.RotateSecretUseCase;
import kmsecrets.application.port.in.TagSecretsUseCase;
import kmsecrets.application.port.in.UntagSecretsUseCase;
import kmsecrets.application.service.BatchGetSecretValueService;
import kmsecrets.application.service.CreateSecretService;
import kmsecrets.application.service.DeleteSecretService;
import kmsecrets.application.service.DescribeSecretService;
import kmsecrets.application.service.GetRandomPasswordService;
import kmsecrets.application.service.GetSecretValueService;
import kmsecrets.application.service.ListSecretTagsService;
import kmsecrets.application.service.ListSecretVersionIdsService;
import kmsecrets.application.service.ListSecretsService;
import kmsecrets.application.service.PurgeDeletedSecretsService;
import kmsecrets.application.service.PutSecretValueService;
import kmsecrets.application.service.RestoreSecretService;
import kmsecrets.application.service.RotateDueSecretsService;
import kmsecrets.application.service.RotateSecretService;
import kmsecrets.application.service.SecretRotations;
import kmsecrets.application.service.SecretChanges;
import kmsecrets.application.service.TagSecretsService;
import kmsecrets.application.service.UntagSecretsService;
import kmsecrets.application.service.UpdateSecretRotationPolicyService;
import kmsecrets.application.service.UpdateSecretService;
import kmsecrets.application.service.UpdateSecretVersionStageService;

/** Step 2a: the secret use cases (one service each) and the REST actions that drive them. */
final class SecretWiring {
    final CreateSecretUseCase createSecret;
    final GetSecretValueUseCase getSecretValue;
    final DescribeSecretUseCase describeSecret;
    final RotateSecretUseCase rotateSecret;
    final RotateDueSecretsUseCase rotateDue;
    final PurgeDeletedSecretsUseCase purge;
    /** Tagging serves secrets and keys in the same actions; KeyWiring builds those. */
    final TagSecretsUseCase tag;
    final UntagSecretsUseCase untag;
    final ListSecretTagsUseCase listTags;
    final List<Action> actions;

    SecretWiring(DrivenAdapters out) {
        var lookup = out.lookup;
        var clock = out.clock;
        createSecret = new CreateSecretService(out.secrets, out.rotationLedger, out.encryptionKeys, out.envelope,
                out.session, out.authorization, out.types, out.documents, out.ids, out.settings, out.targets,
                out.rotation, clock);
        GetSecretValueService getValue = new GetSecretValueService(lookup, out.encryptionKeys, out.envelope,
                out.authorization);
        getSecretValue = getValue;
        describeSecret = new DescribeSecretService(lookup);
        SecretRotations rotations = new SecretRotations(out.secrets, out.rotationLedger, out.encryptionKeys,
                out.envelope, out.targets, out.session, out.auditLog, out.rotationLog, out.ids, out.documents,
                out.settings, out.rotation, clock);
        rotateSecret = new RotateSecretService(lookup, out.rotationLedger, rotations, out.session, out.rotation,
                clock);
        rotateDue = new RotateDueSecretsService(out.rotationLedger, rotations, out.session, out.rotation, clock);
        purge = new PurgeDeletedSecretsService(out.secrets, out.session, out.settings, clock);
        SecretChanges changes = new SecretChanges(lookup, out.secrets, out.session);
        tag = new TagSecretsService(changes, clock);
        untag = new UntagSecretsService(changes, clock);
        listTags = new ListSecretTagsService(lookup, out.secrets, out.authorization);

        actions = List.of(
                new CreateSecretAction(createSecret),
                new GetSecretValueAction(getSecretValue),
                new BatchGetSecretValueAction(new BatchGetSecretValueService(lookup, getValue, out.authorization)),
                new PutSecretValueAction(new PutSecretValueService(lookup, out.secrets, out.encryptionKeys,
                        out.envelope, out.session, out.authorization, clock)),
                new UpdateSecretVersionStageAction(new UpdateSecretVersionStageService(changes, clock)),
                new ListSecretVersionIdsAction(new ListSecretVersionIdsService(lookup)),
                new DescribeSecretAction(describeSecret),
                new UpdateSecretAction(new UpdateSecretService(changes, out.documents, clock)),
                new ListSecretsAction(new ListSecretsService(lookup, out.secrets, out.authorization)),
                new DeleteSecretAction(new DeleteSecretService(lookup, out.secrets, out.session, clock)),
                new RestoreSecretAction(new RestoreSecretService(changes, clock)),
                new RotateSecretAction(rotateSecret),
                new UpdateSecretRotationPolicyAction(new UpdateSecretRotationPolicyService(changes, clock)),
                new GetRandomPasswordAction(new GetRandomPasswordService(out.randomNumbers, out.authorization)));
    }
}
