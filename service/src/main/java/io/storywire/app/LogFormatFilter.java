package io.storywire.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Locale;

/**
 * Lets an appender of logback.xml write only when its format is the one asked for: {@code -Dstorywire.log.format}
 * or else {@code STORYWIRE_LOG_FORMAT}, "text" (default) or "json", any case. Any other value gives text, so a typo
 * never leaves the console silent.
 */
public final class LogFormatFilter extends Filter<ILoggingEvent> {

    private String format = "text";
    private boolean mine;

    /** The format of the appender this filter guards; set from logback.xml. */
    public void setFormat(String format) {
        this.format = format.toLowerCase(Locale.ROOT);
    }

    @Override
    public void start() {
        mine = format.equals(chosen());
        super.start();
    }

    static String chosen() {
        String v = System.getProperty("storywire.log.format");
        if (v == null || v.isBlank()) {
            v = System.getenv("STORYWIRE_LOG_FORMAT");
        }
        return v != null && v.trim().equalsIgnoreCase("json") ? "json" : "text";
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return mine ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
