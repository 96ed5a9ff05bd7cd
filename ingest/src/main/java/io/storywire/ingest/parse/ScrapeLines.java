package io.storywire.ingest.parse;

import io.storywire.ingest.text.DateParser;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that tell the parts of a scraped page apart by shape and vocabulary, not by site: they hold for any site
 * whose text was copied from a browser or a scraper (view counters, share rows, image alt texts, section labels,
 * author boxes, "Related Posts" tails).
 */
final class ScrapeLines {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern COUNTER = Pattern.compile(
            "^[\\d.,]+\\s*[km]?\\s*(views?|comments?|shares?|likes?|reads?|reactions?|min(ute)?s?\\.?(\\s+read(ing)?)?)$"
                    + "|^(reading|read) time\\s*:?.*\\d+\\s*min.*$|^\\d+\\s*min(ute)?s?\\.?\\s*(read|ago)?$", I);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^[a-z0-9]+(?:[-_][a-z0-9]+)+$|^(images?|photos?|thumbnail|thumb|img|picture|icon|logo|banner|avatar"
                    + "|placeholder|video|gallery|featured image|cover image)$|^\\S+\\.(jpe?g|png|gif|webp|svg|avif)$",
            I);
    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "tweet", "email", "e-mail", "print",
            "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "copy", "link",
            "save", "messenger", "on", "via", "pin", "flipboard", "threads", "bluesky", "mail", "url");
    private static final Pattern CHROME = Pattern.compile(
            "^(advertisements?|sponsored( content)?|ad|story continues below( advertisement)?|scroll to continue.*"
                    + "|skip to (main )?content|continue reading below|click to (share|print|email).*"
                    + "|(also read|read also|read more|must read|see also|related|recommended)\\s*[:|>-].*"
                    + "|(follow us|subscribe to our|sign up for our|join our|download our app)\\b.{0,120}"
                    + "|(photo|image|file photo|picture|photograph)s?\\s*(:|(credits?|by|courtesy)\\b).{0,160}"
                    + "|listen to (this )?(article|story).{0,40}|audio ?player|menu|search|sign in|log in|home)$",
            I);
    private static final Pattern END_MARKER = Pattern.compile(
            "^((related|more|similar|latest|recent|popular) (posts|articles|stories|news|reading|reads)\\b.*"
                    + "|you (may|might) (also )?(like|be interested)\\b.*|(tagged|tags|filed under|categories|category"
                    + "|topics)\\s*:.*|share (this|the) (article|story|post)\\b.*|leave a (comment|reply)\\b.*"
                    + "|\\+\\s*posts|\\d+\\s+posts|about the author\\b.*|disclaimer\\b.*|copyright\\b.*|©.*|\\(c\\) \\d{4}.*"
                    + "|.*all rights reserved.*|(previous|next) (article|post|story)\\b.*|post navigation|trending( now)?"
                    + "|most (read|popular)|more from\\b.*|read next|comments?|what do you think\\?|our standards\\b.*"
                    + "|\\d+\\s+(comments?|responses?|replies|thoughts on\\b.*)|comments?\\s*\\(\\d+\\)"
                    + "|join the (conversation|discussion)|(add|post|write) a comment)$", I);
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^(published|updated|posted|last updated|first published|date|modified)\\b\\s*(on|at)?\\s*:?\\s*", I);
    private static final Pattern RELATIVE_ONLY = Pattern.compile(
            "^((\\d+|an?|one)\\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago"
                    + "|today|yesterday|just now)$", I);
    /** Production credits that end wire copy: "Reporting by A; Editing by B". */
    private static final Pattern CREDIT = Pattern.compile(
            "^(\\(?(reporting|writing|editing|additional reporting|compiled|produced|edited) by\\b.{0,160})$", I);
    private static final Pattern SOURCE = Pattern.compile("^(source|publisher|published by|via)\\s*:\\s*(.{2,80})$", I);
    private static final Pattern BYLINE = Pattern.compile(
            "^(by|written by|author|words by|reported by|story by)\\s*:?\\s+(.{2,80})$", I);
    private static final Pattern BREADCRUMB = Pattern.compile("^home\\s*[>›»/|:]\\s*\\S.*|.*\\s[>›»/|]\\s.*\\s[>›»/|]\\s.*|.*\\s[›»]\\s.*", I);
    private static final Pattern BULLET = Pattern.compile("^[•·▪►*|>-]+\\s*");
    /** A person's name as bylines give it: one to four capitalised words, no sentence punctuation. */
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'-]*(\\s+(\\p{Lu}[\\p{L}.'-]*|de|da|van|von|der|bin|al|el|la|le)){0,4}$");
    private static final Set<String> GENERIC_AUTHORS = Set.of("admin", "administrator", "editor", "editors",
            "staff", "guest", "web desk", "news desk", "desk", "webmaster", "author", "team", "newsroom",
            "staff reporter", "staff writer", "our correspondent", "special correspondent", "editorial team",
            "editorial staff", "editorial board", "redacción", "rédaction", "redaktion");
    /** A name-like line that names a publisher, not a person: "VOA News", "Reuters Wire Service". */
    private static final Pattern PUBLISHER_NAME = Pattern.compile(
            ".*\\b(news|agency|press|wire|service|media|times|post|herald|tribune|gazette|journal)$", I);
    private static final Pattern DISCLAIMER = Pattern.compile(
            "does not necessarily reflect|do not necessarily reflect|views expressed|opinions expressed"
                    + "|all rights reserved|may not be (reproduced|republished)|as a public service"
                    + "|letters to the editor|(article|story) (was )?(originally )?(first )?published (on|by|in)"
                    + "|for informational purposes only|is a (news|media) (site|outlet|website)", I);
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"')\\]:;…]$");

    private ScrapeLines() {
    }

    static String stripBullet(String line) {
        return BULLET.matcher(line.strip()).replaceFirst("").strip();
    }

    static LineKind classify(String raw, Instant reference) {
        String line = stripBullet(raw);
        if (line.isEmpty()) {
            return LineKind.BLANK;
        }
        if (END_MARKER.matcher(line).matches()) {
            return LineKind.END_MARKER;
        }
        if (COUNTER.matcher(line).matches() || PLACEHOLDER.matcher(line).matches() || isShareRow(line)
                || CHROME.matcher(line).matches()) {
            return LineKind.CHROME;
        }
        if (SOURCE.matcher(line).matches()) {
            return LineKind.SOURCE;
        }
        if (isByline(line)) {
            return LineKind.BYLINE;
        }
        if (isDateLine(line, reference)) {
            return LineKind.DATE;
        }
        if (BREADCRUMB.matcher(line).matches() && !TERMINAL.matcher(line).find()) {
            return LineKind.BREADCRUMB;
        }
        return LineKind.TEXT;
    }

    /** "By Jane Doe and John Roe, Reuters", not "By Monday, the river had fallen." */
    private static boolean isByline(String line) {
        Matcher m = BYLINE.matcher(line);
        if (!m.matches() || words(line) > 8 || line.endsWith(".") && !line.matches(".*\\b\\p{Lu}\\.$")) {
            return false;
        }
        String[] names = m.group(2).split("[\\s,]+");
        long capitalised = java.util.Arrays.stream(names)
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        return capitalised * 2 >= names.length;
    }

    static boolean isDateLine(String line, Instant reference) {
        int w = words(line);
        if (w > 14) {
            return false;
        }
        if (DATE_PREFIX.matcher(line).find()) {
            return DateParser.find(line, reference).isPresent();
        }
        if (RELATIVE_ONLY.matcher(line).matches()) {
            return true;
        }
        // a bare line: only an absolute date, so "Markets Today" is no date line
        return w <= 9 && DateParser.find(line, reference).filter(f -> !f.relative()).isPresent()
                && !TERMINAL.matcher(line).find();
    }

    /** "Published ...", "Updated: ...": a line that says it gives the date. */
    static boolean hasDatePrefix(String line) {
        return DATE_PREFIX.matcher(stripBullet(line)).find();
    }

    static String dateText(String line) {
        return DATE_PREFIX.matcher(stripBullet(line)).replaceFirst("");
    }

    static String source(String line) {
        Matcher m = SOURCE.matcher(stripBullet(line));
        return m.matches() ? m.group(2).strip() : null;
    }

    static String byline(String line) {
        String names = bylineNames(line);
        if (names == null) {
            return null;
        }
        int comma = names.lastIndexOf(',');
        // "Jane Doe, Reuters" / "Jane Doe, Staff Writer": the part after the last comma is no person
        if (comma > 0 && bylineAffiliation(line) != null || comma > 0 && realAuthor(names.substring(comma + 1)) == null) {
            names = names.substring(0, comma);
        }
        return realAuthor(names);
    }

    /** The publisher a byline names after its last comma ("By Jane Doe, Reuters"), or null. */
    static String bylineAffiliation(String line) {
        String names = bylineNames(line);
        int comma = names == null ? -1 : names.lastIndexOf(',');
        if (comma < 0) {
            return null;
        }
        String tail = names.substring(comma + 1).strip();
        return tail.matches("\\p{Lu}[\\p{L}&.-]+") && !tail.contains(" ") || isPublisherName(tail) ? tail : null;
    }

    private static String bylineNames(String line) {
        Matcher m = BYLINE.matcher(stripBullet(line));
        return m.matches() ? m.group(2).replaceAll("[,;]\\s*$", "").strip() : null;
    }

    /** A byline value, or null when it names no one ("Admin", "Staff"). */
    static String realAuthor(String name) {
        if (name == null || name.isBlank() || GENERIC_AUTHORS.contains(name.toLowerCase(Locale.ROOT).strip())) {
            return null;
        }
        return name.strip();
    }

    static boolean isNameLike(String line) {
        return NAME.matcher(line).matches() && words(line) <= 5;
    }

    static boolean isPublisherName(String line) {
        return isNameLike(line) && PUBLISHER_NAME.matcher(line).matches();
    }

    static boolean isCredit(String line) {
        return CREDIT.matcher(line).matches() && !line.strip().startsWith("(");
    }

    static boolean isDisclaimer(String line) {
        return DISCLAIMER.matcher(line).find();
    }

    static boolean endsSentence(String line) {
        return TERMINAL.matcher(line.strip()).find();
    }

    /** A section label like "Asia Politics World": a few capitalised words, no digits, no punctuation. */
    static boolean isSectionLabel(String line) {
        return words(line) <= 3 && line.matches("[\\p{L}&' ]+")
                && java.util.Arrays.stream(line.split("\\s+"))
                .allMatch(t -> Character.isUpperCase(t.charAt(0)) || t.equals("&") || t.length() <= 3);
    }

    static boolean isShareRow(String line) {
        String[] tokens = line.toLowerCase(Locale.ROOT).split("[\\s|/,·•]+");
        if (tokens.length == 0 || tokens.length > 10) {
            return false;
        }
        for (String t : tokens) {
            if (!t.isEmpty() && !SHARE_WORDS.contains(t)) {
                return false;
            }
        }
        return true;
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
