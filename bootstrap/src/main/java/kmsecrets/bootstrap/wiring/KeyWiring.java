package kmsecrets.bootstrap.wiring;

import java.util.List;
import kmsecrets.adapter.rest.action.Action;
import kmsecrets.adapter.rest.action.CancelKeyDeletionAction;
import kmsecrets.adapter.rest.action.CreateAliasAction;
import kmsecrets.adapter.rest.action.CreateKeyAction;
import kmsecrets.adapter.rest.action.CreateKeyVersionAction;
import kmsecrets.adapter.rest.action.DecryptAction;
import kmsecrets.adapter.rest.action.DeleteAliasAction;
import kmsecrets.adapter.rest.action.DescribeKeyAction;
import kmsecrets.adapter.rest.action.DescribeKeyVersionAction;
import kmsecrets.adapter.rest.action.DescribeRegionsAction;
import kmsecrets.adapter.rest.action.DisableKeyAction;
import kmsecrets.adapter.rest.action.EnableKeyAction;
import kmsecrets.adapter.rest.action.EncryptAction;
import kmsecrets.adapter.rest.action.GenerateDataKeyAction;
import kmsecrets.adapter.rest.action.GenerateDataKeyWithoutPlaintextAction;
import kmsecrets.adapter.rest.action.ListAliasesAction;
import kmsecrets.adapter.rest.action.ListAliasesByKeyIdAction;
import kmsecrets.adapter.rest.action.ListKeyVersionsAction;
import kmsecrets.adapter.rest.action.ListKeysAction;
import kmsecrets.adapter.rest.action.ListResourceTagsAction;
import kmsecrets.adapter.rest.action.ListTagResourcesAction;
import kmsecrets.adapter.rest.action.ReEncryptAction;
import kmsecrets.adapter.rest.action.ScheduleKeyDeletionAction;
import kmsecrets.adapter.rest.action.TagResourceAction;
import kmsecrets.adapter.rest.action.TagResourcesAction;
import kmsecrets.adapter.rest.action.UntagResourceAction;
import kmsecrets.adapter.rest.action.UntagResourcesAction;
import kmsecrets.adapter.rest.action.UpdateAliasAction;
import kmsecrets.adapter.rest.action.UpdateKeyDescriptionAction;
import kmsecrets.adapter.rest.action.UpdateRotationPolicyAction;
import kmsecrets.application.port.in.GenerateDataKeyUseCase;
import kmsecrets.application.port.in.ListKeyTagsUseCase;
import kmsecrets.application.port.in.RotateDueKeysUseCase;
import kmsecrets.application.port.in.DestroyDueKeysUseCase;
import kmsecrets.application.service.DestroyDueKeysService;
import kmsecrets.application.port.in.TagKeysUseCase;
import kmsecrets.application.port.in.UntagKeysUseCase;
import kmsecrets.application.service.AliasAccess;
import kmsecrets.application.service.CancelKeyDeletionService;
import kmsecrets.application.service.CreateAliasService;
import kmsecrets.application.service.CreateKeyService;
import kmsecrets.application.service.CreateKeyVersionService;
import kmsecrets.application.service.DecryptService;
import kmsecrets.application.service.DeleteAliasService;
import kmsecrets.application.service.DescribeKeyService;
import kmsecrets.application.service.DescribeKeyVersionService;
import kmsecrets.application.service.DescribeRegionsService;
import kmsecrets.application.service.DisableKeyService;
import kmsecrets.application.service.EnableKeyService;
import kmsecrets.application.service.EncryptService;
import kmsecrets.application.service.GenerateDataKeyService;
import kmsecrets.application.service.KeyAccess;
import kmsecrets.application.service.RotateDueKeysService;
import kmsecrets.application.service.KeyTagEdits;
import kmsecrets.application.service.ListAliasesByKeyIdService;
import kmsecrets.application.service.ListAliasesService;
import kmsecrets.application.service.ListKeyTagsService;
import kmsecrets.application.service.ListKeyVersionsService;
import kmsecrets.application.service.ListKeysService;
import kmsecrets.application.service.ReEncryptService;
import kmsecrets.application.service.ScheduleKeyDeletionService;
import kmsecrets.application.service.TagKeysService;
import kmsecrets.application.service.UntagKeysService;
import kmsecrets.application.service.UpdateAliasService;
import kmsecrets.application.service.UpdateKeyDescriptionService;
import kmsecrets.application.service.UpdateRotationPolicyService;

