package io.storywire.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Where publishers put the article text, by the class and id names content systems give the container, from the
 * most specific ("entry-content", itemprop articleBody) to the most generic (the first {@code <main>}); the order
 * and the names are trafilatura's BODY_XPATH.
 */
final class ContentContainers {

    private static final Set<String> TAGS = Set.of("article", "div", "main", "section");

    private record Attrs(String tag, String cls, String id, String itemprop, String role) {
        static Attrs of(Element e) {
            return new Attrs(e.normalName(), e.className().toLowerCase(Locale.ROOT),
                    e.id().toLowerCase(Locale.ROOT), e.attr("itemprop"), e.attr("role").toLowerCase(Locale.ROOT));
        }

        boolean cls(String... parts) {
            for (String p : parts) {
                if (cls.contains(p)) {
                    return true;
                }
            }
            return false;
        }

        boolean id(String... parts) {
            for (String p : parts) {
                if (id.contains(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The tiers, tried in order; within a tier the first matching element of the page wins. */
    private static final List<Predicate<Attrs>> TIERS = List.of(
            a -> TAGS.contains(a.tag) && (a.cls.equals("post") || a.cls.equals("entry")
                    || a.cls("post-text", "post_text", "post-body", "post-entry", "postentry", "post-content",
                            "post_content", "postcontent", "post_inner_wrapper", "article-text", "articletext",
                            "entry-content", "article-content", "article__content", "article-body",
                            "article__body", "articlebody", "page-content", "text-content", "body-text",
                            "article__container", "art-content")
                    || a.id("entry-content", "article-content", "article__content", "article-body", "article__body",
                            "articlebody", "articlecontent", "body-text", "art-content")
                    || a.itemprop.equals("articleBody")),
            a -> a.tag.equals("article"),
            a -> TAGS.contains(a.tag) && (a.cls("post-bodycopy", "storycontent", "story-content", "theme-content",
                    "blog-content", "section-content", "single-content", "single-post", "main-column",
                    "wpb_text_column", "story-body", "field-body", "fulltext")
                    || a.cls.equals("postarea") || a.cls.equals("art-postcontent") || a.id.startsWith("primary")
                    || a.cls.startsWith("article ") || a.cls.equals("text") || a.id.equals("article")
                    || a.cls.equals("cell") || a.id.equals("story") || a.cls.equals("story")
                    || a.id("story-body") || a.role.equals("article")),
            a -> TAGS.contains(a.tag) && (a.cls("content-main", "content_main", "content-body", "content__body",
                    "main-content", "page-content") || a.id("content-main", "content-body", "contentbody",
                    "main-content") || a.id.equals("content") || a.cls.equals("content")),
            a -> a.tag.equals("main") || (TAGS.contains(a.tag) && (a.cls.startsWith("main") || a.id.startsWith("main")
                    || a.role.startsWith("main"))));

    private ContentContainers() {
    }

    static int tiers() {
        return TIERS.size();
    }

    /** The first element of the page that tier {@code tier} names, or null. */
    static Element find(Element root, int tier) {
        Predicate<Attrs> p = TIERS.get(tier);
        for (Element e : root.getAllElements()) {
            if (e != root && p.test(Attrs.of(e))) {
                return e;
            }
        }
        return null;
    }
}
