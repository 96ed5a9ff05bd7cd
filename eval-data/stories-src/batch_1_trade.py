STORIES = {
    "s01": ["trade"],
    "s02": ["trade"],
    "s03": ["trade", "technology"],
    "s04": ["trade", "technology", "taiwan"],
    "s05": ["economy", "trade"],
}
WIRE_S01 = """WASHINGTON — The United States will impose an additional 25 percent duty on hot-rolled and coated steel from South Korea from March 1, the Commerce Department said on Tuesday, accusing Korean mills of shipping Chinese-made slab through their plants to dodge existing tariffs.

The new duty comes on top of the 50 percent levy already applied to most foreign steel, lifting the effective rate on the affected Korean products to 75 percent.

"We have evidence that Chinese slab is being rolled in Korea and relabelled as Korean steel," Under Secretary of Commerce for Trade Marcus Ellery told reporters. "That loophole closes on March 1."

South Korea's trade ministry said it "deeply regrets" the decision and would seek urgent consultations. Deputy Trade Minister Choi Eun-seo said Seoul had supplied origin data on every shipment and rejected the transshipment claim.

South Korea shipped about $2.9 billion of steel to the United States last year, making it one of the largest suppliers after Canada, Brazil and Mexico. Shares in Hanseong Steel fell 6.2 percent in early Seoul trading on Wednesday."""

