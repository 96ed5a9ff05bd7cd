package io.storywire.ingest.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What page furniture looks like in markup: the tag, class and id patterns by which trafilatura (Barbaresi 2021)
 * recognises navigation, footers, related links, share and newsletter prompts, tag lists, comment sections,
 * hidden parts, teasers and captions. Attribute values are compared in lower case. Paywall notices are kept: the
 * article checks need to see them.
 */
final class Boilerplate {

    /** Elements that never hold article text: removed from the whole page before anything else. */
    static final Set<String> NEVER_TEXT = Set.of("aside", "embed", "footer", "form", "head", "iframe", "menu",
            "object", "script", "applet", "audio", "canvas", "figure", "map", "picture", "svg", "video", "area",
            "blink", "button", "datalist", "dialog", "frame", "frameset", "fieldset", "link", "input", "ins",
            "label", "legend", "marquee", "math", "menuitem", "nav", "noindex", "noscript", "optgroup", "option",
            "output", "param", "progress", "rp", "rt", "rtc", "select", "source", "style", "track", "textarea",
            "use", "template", "figcaption");

    /** The containers that the class rules apply to (trafilatura's div, item, list, p, section, span). */
    private static final Set<String> CONTAINERS = Set.of("div", "li", "ul", "ol", "dl", "p", "section", "span",
            "article", "table");

    private static final String[] CLASS_OR_ID_CONTAINS = {"footer", "related", "viral", "social", "sociable",
            "syndication", "newsletter", "cookie", "tags", "sidebar", "banner", "menu", "breadcrumb",
            "bread-crumb", "author", "button", "copyright"};
    private static final String[] CLASS_CONTAINS = {"share-", "jp-", "embed", "subnav", "tag-list", "bar", "meta",
            "byline", "rating", "widget", "attachment", "timestamp", "user-info", "user-profile", "-ad-", "-icon",
            "article-infos", "infoline", "outbrain", "taboola", "criteo", "options", "expand", "consent",
            "modal-content", "obfuscated", "blurred", "next-", "side-stories",
            "most-popular", "mol-factbox", "message-container", "permission", "lightbox", "slide",
            "viewport", "teaser", "caption", "promo", "recommend", "read-more", "readmore", "more-stories",
            "subscribe", "signup", "sign-up", "print-only", "screen-reader", "sr-only", "visually-hidden"};
    private static final String[] ID_CONTAINS = {"share", "nav", "jp-", "dpsp-content", "message_container",
            "teaser", "caption", "promo", "subscribe"};

    private Boilerplate() {
    }

    /** Furniture by its class or id: navigation, related links, share rows, tag lists, bylines, teasers... */
    static boolean isFurniture(Element e) {
        String tag = e.normalName();
        String cls = e.className().toLowerCase(Locale.ROOT);
        String id = e.id().toLowerCase(Locale.ROOT);
        if (isHiddenOrComment(e, cls, id)) {
            return true;
        }
        if (!CONTAINERS.contains(tag) || (cls.isEmpty() && id.isEmpty() && !e.hasAttr("role"))) {
            return false;
        }
        for (String s : CLASS_OR_ID_CONTAINS) {
            if (cls.contains(s) || id.contains(s)) {
                return true;
            }
        }
        for (String s : CLASS_CONTAINS) {
            if (cls.contains(s)) {
                return true;
            }
        }
        for (String s : ID_CONTAINS) {
            if (id.contains(s)) {
                return true;
            }
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        return id.startsWith("shar") || cls.startsWith("shar") || cls.startsWith("nav") || cls.contains("navigation")
                || cls.startsWith("post-nav") || role.contains("nav") || role.equals("complementary")
                || (" " + cls + " ").contains(" ad ") || cls.startsWith("ad-") || id.startsWith("ad-")
                || cls.equals("ad") || id.equals("ad") || isComments(cls, id);
    }

    /** Comment sections (trafilatura's REMOVE_COMMENTS_XPATH). */
    private static boolean isComments(String cls, String id) {
        return id.startsWith("comment") || cls.startsWith("comment") || cls.contains("article-comments")
                || cls.contains("post-comments") || id.startsWith("comol") || id.startsWith("disqus_thread")
                || id.startsWith("dsq-comments") || id.startsWith("respond") || cls.contains("comments-area")
                || cls.contains("commentlist") || id.contains("commentlist") || cls.contains("comment-list")
                || id.contains("comment-list");
    }

    /** Hidden parts and comment debris, whatever the tag. */
    private static boolean isHiddenOrComment(Element e, String cls, String id) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden")
                || "true".equals(e.attr("aria-hidden")) || e.hasAttr("hidden")
                || cls.contains("comments-title") || cls.contains("nocomments") || id.startsWith("reply-")
                || cls.startsWith("reply-") || cls.contains("-reply-") || id.contains("reader-comments")
                || id.contains("akismet") || cls.contains("akismet") || cls.contains("suggest-links")
                || cls.startsWith("hide-") || cls.contains("-hide-") || cls.contains("hide-print")
                || (" " + cls + " ").contains(" hide ") || (" " + cls + " ").contains(" hidden ")
                || id.contains("hidden") || cls.contains("noprint") || cls.contains("notloaded");
    }
}
