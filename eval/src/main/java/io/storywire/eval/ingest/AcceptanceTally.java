package io.storywire.eval.ingest;

import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.ingest.parse.ParseOutcome;
import io.storywire.ingest.parse.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What ingest made of one part of a set in one form: how many items it accepted, as articles or headlines, the
 * flags it set, and each rejection by id and reason (never the text: the sets may not be copied).
 */
public final class AcceptanceTally {

    private int items;
    private int articles;
    private int headlines;
    private final Map<String, Integer> flags = new TreeMap<>();
    private final List<String> rejections = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    void add(String id, ParseOutcome outcome) {
        items++;
        if (outcome.rejections().isEmpty() && outcome.articles().size() == 1) {
            Article a = outcome.articles().get(0);
            if (a.headlineOnly()) {
                headlines++;
            } else {
                articles++;
            }
            for (ArticleFlag f : a.flags()) {
                flags.merge(f.code(), 1, Integer::sum);
                details.add(id + "\t" + f.code() + "\t" + f.evidence());
            }
            return;
        }
        if (outcome.rejections().isEmpty()) {
            rejections.add(id + ": " + outcome.articles().size() + " articles from one item");
            return;
        }
        for (Rejection r : outcome.rejections()) {
            rejections.add(id + ": " + r.reason() + (r.field() == null ? "" : " (" + r.field() + ")"));
            details.add(id + "\trejected:" + r.reason() + "\t" + r.detail());
        }
    }

    public int items() {
        return items;
    }

    public int accepted() {
        return articles + headlines;
    }

    public int articles() {
        return articles;
    }

    public int headlines() {
        return headlines;
    }

    /** Accepted share; 1 for an empty part (nothing was lost). */
    public double acceptedShare() {
        return items == 0 ? 1.0 : (double) accepted() / items;
    }

    /** Items flagged, by flag code. */
    public Map<String, Integer> flags() {
        return Map.copyOf(flags);
    }

    /** "id: reason (field)" of each rejection. */
    public List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** "id, flag or rejection, evidence" of each flag and rejection: for a developer's look, written under /tmp. */
    public List<String> details() {
        return List.copyOf(details);
    }
}
