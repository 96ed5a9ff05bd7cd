package io.storywire.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storywire.core.serde.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Distinct, realistic-looking news articles about the default topics (trade, Taiwan, North Korea, K-pop), written
 * from this class's own templates and word lists (no dev-set text). Each article retells one of a few dozen events,
 * so the aggregate has real stories to form, and carries figures derived from its number, so no two share a body
 * (ingest ids are content hashes). Its URL ends in its number: that is how a test finds it again downstream.
 */
final class NewsGenerator {

    static final String URL_PREFIX = "https://wire.example.net/story/";

    /** One news event: what every retelling of it says, in several wordings. */
    private record Event(String topic, String[] titles, String[] facts) {
    }

    private static final String[] SOURCES = {"Harbor Daily", "Eastern Courier", "Morning Ledger", "Pacific Dispatch",
        "Capital Herald", "Riverside Times", "Northern Star Wire", "Seoul Evening Post", "Island Monitor",
        "Continental Review"};

    private static final String[] ATTRIBUTIONS = {"officials said on %s", "a government spokesperson said on %s",
        "according to people familiar with the matter on %s", "analysts said on %s",
        "the ministry said in a statement on %s", "sources told reporters on %s"};

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private static final List<Event> EVENTS = List.of(
        // trade
        new Event("trade", new String[] {
            "Seoul seeks exemption as Washington raises steel tariffs",
            "South Korea presses US on steel tariff relief",
            "Korean steelmakers brace for higher US tariffs"}, new String[] {
            "South Korea's trade minister Yeo Han-koo asked Washington to exempt Korean steel from new tariffs",
            "the US Trade Representative said the tariff on steel imports would rise to %d percent next month",
            "steel exports to the United States fell by %d thousand tonnes in the first quarter",
            "Korean steelmakers warned that the trade dispute could cost them %d billion won this year"}),
        new Event("trade", new String[] {
            "China tightens rare earth export controls",
            "Beijing widens export curbs on rare earth metals",
            "Rare earth export controls rattle chipmakers"}, new String[] {
            "China's commerce ministry announced new export controls on %d rare earth elements used in magnets",
            "exporters must now seek a licence for every shipment above %d kilograms",
            "the export curbs are seen as retaliation in the trade war with Washington",
            "importers in Japan and South Korea said stockpiles would last about %d days"}),
        new Event("trade", new String[] {
            "Seoul and Tokyo agree on chip supply pact",
            "Korea and Japan sign semiconductor trade pact",
            "Chip supply trade pact links Seoul and Tokyo"}, new String[] {
            "South Korea and Japan signed a trade pact to coordinate semiconductor supply chains",
            "the trade agreement lifts export controls on %d chipmaking chemicals",
            "trade ministers of both countries met in Tokyo for %d hours of talks",
            "bilateral trade between the two neighbours reached %d billion dollars last year"}),
        new Event("trade", new String[] {
            "EU imposes anti-dumping duties on Chinese electric cars",
            "Brussels sets anti-dumping tariffs on Chinese EVs",
            "China vows response to EU anti-dumping duties"}, new String[] {
            "the European Commission imposed anti-dumping duties of up to %d percent on electric cars made in China",
            "Beijing called the tariffs protectionism and said it would take the trade dispute to the WTO",
            "Chinese carmakers shipped %d thousand vehicles to Europe last year",
            "the duties follow a subsidies investigation that lasted %d months"}),
        new Event("trade", new String[] {
            "South Korea posts record trade surplus",
            "Korean exports surge to record as trade surplus widens",
            "Chip exports drive Korea's trade surplus to new high"}, new String[] {
            "South Korea's trade surplus widened to %d billion dollars last month",
            "exports of memory chips rose %d percent from a year earlier",
            "the trade ministry said exports to China rose for the %dth month in a row",
            "economists expect the trade balance to stay positive despite new tariffs"}),
        new Event("trade", new String[] {
            "US and China resume trade talks in Geneva",
            "Trade negotiators from Washington and Beijing meet again",
            "Geneva trade talks aim to ease tariff war"}, new String[] {
            "trade negotiators from the United States and China resumed trade talks in Geneva",
            "Washington wants Beijing to buy %d billion dollars more of American farm goods",
            "both sides agreed to pause new tariffs for %d days while the trade negotiations continue",
            "the trade deficit with China narrowed by %d percent last year"}),
        new Event("trade", new String[] {
            "Vietnam and South Korea upgrade free trade agreement",
            "Hanoi and Seoul expand their FTA",
            "Korea and Vietnam sign upgraded trade deal"}, new String[] {
            "Vietnam and South Korea upgraded their free trade agreement to cover digital services",
            "tariffs on %d categories of farm goods will be removed over five years",
            "bilateral trade is expected to reach %d billion dollars by the end of the decade",
            "the trade deal also opens market access for Korean banks in Hanoi"}),
        new Event("trade", new String[] {
            "WTO panel rules against chip subsidies",
            "World Trade Organization faults semiconductor subsidies",
            "WTO ruling on chip subsidies reshapes trade dispute"}, new String[] {
            "a WTO panel ruled that semiconductor subsidies broke world trade rules",
            "the complaint was filed by %d member states of the World Trade Organization",
            "the ruling gives the defendant %d days to bring its trade policy into line",
            "lawyers said countervailing duties of %d percent could follow"}),

        // taiwan
        new Event("taiwan", new String[] {
            "China stages military drills around Taiwan",
            "Beijing launches war games encircling Taiwan",
            "Taiwan tracks Chinese warships during drills"}, new String[] {
            "China launched military drills around Taiwan a day after President Lai Ching-te spoke abroad",
            "Taiwan's defence ministry said it tracked %d Chinese warships near the self-ruled island",
            "Taipei said %d aircraft crossed the median line of the Taiwan Strait",
            "Beijing said the drills were a warning against Taiwanese independence"}),
        new Event("taiwan", new String[] {
            "TSMC expands Arizona chip plant",
            "Taiwan Semiconductor adds fabs in Arizona",
            "TSMC raises US investment"}, new String[] {
            "TSMC said it would expand its plant in Arizona with %d more production lines",
            "the Taiwanese chipmaker plans to invest %d billion dollars in the United States",
            "Taipei officials said the most advanced chips would still be made in Taiwan",
            "the Arizona site will employ about %d engineers by the end of next year"}),
        new Event("taiwan", new String[] {
            "US approves arms sale to Taiwan",
            "Washington clears new weapons package for Taipei",
            "Beijing protests US arms sale to Taiwan"}, new String[] {
            "the State Department approved an arms sale to Taiwan worth %d million dollars",
            "the package under the Taiwan Relations Act includes %d air defence missiles",
            "Beijing said the sale violated the one China principle and lodged a protest",
            "Taipei thanked Washington and said delivery would take %d months"}),
        new Event("taiwan", new String[] {
            "Chinese coast guard boards Taiwanese boat near Kinmen",
            "Kinmen incident raises cross-strait tension",
            "Taiwan protests coast guard boarding off Kinmen"}, new String[] {
            "the Chinese coast guard boarded a Taiwanese tourist boat near Kinmen",
            "Taiwan's Mainland Affairs Council said %d passengers were on board",
            "the boat was held for %d hours before it was allowed to return to Taiwan",
            "cross-strait relations have worsened since Taipei rejected Beijing's reunification terms"}),
        new Event("taiwan", new String[] {
            "Taiwan lawmakers clash over defence budget",
            "Legislative Yuan cuts Taiwan defence spending plan",
            "Taipei budget fight delays military projects"}, new String[] {
            "Taiwan's Legislative Yuan voted to freeze part of the defence budget",
            "the opposition cut %d billion Taiwan dollars from submarine programmes",
            "President Lai Ching-te said the cuts weakened Taiwan against pressure from Beijing",
            "the vote passed by %d to %d after a night of debate in Taipei"}),
        new Event("taiwan", new String[] {
            "Taiwan loses diplomatic ally to Beijing",
            "Pacific nation switches recognition from Taipei to Beijing",
            "Taipei cuts ties after ally recognises China"}, new String[] {
            "a Pacific island nation switched diplomatic recognition from Taiwan to Beijing",
            "Taiwan now has %d formal diplomatic allies left",
            "Taipei accused Beijing of offering %d million dollars in aid to win the switch",
            "the foreign ministry in Taipei closed its embassy within %d days"}),
        new Event("taiwan", new String[] {
            "US destroyer sails through Taiwan Strait",
            "American warship transits Taiwan Strait",
            "China shadows US Navy ship in Taiwan Strait"}, new String[] {
            "a US Navy destroyer sailed through the Taiwan Strait in a routine transit",
            "the Chinese military said it tracked the ship for %d hours",
            "Taiwan's defence ministry said the transit lasted about %d hours and was normal",
            "it was the %dth such voyage this year, according to the Pentagon"}),
        new Event("taiwan", new String[] {
            "Earthquake halts some TSMC production",
            "Taiwan quake disrupts chip output",
            "TSMC restarts fabs after Taiwan earthquake"}, new String[] {
            "a strong earthquake struck eastern Taiwan and briefly halted chip production",
            "TSMC said %d percent of its tools had recovered by the evening",
            "the quake damaged %d buildings in Hualien according to Taiwanese officials",
            "Taipei said supply of advanced chips would return to normal within %d days"}),

        // north-korea
        new Event("north-korea", new String[] {
            "North Korea fires ballistic missile into East Sea",
            "Pyongyang launches ballistic missile, Seoul says",
            "North Korean missile launch draws condemnation"}, new String[] {
            "North Korea fired a ballistic missile into the East Sea, the Joint Chiefs of Staff in Seoul said",
            "the missile flew about %d kilometres before falling outside Japan's economic zone",
            "it was Pyongyang's %dth missile launch this year",
            "Washington and Tokyo condemned the missile test as a breach of UN resolutions"}),
        new Event("north-korea", new String[] {
            "Kim Yo Jong warns Seoul over leaflets",
            "Kim Jong Un's sister threatens response to leaflets",
            "North Korea warns of retaliation over balloon leaflets"}, new String[] {
            "Kim Yo Jong, the sister of Kim Jong Un, warned Seoul over propaganda leaflets",
            "activists in the South sent %d balloons carrying leaflets across the border",
            "the statement carried by state media threatened %d kinds of countermeasures",
            "inter-Korean relations have been frozen for %d months"}),
        new Event("north-korea", new String[] {
            "North Korean troops deployed to Russia, Seoul says",
            "Seoul says Pyongyang sent soldiers to fight for Moscow",
            "North Korea sends more troops to Russia"}, new String[] {
            "South Korea's spy agency said North Korea sent about %d troops to Russia",
            "the North Korean soldiers were seen training near the border in %d camps",
            "Seoul said Pyongyang received oil and missile technology in return",
            "the deployment deepens military ties between Kim Jong Un and Moscow after %d summits"}),
        new Event("north-korea", new String[] {
            "North Korean soldier defects across DMZ",
            "Defector crosses heavily armed border into South Korea",
            "Soldier flees North Korea across the demilitarised zone"}, new String[] {
            "a North Korean soldier crossed the demilitarised zone and defected to the South",
            "the defector walked about %d metres across the border under cover of fog",
            "it was the %dth defection across the land border this year",
            "the Unification Ministry said he would be questioned for %d days"}),
        new Event("north-korea", new String[] {
            "Activity seen at North Korea nuclear test site",
            "Satellite images show work at Punggye-ri nuclear test site",
            "Seoul warns North Korea may conduct nuclear test"}, new String[] {
            "satellite images showed new activity at the Punggye-ri nuclear test site in North Korea",
            "analysts counted %d vehicles near a tunnel entrance",
            "a nuclear test would be Pyongyang's first in %d years",
            "Seoul and Washington said they would respond to a nuclear test with %d new sanctions measures"}),
        new Event("north-korea", new String[] {
            "North Korea launches spy satellite",
            "Pyongyang puts military satellite in orbit",
            "North Korean satellite launch condemned by Seoul and Tokyo"}, new String[] {
            "North Korea launched a military reconnaissance satellite from the Sohae station",
            "the rocket uses ballistic missile technology banned by %d UN resolutions",
            "Kim Jong Un watched the launch and ordered %d more satellites",
            "debris fell into the sea about %d kilometres off the west coast"}),
        new Event("north-korea", new String[] {
            "UN panel says North Korea stole crypto to fund weapons",
            "North Korean hackers stole billions in cryptocurrency, report says",
            "Report ties Pyongyang crypto thefts to missile program"}, new String[] {
            "a UN sanctions report said North Korean hackers stole cryptocurrency to fund its nuclear weapons",
            "the thefts were worth about %d million dollars in the past year",
            "investigators linked %d attacks to groups working for Pyongyang",
            "the money paid for up to %d percent of the missile program, the report said"}),
        new Event("north-korea", new String[] {
            "Kim Jong Un tests new hypersonic missile",
            "North Korea claims successful hypersonic missile test",
            "Pyongyang says hypersonic missile hit target"}, new String[] {
            "North Korea said it tested a new hypersonic missile watched by Kim Jong Un",
            "the warhead flew at %d times the speed of sound, state media claimed",
            "South Korea's military said the missile travelled %d kilometres",
            "Pyongyang said the test was part of a %d-year plan to build nuclear weapons"}),

        // k-pop
        new Event("k-pop", new String[] {
            "BTS announce world tour after military service",
            "BTS return with stadium world tour",
            "K-pop stars BTS plan comeback tour"}, new String[] {
            "K-pop group BTS announced a world tour after all seven members finished military service",
            "the tour will visit %d cities starting in Seoul",
            "fans bought %d thousand tickets in the first hour",
            "the boy group will release a new album with %d songs before the tour"}),
        new Event("k-pop", new String[] {
            "BLACKPINK release new album",
            "BLACKPINK comeback album tops charts",
            "K-pop girl group BLACKPINK returns with new music"}, new String[] {
            "girl group BLACKPINK released its first album in %d years",
            "the music video passed %d million views within a day",
            "the K-pop stars will promote the album with %d concerts in Asia",
            "their entertainment agency said the fandom pre-ordered record numbers"}),
        new Event("k-pop", new String[] {
            "NewJeans lose court fight with agency ADOR",
            "Court rules NewJeans contract still valid",
            "K-pop group NewJeans told to stay with HYBE label"}, new String[] {
            "a Seoul court ruled that the contract between girl group NewJeans and the agency ADOR remains valid",
            "the members had asked to leave the HYBE label %d months ago",
            "the entertainment company said it hoped the K-pop group would return to the studio",
            "fans gathered %d signatures in support of the members"}),
        new Event("k-pop", new String[] {
            "Stray Kids top Billboard album chart again",
            "Stray Kids score another number one in the US",
            "K-pop group Stray Kids extend Billboard record"}, new String[] {
            "K-pop boy group Stray Kids topped the Billboard 200 album chart again",
            "the album sold %d thousand units in its first week",
            "it is the group's %dth number one album in the United States",
            "their entertainment agency JYP said a world tour would follow in %d countries"}),
        new Event("k-pop", new String[] {
            "Squid Game final season breaks Netflix records",
            "Netflix says Squid Game drew record audience",
            "Korean series Squid Game ends on a high"}, new String[] {
            "the final season of the Korean series Squid Game broke viewing records on Netflix",
            "it was watched for %d million hours in its first week",
            "the K-drama ranked first in %d countries",
            "director Hwang Dong-hyuk said the Korean wave had changed television, after %d years of work"}),
        new Event("k-pop", new String[] {
            "South Korea fines K-pop ticket scalpers",
            "New law targets concert ticket resale",
            "K-pop fans welcome crackdown on scalping"}, new String[] {
            "South Korea began fining scalpers who resell K-pop concert tickets with bots",
            "resale prices for idol concerts reached %d times face value",
            "the culture ministry said it caught %d resellers in the first month",
            "entertainment agencies said the law protects the fandom"}),
        new Event("k-pop", new String[] {
            "SM Entertainment debuts new girl group",
            "New K-pop girl group debuts under SM",
            "SM's new idol group releases debut single"}, new String[] {
            "SM Entertainment launched a new K-pop girl group with %d members",
            "the debut music video was viewed %d million times in a day",
            "the idol group trained for an average of %d years before debut",
            "the entertainment company plans a mini album and a fan meeting in Tokyo"}),
        new Event("k-pop", new String[] {
            "Seventeen play stadium shows in Japan",
            "K-pop group Seventeen sell out Japanese stadiums",
            "Seventeen draw record crowds on Japan tour"}, new String[] {
            "K-pop boy group Seventeen played stadium concerts in Osaka and Tokyo",
            "about %d thousand fans attended the shows",
            "the world tour has %d dates across Asia and America",
            "their agency Pledis said the album sold %d thousand copies in Japan"}));

