package kmsecrets.application.port.out;

import java.util.Optional;
import java.util.function.Supplier;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;

/** A rotator that passes every call on, except what a test overrides; it says whether it creates accounts. */
class ForwardingRotator implements CredentialRotator {
    final CredentialRotator delegate;
    private final boolean createsAccounts;

    ForwardingRotator(CredentialRotator delegate, boolean admitsItCannotCreate) {
        this.delegate = delegate;
        this.createsAccounts = !admitsItCannotCreate;
    }

    @Override
    public String engine() {
        return delegate.engine();
    }

    @Override
    public boolean createsAccounts() {
        return createsAccounts;
    }

    @Override
    public Credential next(Target target, String account, Class<? extends Credential> kind,
                           Supplier<String> passwords) {
        return delegate.next(target, account, kind, passwords);
    }

    @Override
    public void checkAdministrator(Target target) {
        delegate.checkAdministrator(target);
    }

    @Override
    public void requireAccount(Target target, Credential credential) {
        delegate.requireAccount(target, credential);
    }

    @Override
    public void create(Target target, Credential credential, AccountSpec spec) {
        delegate.create(target, credential, spec);
    }

    @Override
    public void remove(Target target, Credential credential) {
        delegate.remove(target, credential);
    }

    @Override
    public void apply(Target target, Credential next, Optional<Credential> replaced) {
        delegate.apply(target, next, replaced);
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        return delegate.tryLogin(target, credential);
    }
}
