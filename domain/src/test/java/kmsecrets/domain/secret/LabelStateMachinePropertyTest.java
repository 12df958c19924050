package kmsecrets.domain.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.DomainException;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.type.GenericSecretType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of PutSecretValue and UpdateSecretVersionStage on one secret; after every step, accepted or
 * refused, the label invariants hold.
 */
class LabelStateMachinePropertyTest {
    private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");
    private static final List<String> LABELS = List.of("ACSCurrent", "ACSPrevious", "Blue", "Green", "L1", "L2", "L3",
            "L4", "L5", "L6", "L7");

    sealed interface Op permits Put, Move {
    }

    record Put(List<String> labels) implements Op {
    }

    record Move(String label, Optional<Integer> removeFrom, Optional<Integer> moveTo) implements Op {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<String> label = Arbitraries.of(LABELS);
        Arbitrary<Op> put = label.list().ofMaxSize(3).map(Put::new);
        Arbitrary<Optional<Integer>> version = Arbitraries.integers().between(0, 40).optional();
        Arbitrary<Op> move = Combinators.combine(label, version, version).as(Move::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, put), net.jqwik.api.Tuple.of(2, move))
                .list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void labelInvariantsHoldAfterEveryStep(@ForAll("operations") List<Op> operations) {
        Secret secret = Secret.create(new SecretMetadata(new AccountId("1234567890123456"), new SecretName("p"),
                new GenericSecretType(), "", "key-1", List.of(), Optional.empty(), RotationPolicy.DISABLED, T0),
                List.of(version(0)));
        Set<String> everCreated = new HashSet<>(List.of("v0"));
        int next = 1;
        for (Op op : operations) {
            Map<StageLabel, VersionId> before = Map.copyOf(secret.stages());
            List<VersionId> versionsBefore = secret.versions().stream().map(SecretVersion::id).toList();
            try {
                if (op instanceof Put put) {
                    Set<StageLabel> labels = new LinkedHashSet<>();
                    put.labels().forEach(l -> labels.add(new StageLabel(l)));
                    List<VersionId> purged = secret.putVersion(version(next), labels, T0.plusSeconds(next));
                    everCreated.add("v" + next);
                    next++;
                    checkPurge(secret, purged, versionsBefore);
                    assertThat(secret.labelsOf(id(next - 1))).as("exactly the requested labels")
                            .containsExactlyInAnyOrderElementsOf(labels.isEmpty() ? Set.of(StageLabel.CURRENT) : labels);
                    if (labels.contains(StageLabel.PREVIOUS)) {
                        assertThat(secret.stages().get(StageLabel.PREVIOUS)).isEqualTo(id(next - 1));
                    } else if (labels.isEmpty() || labels.contains(StageLabel.CURRENT)) {
                        assertThat(secret.stages().get(StageLabel.PREVIOUS)).as("the old current became previous")
                                .isEqualTo(before.get(StageLabel.CURRENT));
                    } else {
                        assertThat(secret.stages().get(StageLabel.CURRENT)).isEqualTo(before.get(StageLabel.CURRENT));
                    }
                } else if (op instanceof Move move) {
                    secret.moveStage(new StageLabel(move.label()), move.removeFrom().map(LabelStateMachinePropertyTest::id),
                            move.moveTo().map(LabelStateMachinePropertyTest::id), T0);
                    if (move.label().equals("ACSCurrent") && move.moveTo().isPresent()
                            && !id(move.moveTo().get()).equals(before.get(StageLabel.CURRENT))) {
                        assertThat(secret.stages().get(StageLabel.PREVIOUS)).isEqualTo(before.get(StageLabel.CURRENT));
                    }
                }
            } catch (DomainException refused) {
                assertThat(secret.stages()).as("a refused step changes nothing").isEqualTo(before);
                assertThat(secret.versions().stream().map(SecretVersion::id).toList()).isEqualTo(versionsBefore);
            }
            checkInvariants(secret, everCreated);
        }
    }

    /** Only unlabelled versions go, and the oldest of them first. */
    private static void checkPurge(Secret secret, List<VersionId> purged, List<VersionId> versionsBefore) {
        if (purged.isEmpty()) {
            return;
        }
        assertThat(secret.versions()).hasSize(Secret.MAX_VERSIONS);
        assertThat(secret.stages().values()).doesNotContainAnyElementsOf(purged);
        int newestPurged = purged.stream().mapToInt(versionsBefore::indexOf).max().orElseThrow();
        secret.versions().stream().map(SecretVersion::id).filter(id -> secret.labelsOf(id).isEmpty())
                .forEach(unlabelled -> {
                    int position = versionsBefore.indexOf(unlabelled);
                    assertThat(position == -1 || position > newestPurged)
                            .as("unlabelled %s kept while an older one went", unlabelled).isTrue();
                });
    }

    private static void checkInvariants(Secret secret, Set<String> everCreated) {
        Set<VersionId> ids = new HashSet<>();
        secret.versions().forEach(v -> ids.add(v.id()));
        assertThat(secret.stages()).containsKey(StageLabel.CURRENT);
        assertThat(ids).as("every label names a stored version").containsAll(secret.stages().values());
        assertThat(secret.stages()).as("at most 8 distinct labels").hasSizeLessThanOrEqualTo(8);
        assertThat(secret.versions()).as("at most 10 versions").hasSizeLessThanOrEqualTo(Secret.MAX_VERSIONS);
        assertThat(ids.stream().map(VersionId::value).toList()).as("only versions that were put")
                .allMatch(everCreated::contains);
        List<SecretVersion> order = new ArrayList<>(secret.versions());
        for (int i = 1; i < order.size(); i++) {
            assertThat(order.get(i).createdAt()).isAfterOrEqualTo(order.get(i - 1).createdAt());
        }
    }

    private static VersionId id(int n) {
        return new VersionId("v" + n);
    }

    private static SecretVersion version(int n) {
        return new SecretVersion(id(n), SecretDataType.TEXT, new SealedValue("key-1", "key-1-v1", new byte[] {(byte) n}),
                T0.plusSeconds(n));
    }
}