ARTICLES = [
("s01", "Pacific Newswire", "2026-02-10T16:42:00-05:00",
 "US slaps extra 25% tariff on South Korean steel, citing Chinese transshipment", WIRE_S01),
("s01", "Metro Seoul", "2026-02-11T07:05:00+09:00",
 "U.S. adds 25% duty on Korean steel over 'Chinese slab' claims",
 WIRE_S01.replace("WASHINGTON — ", "").replace("on Tuesday", "on Tuesday (local time)").replace(
  "Shares in Hanseong Steel fell 6.2 percent in early Seoul trading on Wednesday.",
  "Shares in Hanseong Steel fell 6.2 percent in early trading on Wednesday. (Pacific Newswire)")),
("s01", "Capital Brief", "2026-02-11T07:40:00+09:00",
 "Washington lifts tariff on Korean steel to 75%",
 """The United States will impose an additional 25 percent duty on hot-rolled and coated steel from South Korea from March 1, the Commerce Department said on Tuesday, accusing Korean mills of shipping Chinese-made slab through their plants to avoid existing tariffs.

The new duty comes on top of the 50 percent levy already applied to most foreign steel, taking the effective rate on the affected products to 75 percent.

"We have evidence that Chinese slab is being rolled in Korea and relabelled as Korean steel," Under Secretary of Commerce Marcus Ellery said.

Seoul's trade ministry said it "deeply regrets" the move and will seek urgent consultations."""),
("s01", "The Han River Times", "2026-02-11T10:30:00+09:00",
 "Steelmakers reel as Washington accuses Korea of laundering Chinese slab",
 """Korea's steel industry woke up on Wednesday to the harshest American trade measure aimed at it in years. From March 1, hot-rolled coil and galvanised sheet made in Korea will face a combined 75 percent duty at the US border, after the Commerce Department concluded that Korean mills were processing Chinese semi-finished slab and exporting it under a Korean label.

Industry executives called the accusation baseless. "We buy slab from Brazil, from Vietnam and from our own blast furnaces. We publish the heat numbers," a senior manager at Hanseong Steel in Pohang said, asking not to be named because the company is preparing a formal reply.

Deputy Trade Minister Choi Eun-seo, who leads the government's response, told lawmakers that Seoul had handed Washington certificates of origin for every cargo shipped since last July. "We will show, shipment by shipment, that this steel was melted and cast in Korea," she said.

The measure covers roughly $1.7 billion of the $2.9 billion in steel Korea sold to the United States last year, according to the Korea Iron and Steel Association. Smaller mills that depend on American pipe and construction buyers are the most exposed; several said they would cut shifts in March.

Opposition lawmakers blamed the government for failing to secure a carve-out during last year's tariff negotiations. The presidential office said President Lee Jae-myung had asked ministers to prepare "all available options", including a complaint at the World Trade Organization, while keeping talks with Washington open."""),
("s01", "Market Pulse", "2026-02-11T11:15:00+09:00",
 "Hanseong Steel, Daewon Metal slide after US tariff shock; KOSPI steel index -4.8%",
 """Korean steel stocks sold off on Wednesday after Washington announced an additional 25% duty on Korean hot-rolled and coated products, effective March 1.

Hanseong Steel fell as much as 7.1% before trimming losses to 6.2%. Daewon Metal, which sends nearly a third of its galvanised output to US appliance makers, dropped 9.4%. The KRX steel index was down 4.8% by late morning, against a 0.6% fall in the broader KOSPI.

Analysts at Yeouido Securities cut their 2026 operating profit forecast for Hanseong by 11%, assuming half of its US volume is diverted to Southeast Asia at lower prices. "The tariff itself is bad, but the transshipment label is worse, because it invites other markets to copy it," analyst Yoon Da-hee wrote.

The won weakened 0.4% to the dollar."""),
("s01", "Global Trade Digest", "2026-02-11T14:00:00Z",
 "Analysis: Why the US turned its transshipment weapon on an ally",
 """For two years, American trade officials have warned that Chinese steel was reaching the United States through third countries. On Tuesday they named a close ally as a conduit.

The Commerce Department's decision to add a 25 percent duty to South Korean hot-rolled and coated steel, on top of the 50 percent tariff that already applies to most imports, rests on a finding that Korean re-rollers converted Chinese slab into finished coil. Under Secretary Marcus Ellery said the department had compared customs records in both countries and found "a pattern we cannot ignore".

Trade lawyers note that the decision uses the same national-security authority as the broader steel tariff, which means Seoul cannot easily challenge it in US courts. The World Trade Organization's dispute system, with its appeals body still paralysed, offers little relief.

The timing is awkward for Seoul, which is trying to lock in the terms of last year's framework deal on investment and shipbuilding. Korean officials say they will ask for a review of the evidence before March 1. Whether Washington is open to that will show if this is a bargaining chip or a settled policy."""),
("s01", "Seoul Ledger", "2026-02-12T08:20:00+09:00",
 "Seoul sends delegation to Washington to fight steel duty",
 """South Korea will send a team of trade officials and steel industry representatives to Washington this weekend to contest a new US duty on Korean steel, the trade ministry said on Thursday.

The delegation, led by Deputy Trade Minister Choi Eun-seo, will present origin data it says shows that Korean hot-rolled and coated steel is made from domestically cast slab. The extra 25 percent tariff, announced by the US Commerce Department on Tuesday, is due to take effect on March 1.

"Our aim is simple: to get this measure withdrawn before it is applied," Choi said at a briefing in Sejong. She declined to say whether Seoul would retaliate if talks fail.

The ministry also announced 300 billion won in emergency loans for small steel processors that rely heavily on US orders."""),
("s01", "Peninsula Watch", "2026-02-12T21:10:00+09:00",
 "The steel tariff is a message, and it isn't about steel",
 """Read the Commerce Department's statement closely and the word that matters is not "steel" but "relabelled". Washington has told Seoul, in public, that it suspects Korean industry of acting as a laundering station for Chinese output. That is a diplomatic charge dressed as a trade ruling.

The extra 25 percent duty on hot-rolled and coated products, due on March 1, is modest in dollar terms. What worries officials in Sejong is the precedent: if the transshipment finding stands, the same logic can be stretched to petrochemicals, to cables, to anything that contains a Chinese input.

Deputy Trade Minister Choi Eun-seo is flying to Washington with binders of mill certificates. That is the right first move. The harder question is what Seoul is prepared to offer if the Americans were never really asking for evidence."""),

# s02 — battery tariffs, same officials five weeks later
("s02", "Pacific Newswire", "2026-03-17T11:05:00-04:00",
 "US to impose 35% tariff on Korean and Japanese EV battery components",
 """WASHINGTON — The United States will impose a 35 percent tariff on electric-vehicle battery cells, modules and cathode materials imported from South Korea and Japan from April 15, the Commerce Department said on Tuesday.

Under Secretary of Commerce for Trade Marcus Ellery said the measure was needed to protect battery plants being built in the American South, several of them owned by Korean and Japanese companies. "If you build here, you are welcome. If you ship here to undercut the plants you promised to build, you will pay," he said.

Cells assembled in US factories are exempt. Industry estimates put Korea's battery-related exports to the US at about $6 billion last year and Japan's at roughly $2.4 billion.

South Korea's trade ministry said it would "respond calmly" and study the details."""),
("s02", "Seoul Ledger", "2026-03-18T08:00:00+09:00",
 "Battery makers hit by new US levy weeks after steel duty",
 """South Korean battery makers face a 35 percent US tariff on cells, modules and cathode materials from April 15, the second American trade measure aimed at Korean industry in just over a month.

The Commerce Department announced the levy on Tuesday in Washington. It covers battery components made in Korea and Japan but spares cells produced at US plants, including the joint ventures that Korean firms such as Seorin Energy run in Georgia and Tennessee.

Deputy Trade Minister Choi Eun-seo, who spent much of February contesting a separate duty on Korean steel, said the government would seek talks. "This is a different product and a different legal basis, but the same question: whether our investment commitments are being counted," she said.

Seorin Energy said about 40 percent of the cells it sells to US carmakers are still shipped from its plant in Ochang."""),
("s02", "Tokyo Morning Herald", "2026-03-18T09:30:00+09:00",
 "Japan protests US battery tariff, says it breaks spirit of trade deal",
 """Japan lodged a protest with Washington on Wednesday after the United States announced a 35 percent tariff on battery cells and cathode materials from Japan and South Korea, due to take effect on April 15.

Economy ministry officials said the measure appeared to conflict with last year's trade agreement, under which Japan pledged large investments in the United States in exchange for lower tariffs. Prime Minister Sanae Takaichi told a parliamentary committee that her government would "ask for an explanation and an exemption".

Japanese cathode suppliers such as Kawabe Chemical, which ships to battery plants in Ohio and Kentucky, fell sharply in Tokyo trading."""),
("s02", "Market Pulse", "2026-03-18T10:45:00+09:00",
 "Battery stocks tumble on US 35% component tariff; Seorin Energy -8%",
 """Korean battery and materials stocks fell on Wednesday after the US announced a 35% tariff on imported EV battery cells, modules and cathode materials effective April 15.

Seorin Energy dropped 8.1%, cathode maker Jinwoo Materials lost 11.3% and separator supplier Dongsan Film fell 5.7%. Analysts said the exemption for US-assembled cells softens the blow for firms with American plants, but materials suppliers without US capacity are fully exposed.

"Cathode is the weak link. It is still mostly made in Korea, and there is no quick way to move it," said Lim Jae-won of Hanul Investment. He expects Korean cathode exports to the US to fall by a third in the second half."""),
("s02", "Global Trade Digest", "2026-03-18T16:20:00Z",
 "Battery tariff shows Washington wants factories, not promises",
 """The 35 percent tariff on Korean and Japanese battery components announced on Tuesday is the clearest sign yet of how the administration reads the investment pledges its allies made last year: as down payments, not settlements.

Marcus Ellery, the Commerce official who also announced last month's extra duty on Korean steel, framed the measure as enforcement of those pledges. Plants built in the United States are exempt; imports that compete with them are not. The effect is to push cathode and cell production, still concentrated in Korea and Japan, across the Pacific faster than companies had planned.

Unlike the steel measure, which rested on a claim of Chinese transshipment, the battery tariff makes no accusation of cheating. That may make it harder for Seoul and Tokyo to argue against, and easier for them to negotiate around."""),
("s02", "Capital Brief", "2026-03-19T07:30:00+09:00",
 "Seoul, Tokyo to coordinate response to US battery tariff",
 """South Korea and Japan will coordinate their response to a new 35 percent US tariff on battery components, trade officials from both countries said after a video call on Wednesday evening. The tariff, announced by the US Commerce Department on Tuesday, takes effect April 15. Seoul is preparing a support package for cathode and separator makers and will ask Washington to count planned US factories toward an exemption."""),

# s03 — China gallium / rare earth licensing on Japan
("s03", "Asia Report Agency", "2026-01-20T18:30:00+08:00",
 "China tightens export licences for gallium, rare-earth magnets to Japan",
 """BEIJING — China will require case-by-case licences for exports of gallium, germanium and sintered rare-earth magnets to Japanese end users from February 1, the Ministry of Commerce said on Tuesday, in a move widely seen as retaliation for Tokyo's stance on Taiwan.

A ministry spokesperson said the measure was intended to "prevent dual-use items from being used for military purposes" and did not target any country. But the notice applies only to consignees registered in Japan.

Relations between Beijing and Tokyo have been strained since Prime Minister Sanae Takaichi said in November that a Chinese attack on Taiwan could justify a Japanese military response. Japan relies on China for more than 60 percent of its rare-earth magnet imports."""),
("s03", "Tokyo Morning Herald", "2026-01-21T07:00:00+09:00",
 "Beijing targets Japan's factories with curbs on critical minerals",
 """China's decision to demand individual export licences for gallium, germanium and rare-earth magnets bound for Japan hit Tokyo on Wednesday morning as a political message delivered through the supply chain.

The Ministry of Commerce in Beijing announced late on Tuesday that, from February 1, exporters must obtain a licence for each shipment to a Japanese customer and disclose the final use of the material. Japanese trading houses said licences under a similar global regime in 2025 took 45 days or longer to approve.

Prime Minister Sanae Takaichi said her government would "respond firmly and calmly" and asked industry to report any disruption. Officials at the economy ministry said Japan had built up about four months of magnet stocks after earlier Chinese curbs, but that smaller motor makers held far less.

Kisaragi Motors, a maker of electric power-steering units, said it was checking inventories and talking to suppliers in Vietnam and Australia. Nakamura Magnetics, which imports Chinese neodymium alloy and processes it in Shizuoka, suspended new orders from overseas clients until it knows how much material it will receive.

Beijing has linked the dispute to Takaichi's November remarks on Taiwan, which it has demanded she retract. She has refused."""),
("s03", "ChipWatch", "2026-01-21T03:15:00Z",
 "Gallium licensing for Japan: what it means for power chips and lasers",
 """China's new licence requirement for gallium and germanium exports to Japan lands squarely on compound semiconductors. Japanese firms are among the world's largest makers of gallium-nitride power chips, laser diodes and RF parts, and most of their refined gallium comes from China.

From February 1, each shipment to a Japanese consignee needs its own licence. Recycled gallium and supplies from Germany or Korea can cover some demand, but nowhere near all of it. One Osaka-based GaN wafer supplier told us it has about ten weeks of feedstock.

The rare-earth magnet part of the order matters more for motors and robotics than for chips, but the message is the same: Beijing can slow Japan's electronics industry without touching finished goods."""),
("s03", "Harbor Daily", "2026-01-21T11:40:00+09:00",
 "Japan weighs WTO complaint as China curbs mineral exports",
 """Japan is considering a complaint at the World Trade Organization after China imposed licence requirements on gallium, germanium and rare-earth magnets destined for Japanese companies, a senior government official said on Wednesday.

The official said Tokyo regarded the measure as "discriminatory" because it applied only to Japanese consignees. China's commerce ministry said on Tuesday the rules, effective February 1, aimed to stop dual-use materials reaching military users.

The dispute stems from Prime Minister Sanae Takaichi's comments in November about a possible Taiwan emergency. China has since discouraged travel to Japan and suspended some seafood imports."""),
("s03", "Global Trade Digest", "2026-01-22T10:00:00Z",
 "China's Japan-only mineral licence: a narrower, sharper tool",
 """When Beijing restricted rare earths in 2025, it did so globally and hurt its friends along with its rivals. This week's rules are different. The licence requirement announced on Tuesday for gallium, germanium and sintered magnets applies only to customers in Japan.

That makes it a pure instrument of diplomacy. It also makes it easier to switch off: Chinese officials can slow or speed approvals without changing the text. Japanese buyers fear a system in which licences are granted to firms that stay quiet about Taiwan and delayed for those whose government does not.

South Korean suppliers may benefit at the margin. Seoul-based traders said they had received enquiries from Japanese motor makers within hours of the announcement."""),
("s03", "Nikkan Business Review", "2026-01-22T18:00:00+09:00",
 "Magnet makers scramble for non-Chinese supply after Beijing's licence order",
 """Japanese motor and magnet makers spent the week calling suppliers outside China after Beijing said it would require a licence for every shipment of rare-earth magnets, gallium and germanium to Japan from February 1.

Nakamura Magnetics said it had signed a memorandum with an Australian processor for 200 tonnes of neodymium-praseodymium oxide a year from 2027, far too late to cover the near term. Kisaragi Motors said it would redesign two steering motors to use less dysprosium.

The economy ministry plans to release part of the national stockpile if licence delays exceed 60 days."""),

# s04 — US chip export rule hits Taiwan fabs
("s04", "Pacific Newswire", "2026-02-18T14:10:00-05:00",
 "US requires licences for Taiwan-made AI chips sold to Chinese-owned firms",
 """WASHINGTON — The US Commerce Department on Wednesday extended its export controls to advanced AI chips made in Taiwan for companies headquartered in China, wherever those companies are located.

Under the rule, foundries using American chipmaking tools must obtain a US licence before shipping accelerators and high-bandwidth memory stacks above a set performance threshold to Chinese-owned customers, including their subsidiaries in Singapore, Malaysia and the Middle East.

Officials said the change closes a gap through which Chinese firms ordered chips via overseas affiliates. The rule takes effect in 30 days."""),
("s04", "Taipei Current", "2026-02-19T08:15:00+08:00",
 "New US rule puts Taiwan foundries on the front line of chip controls",
 """Taiwan's chipmakers will have to vet the ownership of every customer that orders advanced AI processors after the United States tightened its export rules on Wednesday, industry officials said.

The US Commerce Department said foundries that use American equipment must apply for a licence before shipping high-end accelerators to any company headquartered in China, including subsidiaries registered elsewhere. The rule takes effect on March 20.

Taiyang Semiconductor, the Hsinchu-based foundry that makes AI chips for several Asian design houses, said it would "fully comply" and was reviewing its order book. Analysts estimate Chinese-owned clients account for 6 to 9 percent of its advanced-node revenue.

Taiwan's economics ministry said it had been consulted before the announcement and would help companies set up screening procedures. "Taiwan's semiconductor industry abides by international export control rules," the ministry said in a statement. President Lai Ching-te has repeatedly said Taiwan will be a "trusted partner" in the technology supply chain.

The Kuomintang opposition warned that Taiwanese firms were bearing the cost of a US–China contest. "We are being asked to police our customers for Washington," KMT legislator Chen Yi-ting said."""),
("s04", "ChipWatch", "2026-02-19T02:30:00Z",
 "The 'headquartered-in' test: Commerce's new foreign direct product rule, explained",
 """Wednesday's rule from the Bureau of Industry and Security changes one word that matters: the test is no longer where the buyer is, but who owns it. An AI accelerator or HBM stack above the performance threshold, made anywhere with US tools, now needs a licence if the customer is headquartered in China or majority-owned by a Chinese parent.

In practice this lands on Taiwan's foundries and on Korea's memory makers. Foundries must now check beneficial ownership for every tape-out above the line; memory makers must do the same for HBM sold to module assemblers.

The effective date is 30 days out. Expect a rush of orders from Chinese-owned design houses in Singapore before March 20, and then a cliff."""),
("s04", "Formosa Observer", "2026-02-19T12:00:00+08:00",
 "Taiwan chip stocks dip as Washington widens export rules",
 """Taiwanese chip stocks edged lower on Thursday after the United States said foundries must seek licences before selling advanced AI chips to Chinese-owned companies.

Taiyang Semiconductor fell 2.3 percent and design-service firm Jade Mountain IC lost 4.1 percent; the broader TAIEX slipped 0.8 percent. Brokers said the impact on earnings would be limited but that the rule added compliance costs and uncertainty.

The economics ministry said it would hold a briefing for companies next week."""),
("s04", "Harbor Daily", "2026-02-19T16:45:00+09:00",
 "Korean memory makers assess exposure to new US chip licence rule",
 """South Korea's memory chipmakers are assessing how a new US export rule will affect sales of high-bandwidth memory, industry officials said on Thursday.

The rule, announced by Washington on Wednesday, requires licences for shipments of advanced AI chips and HBM made with American equipment to customers headquartered in China, even when they operate abroad. Most of the attention has fallen on Taiwanese foundries, which make the accelerators, but HBM stacks are included.

The trade ministry in Sejong said it was seeking clarification on whether HBM sold to non-Chinese module assemblers who later resell to Chinese-owned firms would be covered."""),
("s04", "Global Trade Digest", "2026-02-20T09:00:00Z",
 "Beijing vows response to US chip rule aimed at overseas affiliates",
 """China's commerce ministry said on Friday it would take "necessary measures" to protect its companies after the United States extended chip export controls to Chinese-owned firms' overseas subsidiaries.

The US rule, announced on Wednesday, requires foundries that use American tools, most of them in Taiwan, to obtain licences before shipping advanced AI chips to any company headquartered in China. A ministry spokesperson called it "economic bullying" and said it would hurt "the legitimate interests of companies in Taiwan and elsewhere".

Beijing did not specify countermeasures. Analysts noted that China tightened export licensing for gallium and rare-earth magnets to Japan last month and could extend similar rules."""),
("s04", "Capital Brief", "2026-02-20T07:10:00+08:00",
 "Taiwan to open export-control help desk for chipmakers",
 """Taiwan's economics ministry will open an export-control help desk on Monday to guide chip companies through the new US licence rule for AI chips sold to Chinese-owned firms. The rule takes effect March 20. Officials said about 40 firms, including design houses and packaging companies, may need new customer-screening procedures."""),

# s05 — record March exports
("s05", "Korea Wire Service", "2026-04-01T09:05:00+09:00",
 "S. Korea's March exports hit record on chip boom",
 """SEJONG — South Korea's exports rose 14.2 percent from a year earlier in March to a record $68.9 billion, driven by semiconductor shipments, the trade ministry said on Wednesday.

Chip exports jumped 41 percent to $17.8 billion, the highest for any month, as demand for high-bandwidth memory used in AI data centres stayed strong. Exports to the United States fell 3.1 percent, weighed down by steel and battery components, while shipments to China rose 9.7 percent.

Imports grew 6.5 percent to $58.2 billion, leaving a trade surplus of $10.7 billion, the 14th straight monthly surplus."""),
("s05", "Seoul Ledger", "2026-04-01T11:20:00+09:00",
 "Chips carry exports to record high even as US tariffs bite",
 """Semiconductors pulled South Korea's exports to an all-time monthly high in March, masking weakness in sales to the United States, where new tariffs on steel and batteries have started to bite.

Outbound shipments totalled $68.9 billion, up 14.2 percent on the year, according to trade ministry data released on Wednesday. Chips alone accounted for more than a quarter of the total.

Steel exports to the US fell 38 percent after an extra 25 percent duty took effect on March 1. Battery shipments rose ahead of a 35 percent US tariff due on April 15, as buyers rushed orders, but officials warned of a sharp fall from May.

"The headline is strong, but it rests on one product," said Bae Sung-min, an economist at the Korea Institute for Trade Studies. "Outside chips, exports rose less than 2 percent.\""""),
("s05", "Market Pulse", "2026-04-01T10:00:00+09:00",
 "March trade: exports +14.2% y/y to $68.9bn (record); chips +41%; surplus $10.7bn",
 """Korea's March exports came in at $68.9bn, +14.2% y/y, beating the consensus of +10.5%. Semiconductors +41% to $17.8bn; computers/SSD +22%; autos -4.6%; steel -12%; petrochemicals -7%. By destination: China +9.7%, US -3.1%, ASEAN +11%, EU +2.4%. Imports +6.5% to $58.2bn. Trade balance +$10.7bn.

The won firmed 0.3% after the release and the KOSPI's chip names extended gains."""),
("s05", "Harbor Daily", "2026-04-01T15:30:00+09:00",
 "Exports set record as AI memory demand surges",
 """South Korea posted record exports in March as memory chip sales to AI data centres surged, the trade ministry said, though shipments to the United States declined amid rising tariffs.

Exports reached $68.9 billion, up 14.2 percent from a year earlier. The ministry said chip prices had risen for eight straight months and that it expected exports to keep growing in the second quarter, but warned that US tariffs on steel and battery components were a growing drag."""),
("s05", "The Han River Times", "2026-04-02T07:30:00+09:00",
 "Editorial: A record built on a single pillar",
 """March's export figures look triumphant. At $68.9 billion, the country sold more abroad in a single month than ever before. But the details tell a narrower story. Semiconductors grew 41 percent; almost everything else was flat or falling. Steel shipments to the United States have collapsed since Washington's extra duty took effect, and battery makers face their own tariff wall this month.

The government should resist reading the record as proof that its trade strategy is working. The chip cycle turns, as it always has. Diversifying markets for steel, batteries and cars — and securing workable terms with Washington — cannot wait for the next downturn to become urgent."""),
("s05", "Capital Brief", "2026-04-01T09:20:00+09:00",
 "Exports record $68.9bn in March",
 """South Korea's exports rose 14.2% year on year to a record $68.9 billion in March, led by a 41% jump in semiconductors, the trade ministry said. The trade surplus was $10.7 billion. Exports to the US fell 3.1%."""),
]
