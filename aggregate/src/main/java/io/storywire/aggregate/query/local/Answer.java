package io.storywire.aggregate.query.local;

/**
 * A value read from a store, and whether some part of it came from a standby replica (so it may lag behind).
 *
 * @param offsetLag how many changelog records the answering replica was behind, summed over parts; 0 when active
 */
public record Answer<T>(T value, boolean stale, long offsetLag) {

    public static <T> Answer<T> current(T value) {
        return new Answer<>(value, false, 0);
    }

    public <R> Answer<R> map(java.util.function.Function<T, R> f) {
        return new Answer<>(f.apply(value), stale, offsetLag);
    }
}
