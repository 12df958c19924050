package kmsecrets.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.rotation.AutomaticRotation;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretMetadata;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretVersion;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.Tag;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.SecretTypes;

/** Rebuilds the Secret aggregate from its rows, field by field. */
final class SecretAssembler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SecretTypes types;

    SecretAssembler(SecretTypes types) {
        this.types = types;
    }

    Secret assemble(SecretRow row, List<SecretVersionRow> versionRows) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < row.tagKeys().size(); i++) {
            tags.add(new Tag(row.tagKeys().get(i), row.tagValues().get(i)));
        }
        SecretMetadata metadata = new SecretMetadata(new AccountId(row.accountId()), new SecretName(row.name()),
                types.named(row.secretType()), row.description(), row.encryptionKeyId(), tags,
                Optional.ofNullable(row.extendedConfig()).map(SecretAssembler::config), rotation(row),
                row.createdAt());
        List<SecretVersion> versions = new ArrayList<>();
        Map<StageLabel, VersionId> stages = new LinkedHashMap<>();
        for (SecretVersionRow v : versionRows) {
            VersionId id = new VersionId(v.versionId());
            versions.add(new SecretVersion(id, SecretDataType.parse(v.dataType()),
                    new SealedValue(v.keyId(), v.keyVersionId(), v.sealedValue()), v.createdAt()));
            v.stages().forEach(stage -> stages.put(new StageLabel(stage), id));
        }
        return Secret.restore(metadata, row.revision(), row.updatedAt(), Optional.ofNullable(row.plannedDeleteAt()),
                versions, stages);
    }

    private static RotationPolicy rotation(SecretRow row) {
        return new RotationPolicy(AutomaticRotation.fromWireName(row.automaticRotation()),
                Optional.ofNullable(row.rotationIntervalSeconds())
                        .map(seconds -> new RotationInterval(Duration.ofSeconds(seconds))),
                Optional.ofNullable(row.lastRotationAt()), Optional.ofNullable(row.nextRotationAt()),
                row.rotationFailures());
    }

    static ExtendedConfig config(String json) {
        try {
            return new ExtendedConfig(json, JSON.readValue(json, new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored ExtendedConfig is not JSON", e);
        }
    }
}