/**
 * Step 2b: customer master keys, their aliases and tags, the cryptographic operations, and the actions that tag
 * either family (they take the secret side's tagging use cases as well).
 */
final class KeyWiring {
    final RotateDueKeysUseCase rotateDue;
    final DestroyDueKeysUseCase destroyDue;
    final List<Action> actions;

    KeyWiring(DrivenAdapters out, SecretWiring secrets) {
        var clock = out.clock;
        KeyAccess access = new KeyAccess(out.keys, out.keyResolver, out.authorization, out.settings, out.session);
        AliasAccess aliases = new AliasAccess(out.aliases, access, out.authorization);
        GenerateDataKeyUseCase dataKeys = new GenerateDataKeyService(access, out.keyCipher, out.randomNumbers);
        KeyTagEdits tagEdits = new KeyTagEdits(access, out.keys, out.session);
        TagKeysUseCase tag = new TagKeysService(tagEdits);
        UntagKeysUseCase untag = new UntagKeysService(tagEdits);
        ListKeyTagsUseCase listTags = new ListKeyTagsService(access, out.keys);
        rotateDue = new RotateDueKeysService(out.keys, out.envelope, out.ids, out.session, clock);
        destroyDue = new DestroyDueKeysService(out.keys, out.session, clock);

        actions = List.of(
                new CreateKeyAction(new CreateKeyService(access, out.keys, out.envelope, out.ids, out.session, clock)),
                new DescribeKeyAction(new DescribeKeyService(access)),
                new ListKeysAction(new ListKeysService(access, out.keys)),
                new EnableKeyAction(new EnableKeyService(access)),
                new DisableKeyAction(new DisableKeyService(access)),
                new ScheduleKeyDeletionAction(new ScheduleKeyDeletionService(access, clock)),
                new CancelKeyDeletionAction(new CancelKeyDeletionService(access)),
                new UpdateKeyDescriptionAction(new UpdateKeyDescriptionService(access)),
                new UpdateRotationPolicyAction(new UpdateRotationPolicyService(access)),
                new CreateKeyVersionAction(new CreateKeyVersionService(access, out.keys, out.envelope, out.ids,
                        out.session, out.settings, clock)),
                new ListKeyVersionsAction(new ListKeyVersionsService(access, out.keys)),
                new DescribeKeyVersionAction(new DescribeKeyVersionService(access, out.keys)),
                new EncryptAction(new EncryptService(access, out.keyCipher)),
                new DecryptAction(new DecryptService(access, out.keyCipher)),
                new GenerateDataKeyAction(dataKeys),
                new GenerateDataKeyWithoutPlaintextAction(dataKeys),
                new ReEncryptAction(new ReEncryptService(access, out.keyCipher)),
                new CreateAliasAction(new CreateAliasService(aliases, access, out.aliases, out.session, clock)),
                new UpdateAliasAction(new UpdateAliasService(aliases, access, out.aliases, out.session)),
                new DeleteAliasAction(new DeleteAliasService(aliases, out.aliases)),
                new ListAliasesAction(new ListAliasesService(aliases)),
                new ListAliasesByKeyIdAction(new ListAliasesByKeyIdService(aliases, access)),
                new TagResourceAction(secrets.tag, tag),
                new UntagResourceAction(secrets.untag, untag),
                new TagResourcesAction(secrets.tag, tag),
                new UntagResourcesAction(secrets.untag, untag),
                new ListTagResourcesAction(secrets.listTags, listTags),
                new ListResourceTagsAction(listTags),
                new DescribeRegionsAction(new DescribeRegionsService(out.settings)));
    }
}
