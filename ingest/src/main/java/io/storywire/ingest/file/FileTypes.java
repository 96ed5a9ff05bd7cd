package io.storywire.ingest.file;

import java.nio.file.Path;
import java.util.Locale;

/** The content type a file's extension promises; null lets the parser sniff. */
public final class FileTypes {

    private FileTypes() {
    }

    public static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "json" -> "application/json";
            case "txt", "text" -> "text/plain";
            case "html", "htm", "xhtml" -> "text/html";
            case "rss", "xml" -> "application/rss+xml";
            case "atom" -> "application/atom+xml";
            default -> null;
        };
    }

    /** Files a loader skips: hidden, editor and partial downloads, our own .error notes. */
    public static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp") || name.endsWith(".part")
                || name.endsWith(".crdownload") || name.endsWith(".error");
    }
}
