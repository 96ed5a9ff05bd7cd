package io.storywire.app;

/** Placeholder until the launcher lands. */
public final class StorywireCommand {
    public static void main(String[] args) {
        System.out.println("storywire");
    }
}
