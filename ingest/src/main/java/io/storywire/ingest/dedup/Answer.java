package io.storywire.ingest.dedup;

/**
 * A band group's answer to a {@link Probe}: the best earlier near-copy among the candidates its bands found, or
 * none ({@code candidateId} null).
 *
 * @param originalId the first article of the candidate's group (the candidate itself when it is no copy)
 */
public record Answer(String articleId, int group, String candidateId, String originalId, double similarity) {

    public static Answer none(String articleId, int group) {
        return new Answer(articleId, group, null, null, 0);
    }

    public boolean found() {
        return candidateId != null;
    }
}
