package io.storywire.ingest.parse;

import java.util.Locale;

/** The payload formats ingest reads, by media type or by sniffing. */
public enum Format {
    JSON, TEXT, HTML, FEED;

    /** The format of a media type ("application/json; charset=utf-8"), or null when ingest does not read it. */
    public static Format ofMediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "application/json", "text/json" -> JSON;
            case "text/plain" -> TEXT;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
                 "application/feed+xml" -> FEED;
            default -> t.endsWith("+json") ? JSON : null;
        };
    }

    /**
     * A media type that says nothing about the content: what curl sends with {@code -d}, or raw bytes. The
     * payload is sniffed as if no type were given.
     */
    public static boolean saysNothing(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return t.equals("application/x-www-form-urlencoded") || t.equals("application/octet-stream")
                || t.equals("*/*");
    }

    /** The charset parameter of a media type, or null. */
    public static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                return kv[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    /** The format a payload's first characters show; plain text when nothing else fits. */
    public static Format sniff(String text) {
        String head = text.stripLeading();
        String lower = head.substring(0, Math.min(head.length(), 1024)).toLowerCase(Locale.ROOT);
        if (head.startsWith("{") || head.startsWith("[")) {
            return JSON;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
                || lower.startsWith("<rdf:rdf") || lower.startsWith("<item") || lower.startsWith("<entry")) {
            return lower.contains("<html") ? HTML : FEED;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || lower.startsWith("<body") || lower.startsWith("<article") || lower.startsWith("<!--")) {
            return HTML;
        }
        return TEXT;
    }
}
