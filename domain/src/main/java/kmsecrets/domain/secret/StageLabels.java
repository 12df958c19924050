package kmsecrets.domain.secret;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.QuotaExceeded;

/**
 * The stage labels of one secret: each names at most one version. The only place where the ACSCurrent /
 * ACSPrevious hand-over happens: whenever ACSCurrent moves, the version that loses it becomes ACSPrevious.
 */
final class StageLabels {
    /** Distinct labels one secret may carry, built-ins included. */
    static final int MAX_LABELS = 8;

    private final Map<StageLabel, VersionId> byLabel;

    StageLabels(Map<StageLabel, VersionId> labels) {
        this.byLabel = new LinkedHashMap<>(labels);
    }

    Optional<VersionId> holder(StageLabel label) {
        return Optional.ofNullable(byLabel.get(label));
    }

    Set<StageLabel> on(VersionId version) {
        Set<StageLabel> labels = new LinkedHashSet<>();
        byLabel.forEach((label, holder) -> {
            if (holder.equals(version)) {
                labels.add(label);
            }
        });
        return labels;
    }

    boolean labelled(VersionId version) {
        return byLabel.containsValue(version);
    }

    /** Points the label at the version, taking it from any other; moving ACSCurrent hands ACSPrevious on. */
    void attach(StageLabel label, VersionId version) {
        VersionId previousHolder = byLabel.put(label, version);
        if (label.equals(StageLabel.CURRENT) && previousHolder != null && !previousHolder.equals(version)) {
            byLabel.put(StageLabel.PREVIOUS, previousHolder);
        }
    }

    /** Removes a custom label from the version that holds it; the built-ins can only move. */
    void detach(StageLabel label, VersionId from) {
        if (label.equals(StageLabel.CURRENT) || label.equals(StageLabel.PREVIOUS)) {
            throw new InvalidValue("VersionStage", "ACSCurrent and ACSPrevious can only be moved, not removed");
        }
        if (!from.equals(byLabel.get(label))) {
            throw new InvalidValue("RemoveFromVersion", "the version does not carry that stage label");
        }
        byLabel.remove(label);
    }

    void refuseTooMany() {
        if (byLabel.size() > MAX_LABELS) {
            throw new QuotaExceeded("A secret carries at most 8 distinct stage labels.");
        }
    }

    Map<StageLabel, VersionId> asMap() {
        return Collections.unmodifiableMap(byLabel);
    }
}
