package kmsecrets.application.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kmsecrets.application.port.in.AuditTrail;
import kmsecrets.application.port.in.AuditedCalls;
import kmsecrets.application.port.in.Commit;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.AuditLog.SealedEvent;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.audit.AuditChain;
import kmsecrets.domain.audit.AuditEvent;

/** Audited calls (fail-closed: the event in the call's transaction) and the trail's search and verification. */
public final class AuditService implements AuditedCalls, AuditTrail {
    private static final int PAGE = 1_000;

    private final AuditLog log;
    private final Transactions transactions;

    public AuditService(AuditLog log, Transactions transactions) {
        this.log = log;
        this.transactions = transactions;
    }

    /**
     * A change and its event commit in one transaction. A read has nothing to commit: its event is committed after
     * it, on its own, and the reply waits for that commit, so no value leaves the service unrecorded.
     */
    @Override
    public <T> T succeed(AuditEvent event, Commit commit, Supplier<T> call) {
        if (commit == Commit.AFTER_WORK) {
            T result = call.get();
            log.append(event.withResult(AuditEvent.SUCCESS));
            return result;
        }
        return transactions.inTransaction(() -> {
            T result = call.get();
            log.append(event.withResult(AuditEvent.SUCCESS));
            return result;
        });
    }

    @Override
    public void refused(AuditEvent event) {
        transactions.inTransaction(() -> {
            log.append(event);
            return event;
        });
    }

    @Override
    public List<AuditEvent> search(Optional<Instant> since, Optional<String> action, Optional<String> user,
                                   int limit) {
        return log.search(since, action, user, limit);
    }

    @Override
    public Verification verify() {
        while (log.seal(PAGE) > 0) {
            // seal everything committed so far, so that the check covers it
        }
        byte[] link = AuditChain.GENESIS;
        long position = 0;
        long checked = 0;
        List<SealedEvent> page;
        do {
            page = log.chain(position, PAGE);
            for (SealedEvent sealed : page) {
                link = AuditChain.link(link, sealed.event());
                checked++;
                if (sealed.position() != checked || !Arrays.equals(link, sealed.link())) {
                    return new Verification(false, checked, Optional.of(sealed.position()));
                }
                position = sealed.position();
            }
        } while (page.size() == PAGE);
        return new Verification(true, checked, Optional.empty());
    }
}
