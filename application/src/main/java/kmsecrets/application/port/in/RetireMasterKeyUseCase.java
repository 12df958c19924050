package kmsecrets.application.port.in;

/**
 * master-key retire: forgets a master key that is not primary and wraps nothing (with the copies of other keys'
 * material wrapped under it). A node started with it is refused afterwards; the key itself may then be destroyed.
 */
public interface RetireMasterKeyUseCase extends UseCase {
    void retire(RetireMasterKeyCommand command);
}