    private NewsGenerator() {
    }

    /** The test's id of an article: its number. */
    static String url(int n) {
        return URL_PREFIX + n;
    }

    /** The number in a URL this generator made, or -1. */
    static int number(String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(url.substring(URL_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Article {@code n} of a stream generated with {@code seed}, as ingest's JSON input. */
    static String article(long seed, int n) {
        Random r = new Random(seed * 1_000_003L + n);
        int event = r.nextInt(EVENTS.size());
        Event e = EVENTS.get(event);
        String source = SOURCES[r.nextInt(SOURCES.length)];
        String day = DAYS[r.nextInt(DAYS.length)];
        // distinct per article: the first two figures together name n, so no two bodies hash alike
        int[] figures = {2 + n % 97, 5 + n / 97, 10 + (n * 7) % 300, 20 + (n * 13) % 500};
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < e.facts().length; i++) {
            int f = figures[i % figures.length];
            sentences.add(capitalise(String.format(Locale.ROOT, e.facts()[i], f, f + 3)));
        }
        java.util.Collections.shuffle(sentences.subList(1, sentences.size()), r);
        String attribution = String.format(Locale.ROOT, ATTRIBUTIONS[r.nextInt(ATTRIBUTIONS.length)], day);
        String body = sentences.get(0) + ", " + attribution + ". "
                + String.join(". ", sentences.subList(1, sentences.size())) + ".";
        // each event has its own days, 8.5 days apart (more than the clusterer's 7 quiet days), as news comes:
        // its retellings within half a day, so stories form per event and never bridge two of them
        OffsetDateTime published = OffsetDateTime.of(2025, 1, 6, 8, 0, 0, 0, ZoneOffset.ofHours(9))
                .plusHours(event * 204L).plusMinutes((n % 48) * 15L);
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("title", e.titles()[r.nextInt(e.titles().length)]);
        json.put("source", source);
        json.put("published", published.toString());
        json.put("url", url(n));
        json.put("body", body);
        return json.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
