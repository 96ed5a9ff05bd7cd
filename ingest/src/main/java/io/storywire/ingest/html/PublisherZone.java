package io.storywire.ingest.html;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * The publisher's time zone, for dates given in UTC: a page stamped {@code 2022-11-06T23:00:00Z} by a German site
 * was published on the 7th of its readers' day. The country comes from the host's country-code domain, else from
 * the region of the page's {@code lang} ("es-CO"); only countries with one main zone are listed. Unknown: null.
 */
final class PublisherZone {

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("de", "Europe/Berlin"), Map.entry("at", "Europe/Vienna"), Map.entry("ch", "Europe/Zurich"),
            Map.entry("fr", "Europe/Paris"), Map.entry("it", "Europe/Rome"), Map.entry("es", "Europe/Madrid"),
            Map.entry("nl", "Europe/Amsterdam"), Map.entry("be", "Europe/Brussels"), Map.entry("pl", "Europe/Warsaw"),
            Map.entry("cz", "Europe/Prague"), Map.entry("dk", "Europe/Copenhagen"), Map.entry("se", "Europe/Stockholm"),
            Map.entry("no", "Europe/Oslo"), Map.entry("fi", "Europe/Helsinki"), Map.entry("uk", "Europe/London"),
            Map.entry("gb", "Europe/London"), Map.entry("ie", "Europe/Dublin"), Map.entry("pt", "Europe/Lisbon"),
            Map.entry("gr", "Europe/Athens"), Map.entry("hu", "Europe/Budapest"), Map.entry("ro", "Europe/Bucharest"),
            Map.entry("tr", "Europe/Istanbul"), Map.entry("ua", "Europe/Kyiv"), Map.entry("lu", "Europe/Luxembourg"),
            Map.entry("jp", "Asia/Tokyo"), Map.entry("kr", "Asia/Seoul"), Map.entry("cn", "Asia/Shanghai"),
            Map.entry("tw", "Asia/Taipei"), Map.entry("hk", "Asia/Hong_Kong"), Map.entry("sg", "Asia/Singapore"),
            Map.entry("in", "Asia/Kolkata"), Map.entry("nz", "Pacific/Auckland"), Map.entry("za", "Africa/Johannesburg"),
            Map.entry("ar", "America/Argentina/Buenos_Aires"), Map.entry("bo", "America/La_Paz"),
            Map.entry("cl", "America/Santiago"), Map.entry("co", "America/Bogota"), Map.entry("pe", "America/Lima"),
            Map.entry("ve", "America/Caracas"), Map.entry("ec", "America/Guayaquil"), Map.entry("uy", "America/Montevideo"),
            Map.entry("py", "America/Asuncion"), Map.entry("gt", "America/Guatemala"), Map.entry("hn", "America/Tegucigalpa"),
            Map.entry("sv", "America/El_Salvador"), Map.entry("ni", "America/Managua"), Map.entry("cr", "America/Costa_Rica"),
            Map.entry("pa", "America/Panama"), Map.entry("cu", "America/Havana"), Map.entry("do", "America/Santo_Domingo"),
            Map.entry("pr", "America/Puerto_Rico"), Map.entry("jm", "America/Jamaica"), Map.entry("bs", "America/Nassau"),
            Map.entry("bz", "America/Belize"), Map.entry("tt", "America/Port_of_Spain"), Map.entry("bb", "America/Barbados"),
            Map.entry("ky", "America/Cayman"), Map.entry("aw", "America/Aruba"));

    private PublisherZone() {
    }

    static ZoneId of(Document doc, String url) {
        String country = null;
        if (url != null) {
            String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "").toLowerCase(Locale.ROOT);
            int dot = host.lastIndexOf('.');
            if (dot > 0) {
                country = host.substring(dot + 1);
            }
        }
        if (country == null || !ZONES.containsKey(country)) {
            String lang = doc.select("html[lang]").attr("lang").toLowerCase(Locale.ROOT);
            int dash = Math.max(lang.indexOf('-'), lang.indexOf('_'));
            country = dash > 0 ? lang.substring(dash + 1) : null;
        }
        String zone = country == null ? null : ZONES.get(country);
        return zone == null ? null : ZoneId.of(zone);
    }

    /** A UTC time with a time of day, seen in the publisher's zone; any other value as it was written. */
    static OffsetDateTime localise(OffsetDateTime d, ZoneId zone) {
        if (zone == null || !d.getOffset().equals(ZoneOffset.UTC) || d.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return d;
        }
        return d.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
