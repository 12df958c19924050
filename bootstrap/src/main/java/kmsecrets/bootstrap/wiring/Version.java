package kmsecrets.bootstrap.wiring;

import picocli.CommandLine.IVersionProvider;

/** This build's version, from the packaged jar's manifest ({@code Implementation-Version}); "dev" outside the jar. */
public final class Version implements IVersionProvider {
    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** For {@code kmsecrets --version}. */
    @Override
    public String[] getVersion() {
        return new String[] {"kmsecrets " + current()};
    }
}
