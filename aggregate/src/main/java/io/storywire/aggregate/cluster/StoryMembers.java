package io.storywire.aggregate.cluster;

import io.storywire.core.config.StorywireConfig;
import java.util.Locale;

/**
 * Keys of the story membership slice: {@code {story id}|{position}|{article id}}, the position the article's place in
 * the order the story's articles joined (0 for the first), zero-padded so that a story's members scan in that order.
 * A merge gives the absorbed story's members the positions after the survivor's own. The story record itself keeps only
 * the newest few ({@code aggregate.story.articles.max}), so a story of thousands of articles stays a small record.
 */
public final class StoryMembers {

    /** How many of its newest articles a story record lists. */
    public static final String MAX_ARTICLES = "aggregate.story.articles.max";
    /** Its default, as StorywireConfigDef defines it. */
    public static final int DEFAULT_MAX_ARTICLES = maxArticles(StorywireConfig.defaults());

    /** Enough digits for any int, so positions sort as numbers. */
    private static final int DIGITS = 10;

    private StoryMembers() {
    }

    public static int maxArticles(StorywireConfig cfg) {
        return cfg.getInt(MAX_ARTICLES);
    }

    /** Every member key of the story starts with this. */
    public static String prefix(String storyId) {
        return storyId + "|";
    }

    public static String key(String storyId, int position, String articleId) {
        return prefix(storyId) + String.format(Locale.ROOT, "%0" + DIGITS + "d", position) + "|" + articleId;
    }

    /**
     * Whether a key found under {@link #prefix} really is one of this story's: another story whose id continues this
     * one's with a '|' would share the prefix, but not the position that follows it.
     */
    public static boolean isOf(String storyId, String key) {
        String p = prefix(storyId);
        if (!key.startsWith(p) || key.length() <= p.length() + DIGITS || key.charAt(p.length() + DIGITS) != '|') {
            return false;
        }
        for (int i = p.length(); i < p.length() + DIGITS; i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The article id of a member key of {@code storyId}. */
    public static String articleId(String storyId, String key) {
        return key.substring(prefix(storyId).length() + DIGITS + 1);
    }
}
