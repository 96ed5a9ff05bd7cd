STORIES = {
    "s22": ["economy"],
    "s23": ["climate"],
    "s24": ["technology"],
    "s25": ["economy"],
    "s26": ["climate", "economy"],
    "s27": ["taiwan", "security"],
}
WIRE_S22 = """SEOUL — The Bank of Korea cut its benchmark interest rate by a quarter of a percentage point to 2.25 percent on Thursday, its first move in nine months, citing weak domestic demand and the impact of US tariffs on exports outside the chip sector.

The Monetary Policy Board's decision was expected by most economists. Five of its seven members voted for the cut; one dissented, citing rising house prices in Seoul.

The central bank also lowered its 2026 growth forecast to 1.6 percent from 1.8 percent."""

ARTICLES = [
("s22", "Korea Wire Service", "2026-02-26T10:05:00+09:00",
 "BOK cuts key rate to 2.25 pct, lowers growth outlook", WIRE_S22),
("s22", "Capital Brief", "2026-02-26T10:30:00+09:00",
 "Bank of Korea trims rate to 2.25% as tariffs weigh",
 WIRE_S22.replace("SEOUL — ", "").replace("on Thursday", "on Thursday morning").replace(
  "The Monetary Policy Board's decision was expected by most economists. ", "Most economists had expected the decision. ") + "\n\n(Korea Wire Service)"),
("s22", "Market Pulse", "2026-02-26T11:10:00+09:00",
 "BOK -25bp to 2.25%; one dissent; 2026 GDP f'cast cut to 1.6%",
 """Bank of Korea cut the base rate 25bp to 2.25% (consensus: cut). Vote 5-1 with one member for a hold; one member absent. 2026 GDP forecast 1.6% (prev. 1.8%); CPI forecast 1.9% (prev. 2.0%). Forward guidance: three members see room for a further cut within three months.

Market reaction: 3y KTB yield -6bp to 2.31%; KRW -0.5% vs USD; KOSPI +0.8%, led by builders and brokers."""),
("s22", "Seoul Ledger", "2026-02-26T14:30:00+09:00",
 "Central bank cuts rates, but warns Seoul housing could limit further easing",
 """The Bank of Korea lowered its policy rate to 2.25 percent on Thursday, saying the economy needed support as American tariffs hit steel, car and battery exports, but it signalled that a hot housing market in Seoul could limit how far it goes.

"Growth is clearly below potential, and inflation is stable, so we have space," Deputy Governor Park Sun-young told a press conference. "But we cannot ignore household debt. Apartment prices in parts of Seoul have risen more than 10 percent in a year."

The bank cut its growth forecast for this year to 1.6 percent. Exports of semiconductors remain strong, but consumption has been sluggish and construction investment fell for a seventh quarter.

The decision was the bank's first cut since May last year. Three of the six voting members said they saw room for another reduction in the next three months, a more dovish signal than economists had expected, and the won weakened."""),
("s22", "The Han River Times", "2026-02-27T07:00:00+09:00",
 "Editorial: A rate cut is no substitute for a growth plan",
 """The Bank of Korea was right to cut its key rate to 2.25 percent on Thursday. Inflation is under 2 percent, the economy is growing at its slowest pace outside a crisis, and tariffs are squeezing exporters.

But monetary policy cannot fix what ails the economy. Lower rates will not rebuild steel exports to the United States or revive regional construction. And with apartment prices in Seoul climbing again, each cut risks feeding the very debt the central bank fears. The government must do its share: targeted support for exporters hit by tariffs and a credible housing supply plan."""),
("s22", "Harbor Daily", "2026-02-26T16:00:00+09:00",
 "Won slides after dovish Bank of Korea cut",
 """The South Korean won fell to its weakest level in six weeks on Thursday after the Bank of Korea cut its benchmark rate to 2.25 percent and signalled that further easing was possible. The currency closed at 1,462 per dollar, down 0.6 percent."""),
("s22", "Global Trade Digest", "2026-02-26T12:00:00Z",
 "Korea cuts rates as tariff drag spreads beyond steel",
 """South Korea's central bank cut its policy rate by 25 basis points to 2.25 percent on Thursday, becoming the latest Asian central bank to ease as US tariffs weigh on trade. The Bank of Korea said exports outside semiconductors had contracted for four straight months and lowered its 2026 growth forecast to 1.6 percent."""),

# s25 — same institution, a different meeting: April hold
("s25", "Korea Wire Service", "2026-04-16T10:05:00+09:00",
 "BOK holds rate at 2.25 pct as housing prices climb",
 """SEOUL — The Bank of Korea kept its benchmark interest rate unchanged at 2.25 percent on Thursday, pausing after a cut in February as house prices in Seoul continued to rise and the won weakened.

The decision was unanimous. Deputy Governor Park Sun-young said the board wanted to see the effect of the February cut and of new US tariffs on battery components before acting again."""),
("s25", "Market Pulse", "2026-04-16T10:40:00+09:00",
 "BOK holds at 2.25% (unanimous); guidance less dovish",
 """BOK kept the base rate at 2.25%, as expected; vote 7-0. Only two members now see room for a cut within three months (February: three). Statement flags Seoul apartment prices (+1.1% m/m in March) and KRW weakness. 3y KTB +4bp to 2.38%; KRW +0.3%."""),
("s25", "Seoul Ledger", "2026-04-16T15:20:00+09:00",
 "Bank of Korea pauses, citing housing and a weak won",
 """The Bank of Korea left its policy rate at 2.25 percent on Thursday, saying it needed time to judge whether February's cut had fed a new run-up in Seoul apartment prices.

"Consumption is recovering slowly, exports are strong thanks to chips, and housing is heating up. That combination argues for patience," Deputy Governor Park Sun-young said. Economists said a cut in July remained possible if battery and steel exports fall sharply under US tariffs."""),
("s25", "Capital Brief", "2026-04-16T10:15:00+09:00",
 "BOK keeps rate unchanged at 2.25%",
 """The Bank of Korea held its key rate at 2.25 percent on Thursday in a unanimous decision, after cutting it in February. It cited rising Seoul housing prices."""),

# s23 — wildfires in North Gyeongsang
("s23", "Korea Wire Service", "2026-03-20T16:30:00+09:00",
 "Wildfire spreads in N. Gyeongsang, residents evacuated",
 """ULJIN, South Korea — A wildfire fanned by strong winds spread across mountains in Uljin and Bonghwa counties in North Gyeongsang province on Friday, forcing more than 2,100 residents to evacuate, the Korea Forest Service said.

The fire started at about 11 a.m. near a village in Bonghwa and jumped a ridge into Uljin by mid-afternoon. Winds of up to 20 metres per second grounded some of the 38 helicopters deployed. No casualties had been reported."""),
("s23", "Metro Seoul", "2026-03-20T21:00:00+09:00",
 "Bonghwa–Uljin wildfire forces thousands from homes; nuclear plant on alert",
 """A fast-moving wildfire in North Gyeongsang province forced more than 2,100 people from their homes on Friday and came within 9 kilometres of the Hanul nuclear power plant, officials said.

The Korea Forest Service raised its wildfire alert to the highest level for the province. The plant's operator said its reactors were operating normally and fire lines had been cleared around the site. Residents of 14 villages spent the night in school gymnasiums."""),
("s23", "The Han River Times", "2026-03-21T08:00:00+09:00",
 "Dry winter, fierce winds: why North Gyeongsang is burning again",
 """One year after the deadliest wildfires in South Korea's history swept through Uiseong and Andong, the mountains of North Gyeongsang are burning again. The fire that started in Bonghwa on Friday morning had consumed about 4,800 hectares by Saturday dawn and crossed into Uljin county.

The conditions are depressingly familiar. The province received 31 percent of its normal rainfall between December and February, the driest winter since records began in 1973, according to the Korea Meteorological Administration. Spring winds funnelled through the Taebaek range drove the flames across ridges faster than crews could cut fire lines.

Scientists say the pattern fits a warming climate. "Higher spring temperatures and longer dry spells are extending the fire season and making each fire more intense," said Professor Han Ji-won of Kyungpook National University. A government study after last year's fires found that the number of days with high wildfire risk in the region had roughly doubled since the 1990s.

The aging of rural communities adds to the danger. Many of those evacuated on Friday were in their seventies and eighties, and officials went door to door to move them. Last year, most of the 31 dead were elderly residents who could not escape in time.

President Lee Jae-myung ordered "all available resources" to be mobilised and said the lessons of last year's disaster must be applied."""),
("s23", "GreenShift", "2026-03-21T12:00:00+09:00",
 "The 'once in a century' fire has become an annual event",
 """When Uiseong burned last March, officials called it unprecedented. Twelve months later, Bonghwa and Uljin are burning under almost identical conditions: record-dry winter, warm March, gale-force westerlies.

Climate attribution studies for East Asia point the same way. Warmer springs dry out pine litter earlier, and Korea's dense monoculture of red pine, planted in the reforestation drives of the 1970s, is among the most flammable forest types in the world. Adapting means thinning forests, mixing in broadleaf species and building firebreaks near villages, none of which is cheap or fast. Cutting emissions is the other half, and the slower one."""),
("s23", "Harbor Daily", "2026-03-21T13:30:00+09:00",
 "Firefighters gain ground in Uljin as winds ease",
 """Firefighters had contained about 55 percent of a wildfire in North Gyeongsang province by Saturday afternoon as winds eased, the Korea Forest Service said. The fire, which started in Bonghwa on Friday, has burned about 5,200 hectares. One firefighter was injured. About 1,700 evacuees remain in shelters."""),
("s23", "Seoul Ledger", "2026-03-22T09:00:00+09:00",
 "Government declares special disaster zone in Uljin and Bonghwa",
 """The government on Sunday declared Uljin and Bonghwa counties special disaster zones, opening the way for state aid, after a wildfire destroyed 212 homes and burned about 5,600 hectares of forest since Friday.

The Korea Forest Service said the fire was 90 percent contained. Police are investigating whether it was started by a farmer burning waste, which is banned in spring. Officials said one elderly resident died of a heart attack during the evacuation."""),
("s23", "GreenShift", "2026-03-22T18:00:00+09:00",
 "Data: the Uljin fire in five charts",
 """Area burned: about 5,600 ha by Sunday, 90% contained. Winter rainfall in North Gyeongsang: 31% of normal, driest since 1973. March mean temperature so far: 2.4°C above the 1991–2020 average. Days of 'very high' fire risk in the province this spring: 19, against a 2000s average of 6. Homes destroyed: 212."""),
("s23", "Capital Brief", "2026-03-23T07:20:00+09:00",
 "Uljin–Bonghwa wildfire fully extinguished after three days",
 """The wildfire in North Gyeongsang province's Bonghwa and Uljin counties was fully extinguished on Sunday evening, three days after it began, the Korea Forest Service said. It burned about 5,700 hectares and destroyed 212 homes. One person died."""),

# s24 — AI Basic Act takes effect
("s24", "Korea Wire Service", "2026-01-22T09:00:00+09:00",
 "S. Korea's AI Basic Act takes effect, first comprehensive AI law in Asia",
 """SEOUL — South Korea's AI Basic Act took effect on Thursday, requiring companies to label content made by generative AI and to assess and manage the risks of "high-impact" AI systems used in areas such as hiring, lending and health care.

The Ministry of Science and ICT said it would not impose fines, of up to 30 million won, for at least a year while companies adjust. Foreign AI firms with large numbers of Korean users must appoint a local representative."""),
("s24", "ChipWatch", "2026-01-22T01:30:00Z",
 "Korea's AI Basic Act is live: the watermark rule, high-impact AI and the grace period",
 """As of today, generative AI output in Korea must be marked as such. For text chatbots, a notice at the start of a conversation is enough. For images, audio and video that could be mistaken for real, the ministry's guideline asks for both a visible label and an invisible watermark.

"High-impact" systems, those that make decisions about credit, jobs, medical care, energy and transport, now need a risk management plan, human oversight and an explanation of how they reach decisions. Enforcement is soft for now: the science ministry says there will be no fines for at least a year."""),
("s24", "Seoul Ledger", "2026-01-22T13:00:00+09:00",
 "Start-ups fear compliance costs as AI law takes effect",
 """South Korean AI start-ups said on Thursday that the AI Basic Act, which took effect the same day, would add costs and confusion, despite the government's promise of a grace period.

"We are a team of twelve. Now we need a risk officer, watermarking and documentation for a model that helps clinics book appointments," said the chief executive of a Pangyo health-tech company. The Korea Startup Forum asked for the grace period to be extended to three years.

The science ministry said it would open a support centre to help smaller firms, and that most services would not count as high-impact."""),
("s24", "Harbor Daily", "2026-01-22T15:30:00+09:00",
 "Korea's new AI law: labels for AI content, rules for risky systems",
 """South Korea's AI Basic Act came into force on Thursday. Companies must label AI-generated content and manage the risks of high-impact AI systems. Fines of up to 30 million won will not be imposed during a grace period of at least one year, the science ministry said."""),
("s24", "Global Trade Digest", "2026-01-23T09:00:00Z",
 "US tech firms seek clarity on Korea's AI law",
 """American technology companies operating in South Korea have asked Seoul to clarify the AI Basic Act, which took effect on Thursday, particularly its requirement that foreign providers appoint a local representative and its definition of high-impact AI. A US trade group said the rules should not become a non-tariff barrier."""),
("s24", "The Han River Times", "2026-01-23T07:30:00+09:00",
 "Editorial: The AI act is a start, not an answer",
 """South Korea can claim to be the first country in Asia with a comprehensive AI law, in force since Thursday. The act's core ideas are sensible: tell people when they are dealing with AI, and make those who deploy AI in consequential decisions accountable for its risks.

But a law is only as good as its guidelines, and the guidelines are thin. What counts as "high-impact" is left largely to the ministry's discretion. The one-year grace period is wise, but should be used to write clearer rules with the industry, not simply to delay."""),

# s26 — coal phase-out plan
("s26", "Korea Wire Service", "2026-02-17T11:00:00+09:00",
 "S. Korea to close 12 more coal plants by 2032",
 """SEJONG — South Korea will shut down 12 more coal-fired power units by 2032, replacing most with offshore wind and gas, the Ministry of Climate, Energy and Environment said on Tuesday.

The closures, on top of 28 already scheduled, would cut coal's share of power generation to about 14 percent by 2032 from 29 percent last year. The ministry said the plan was needed to meet the country's 2035 emissions reduction target."""),
("s26", "GreenShift", "2026-02-17T15:00:00+09:00",
 "Korea's coal plan: faster, but still not 2040-ready",
 """Twelve extra coal units closing by 2032 is the most ambitious step Seoul has taken on coal in years. But campaigners point out that the plan still leaves about 20 units running past 2035, and that several of the replacements are gas plants with 30-year lifetimes.

The real test is offshore wind. The plan assumes 14 GW installed by 2032; Korea has under 1 GW today. Permitting reform passed last year helps, but grid connections on the south-west coast remain the bottleneck."""),
("s26", "Seoul Ledger", "2026-02-18T08:00:00+09:00",
 "Coal towns brace for closures as Seoul speeds up phase-out",
 """Residents of Dangjin and Taean, home to some of South Korea's largest coal plants, said on Wednesday they feared job losses after the government announced 12 more coal unit closures by 2032.

The climate ministry said it would fund retraining for about 2,600 plant workers and give priority to affected towns in hosting new gas and wind projects. Local officials said the promises were vague."""),
("s26", "Market Pulse", "2026-02-17T13:30:00+09:00",
 "Power utility stocks mixed on accelerated coal exit; wind suppliers rally",
 """Korea's gas and offshore wind suppliers rallied after the climate ministry's plan to close 12 more coal units by 2032: tower maker Dongyang Wind +11.2%, cable maker Haeseong Cable +6.8%. The state utility's generation subsidiaries, which face write-downs, are unlisted. Analysts estimate 38 trillion won in new grid and wind investment."""),
("s26", "Harbor Daily", "2026-02-17T17:00:00+09:00",
 "Environmental groups say coal plan falls short",
 """Environmental groups welcomed South Korea's plan to close 12 more coal units by 2032 but said it fell short of what is needed to meet the country's climate goals. Climate Action Korea said coal should be phased out entirely by 2035."""),

# s27 — Taiwan legislature cuts special defence budget
("s27", "Asia Report Agency", "2026-03-27T19:10:00+08:00",
 "Taiwan opposition-led legislature cuts Lai's special defence budget",
 """TAIPEI — Taiwan's opposition-controlled legislature passed a special defence budget on Friday but cut it by about 30 percent from the T$180 billion proposed by President Lai Ching-te, freezing funds for drones and a new air defence system.

The Kuomintang and Taiwan People's Party, which together hold a majority, said the government had not explained how the money would be spent. Lai's office said the cuts sent "the wrong signal" a month after China's large-scale Eastern Shield-2026 military drills."""),
("s27", "Taipei Current", "2026-03-27T21:30:00+08:00",
 "Lawmakers trim Lai's defence package to T$126 billion",
 """Taiwan's Legislative Yuan approved T$126 billion in special defence spending on Friday night, T$54 billion less than President Lai Ching-te requested, after a day of scuffles and procedural votes.

The largest cut fell on a domestically built air defence network, which opposition lawmakers said lacked a clear procurement plan. Funding for 1,000 surveillance and attack drones was frozen until the defence ministry submits a delivery schedule. Money for US-made missiles and munitions was largely kept.

Kuomintang caucus whip Lin Pei-shan said her party "supports a strong defence, but not a blank cheque". Democratic Progressive Party lawmakers accused the opposition of ignoring the threat shown by China's February drills, when 153 Chinese aircraft operated around the island in two days."""),
("s27", "Formosa Observer", "2026-03-28T09:00:00+08:00",
 "US 'disappointed' by Taiwan's cut to defence spending bill",
 """The US de facto embassy in Taipei said on Saturday it was "disappointed" that Taiwan's legislature had reduced a special defence budget by about 30 percent. The American Institute in Taiwan said investment in "asymmetric capabilities such as drones" was essential. President Lai Ching-te said he would seek to restore funds in a supplementary budget."""),
("s27", "DefenseLine Journal", "2026-03-28T14:00:00Z",
 "Taiwan's budget fight: drones frozen, US missiles spared",
 """The special budget Taiwan's legislature passed on Friday tells you what the opposition will and will not block. Big-ticket US purchases survive: they carry diplomatic weight with Washington. Home-grown programmes — the T-Dome air defence network and the drone push — take the cuts, on the argument that plans are immature. For Taiwan's defence reformers, who see mass-produced drones as the core of an asymmetric strategy, that is the wrong way round."""),
("s27", "Eastgate Post", "2026-03-28T10:30:00+08:00",
 "Beijing says Taiwan's DPP 'wasting money' on arms",
 """China's Taiwan Affairs Office said on Saturday that the Democratic Progressive Party was "wasting the hard-earned money of Taiwan compatriots" on weapons, a day after Taiwan's legislature approved a reduced special defence budget. A spokesperson said no amount of spending would change the fact that Taiwan is part of China."""),
]
