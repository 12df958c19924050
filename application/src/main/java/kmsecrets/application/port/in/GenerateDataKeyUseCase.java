package kmsecrets.application.port.in;

/** GenerateDataKey and GenerateDataKeyWithoutPlaintext: the data key comes from the CSPRNG and is never stored. */
public interface GenerateDataKeyUseCase extends UseCase {
    DataKey generateDataKey(GenerateDataKeyCommand command);
}
