package kmsecrets.application.port.in;

/** Administration: a disabled key signs nothing until enabled again. */
public interface SetAccessKeyEnabledUseCase extends UseCase {
    void setAccessKeyEnabled(SetAccessKeyEnabledCommand command);
}
