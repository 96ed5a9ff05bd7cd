STORIES = {
    "s13": ["k-pop"],
    "s14": ["k-pop"],
    "s15": ["k-pop"],
    "s16": ["k-pop"],
    "s17": ["k-pop", "diplomacy"],
}
WIRE_S13 = """SEOUL — K-pop boy group NOVA9 released its fourth full-length album, "Afterglow", on Monday, its first in nearly two years, and its lead single topped real-time charts in South Korea within hours.

Starlight Entertainment, the group's agency, said pre-orders for the album exceeded 3.2 million copies, a record for the nine-member band. The title track, "Last Light", is a synth-pop song co-written by leader Kang Ji-ho.

The group will hold a comeback showcase in Seoul on Tuesday and appear on US television later this month."""

ARTICLES = [
("s13", "Korea Wire Service", "2026-02-23T19:30:00+09:00",
 "NOVA9 returns with 'Afterglow', tops charts", WIRE_S13),
("s13", "StageLight Magazine", "2026-02-23T21:00:00+09:00",
 "NOVA9's 'Afterglow' is here — and 'Last Light' is already No. 1",
 """Two years of waiting ended at 6 p.m. sharp. NOVA9 dropped "Afterglow", their fourth studio album, and within forty minutes title track "Last Light" sat at No. 1 on Melon's real-time chart, with the B-side "Paper Moon" right behind it.

The 12-track album leans into '80s synth-pop, with gated drums, bright arpeggios and a chorus built for stadiums. Leader Kang Ji-ho co-wrote four songs, including the title track, and the album closes with "Ninth Street", a slow piano ballad the members wrote together about their trainee days.

The music video, shot in a deserted Busan amusement park, passed 18 million YouTube views in its first three hours. Starlight Entertainment says pre-orders topped 3.2 million, a career high.

The boys hold their comeback showcase tomorrow at the KSPO Dome, then head to the US for a late-night TV performance next week. Fans, keep your lightsticks charged."""),
("s13", "K-Wave Insider", "2026-02-23T22:15:00+09:00",
 "Review: 'Afterglow' finds NOVA9 older, warmer and at their best",
 """There is a moment about two minutes into "Last Light" when the synths fall away and Kang Ji-ho sings the bridge almost alone. It is the quietest thing NOVA9 have put on a title track, and it sets the tone for an album that trades the group's old swagger for something more reflective.

"Afterglow" is not perfect. The middle stretch, with two interchangeable dance tracks, drags. But "Paper Moon" is the best B-side the group has released, and the closing ballad "Ninth Street" is a generous, unguarded goodbye to their early years. Four stars."""),
("s13", "Idol Beat", "2026-02-24T09:00:00+09:00",
 "NOVA9 'Afterglow' sells 2.1 million on first day, breaks group record",
 """NOVA9's fourth album "Afterglow" sold 2.14 million copies on its first day of release, according to Hanteo Chart, the group's best first-day figure and the highest for any boy group this year.

"Last Light" swept the six major Korean streaming charts by midnight, achieving a so-called "perfect all-kill". Starlight Entertainment said the group would perform the song for the first time at Tuesday's showcase."""),
("s13", "Metro Seoul", "2026-02-24T10:20:00+09:00",
 "NOVA9 releases fourth album 'Afterglow', lead single tops charts",
 WIRE_S13.replace("SEOUL — ", "").replace("on Monday", "on Monday evening").replace(
  "The group will hold", "NOVA9 will hold") + "\n\nThe album sold more than 2.1 million copies on its first day, according to Hanteo Chart.\n\n(Korea Wire Service)"),
("s13", "Market Pulse", "2026-02-24T11:00:00+09:00",
 "Starlight Entertainment +9% as NOVA9 album sets sales record",
 """Shares in Starlight Entertainment rose 9.2% on Tuesday after its boy group NOVA9 sold 2.14 million copies of new album "Afterglow" on day one. Analysts at Hanul Investment raised their 2026 revenue forecast for the agency by 6%, citing album sales and a world tour expected in the second half. NOVA9 accounts for about 55% of Starlight's revenue."""),
("s13", "StageLight Magazine", "2026-02-25T00:30:00+09:00",
 "Inside NOVA9's 'Afterglow' showcase: tears, a ballad and a promise",
 """Fifteen thousand fans filled the KSPO Dome on Tuesday night for NOVA9's "Afterglow" showcase, and the group gave them the new album almost in full.

"Last Light" opened the show, but the emotional peak came at the end with "Ninth Street", when the members sat on the edge of the stage and sang to a dimmed hall. Leader Kang Ji-ho, 27, thanked fans for "waiting two years", adding that the album was "our way of saying we are still growing".

He laughed off a question about military service: "Today is about the music." The group flies to Los Angeles on Friday."""),
("s13", "Harbor Daily", "2026-02-25T15:00:00+09:00",
 "NOVA9's 'Afterglow' enters Billboard global chart at No. 3",
 """NOVA9's "Last Light", the title track of the group's new album "Afterglow", debuted at No. 3 on a Billboard global chart that excludes the US, the group's highest ranking. The album, released on Monday, sold more than 2.5 million copies in its first two days."""),

# s14 — same group, different event: leader's enlistment
("s14", "Korea Wire Service", "2026-03-30T10:05:00+09:00",
 "NOVA9 leader Kang Ji-ho to enlist for military service in April",
 """SEOUL — Kang Ji-ho, leader of the K-pop boy group NOVA9, will begin his mandatory military service on April 21, his agency Starlight Entertainment said on Monday.

Kang, 27, will enter an army training centre in Cheorwon, Gangwon province, and serve for 18 months. The agency asked fans not to gather at the site. The other eight members will continue activities as planned, it said."""),
("s14", "K-Wave Insider", "2026-03-30T12:40:00+09:00",
 "Kang Ji-ho's enlistment date is set — here's what it means for NOVA9",
 """It's official: NOVA9's leader enlists on April 21. Kang Ji-ho, who turns 28 this year, is the first member to go, and Starlight Entertainment confirmed he'll do regular active duty rather than a band or entertainment role.

So what happens to the world tour everyone has been waiting for? Starlight says the eight other members will carry on, but the North American dates rumoured for the autumn now look unlikely to include Ji-ho. The group has recorded songs in advance, and a fan-club announcement hints at a "special release" before he leaves.

Ji-ho posted a handwritten note: "I'll come back healthier. Please look after our members for me.\""""),
("s14", "Idol Beat", "2026-03-30T14:00:00+09:00",
 "NOVA9's Kang Ji-ho pens letter to fans ahead of April enlistment",
 """NOVA9 leader Kang Ji-ho shared a handwritten letter on the group's fan platform on Monday after Starlight Entertainment announced that he will enlist on April 21. "I'll come back healthier. Please look after our members for me," he wrote. Kang will complete basic training in Cheorwon and serve in the army for 18 months."""),
("s14", "Metro Seoul", "2026-03-31T08:30:00+09:00",
 "First NOVA9 member to serve: leader heads to army next month",
 """Kang Ji-ho, leader of the boy group NOVA9, will begin his mandatory 18-month army service on April 21, becoming the first of the nine members to enlist. Starlight Entertainment said Kang would enter the training centre quietly, without a public event, and urged fans to stay away.

The announcement comes five weeks after NOVA9 released its fourth album, "Afterglow", which sold more than 3 million copies. All able-bodied South Korean men must serve in the military before turning 28; a law extending exemptions to pop stars has stalled in parliament."""),
("s14", "Market Pulse", "2026-03-30T13:15:00+09:00",
 "Starlight Entertainment -4% on NOVA9 leader's enlistment news",
 """Starlight Entertainment fell 4.3% on Monday after the agency said NOVA9 leader Kang Ji-ho will enlist on April 21. Analysts said the market had expected the move this year but that the timing raised doubts about a full-member world tour in the second half."""),

# s15 — LUMIA world tour announcement
("s15", "Korea Wire Service", "2026-01-15T11:00:00+09:00",
 "Girl group LUMIA announces first world tour, 32 cities",
 """SEOUL — K-pop girl group LUMIA will embark on its first world tour in April, visiting 32 cities in Asia, North America and Europe, its agency Bluebell Music said on Thursday.

The "Prism" tour opens with two concerts at Seoul's Gocheok Sky Dome on April 11-12 and includes stadium shows in Los Angeles, New York, London and Paris. The five-member group debuted in 2022 and had a global hit last year with "Glass Heart"."""),
("s15", "StageLight Magazine", "2026-01-15T13:30:00+09:00",
 "LUMIA's 'Prism' world tour: dates, cities and everything we know",
 """Shining, at last: LUMIA are going on a world tour. Bluebell Music dropped the poster for the "Prism" tour at noon, and it's huge. Thirty-two cities across Asia, North America and Europe, starting with two nights at Gocheok Sky Dome on April 11 and 12.

The North American leg runs through May, with stadium nights at SoFi in Los Angeles and MetLife outside New York. Europe follows in June: London, Paris, Berlin, Amsterdam and, for the first time for any Bluebell act, Madrid. Asian dates include Tokyo, Osaka, Bangkok, Manila, Jakarta and Singapore.

Fan-club presales open January 22. Bluebell says the staging will be built around a giant mirrored cube, a nod to the tour's name."""),
("s15", "K-Wave Insider", "2026-01-15T16:00:00+09:00",
 "LUMIA go global: why the 'Prism' tour is a bigger bet than it looks",
 """Three years after debut, LUMIA are jumping straight to stadiums in the US and Europe, skipping the arena-circuit step most girl groups take. That is a statement of confidence from Bluebell Music, and a risk.

"Glass Heart" made them a streaming phenomenon abroad, but stadium tickets are a different test. The company is clearly betting that a single breakthrough hit plus a loyal Asian fan base can fill SoFi. If it works, LUMIA join a very short list of K-pop acts with stadium-level touring power."""),
("s15", "Idol Beat", "2026-01-15T12:10:00+09:00",
 "LUMIA to tour 32 cities on 'Prism' world tour",
 """LUMIA will hold their first world tour, "Prism", starting with two shows at Gocheok Sky Dome on April 11-12, Bluebell Music announced. The tour covers 32 cities in Asia, North America and Europe. Presales begin January 22."""),
("s15", "Market Pulse", "2026-01-15T14:20:00+09:00",
 "Bluebell Music +7% on LUMIA world tour news",
 """Bluebell Music rose 7.4% on Thursday after announcing a 32-city world tour for girl group LUMIA. Analysts estimate the tour could generate 180-220 billion won in ticket and merchandise revenue, roughly doubling the agency's concert income in 2026."""),
("s15", "Harbor Daily", "2026-01-16T09:30:00+09:00",
 "LUMIA's world tour to include first stadium shows by a fourth-generation girl group",
 """LUMIA's newly announced "Prism" world tour will make the five-member group the first fourth-generation K-pop girl group to headline stadiums in the United States, its agency said. The 32-city tour begins in Seoul on April 11. Bluebell Music said it had added a second Tokyo date after fan-club registration passed 400,000 in Japan within a day."""),

# s16 — VELVETINE court injunction
("s16", "Korea Wire Service", "2026-04-14T15:10:00+09:00",
 "Court suspends VELVETINE members' contracts with Orbit Music",
 """SEOUL — A Seoul court on Tuesday granted an injunction sought by the five members of K-pop girl group VELVETINE, suspending their exclusive contracts with agency Orbit Music pending a full trial.

The Seoul Central District Court said the agency had failed to pay settlement fees for 14 months and had not provided accounting records despite repeated requests, "seriously damaging the relationship of trust". Orbit Music said it would appeal."""),
("s16", "K-Wave Insider", "2026-04-14T17:30:00+09:00",
 "VELVETINE win round one against Orbit Music — what happens now?",
 """The five members of VELVETINE can work independently, for now. Tuesday's injunction means Orbit Music cannot stop them performing, signing deals or releasing music until a court rules on whether their contracts are void.

The judges were unusually blunt: 14 months of unpaid settlements and a refusal to open the books was, in their words, a "serious" breach. Orbit's appeal could take months.

The members thanked fans in a short joint post and said they would announce plans "soon". Their group name, however, is trademarked by Orbit — so whether they can perform as VELVETINE is a separate fight."""),
("s16", "Seoul Ledger", "2026-04-15T08:00:00+09:00",
 "VELVETINE ruling adds to pressure on K-pop contract practices",
 """A court ruling on Tuesday that freed the members of girl group VELVETINE from their agency contracts pending trial has renewed calls for changes to K-pop management practices.

The Seoul Central District Court found that Orbit Music failed to pay the members' share of earnings for 14 months. The Fair Trade Commission said it would review standard contracts used by entertainment agencies, and two lawmakers proposed requiring agencies to give artists quarterly earnings statements.

Orbit Music said the ruling was "one-sided" and it would appeal."""),
("s16", "Idol Beat", "2026-04-14T18:10:00+09:00",
 "VELVETINE members: 'We just wanted to be paid fairly'",
 """"We just wanted to be paid fairly and to know where our money went," VELVETINE's members wrote in a joint statement after a Seoul court suspended their contracts with Orbit Music. They said they had no plans to disband. Orbit Music plans to appeal the injunction."""),
("s16", "Market Pulse", "2026-04-15T10:30:00+09:00",
 "Orbit Music -12% after court frees VELVETINE from contracts",
 """Orbit Music shares fell 12.4% on Wednesday, after a court suspended VELVETINE's exclusive contracts. The group generated about 38% of the agency's 2025 revenue. The stock has lost 41% since the members filed their lawsuit in December."""),

# s17 — same group as s15, different event: China approves Shanghai concert
("s17", "Asia Report Agency", "2026-04-20T17:00:00+08:00",
 "China approves K-pop concert by LUMIA in Shanghai, a first in years",
 """SHANGHAI — Chinese authorities have approved a concert by South Korean girl group LUMIA in Shanghai in June, the organiser said on Monday, the first large K-pop concert approved in mainland China since 2016.

Beijing informally restricted Korean entertainment after Seoul agreed to deploy a US missile defence system that year. Relations have warmed since President Lee Jae-myung's state visit to Beijing in January, when he and Xi Jinping pledged to expand cultural exchanges.

The concert, at the 18,000-seat Mercedes-Benz Arena, will be added to LUMIA's ongoing world tour."""),
("s17", "Seoul Ledger", "2026-04-21T07:30:00+09:00",
 "A K-pop thaw: LUMIA cleared to perform in Shanghai",
 """For nearly a decade, Korean pop acts have been effectively shut out of concert halls in mainland China. That changed on Monday, when a Shanghai promoter confirmed that LUMIA had been approved to perform at the city's Mercedes-Benz Arena on June 20.

The culture ministry in Seoul called the approval "a meaningful step" and credited the summit between President Lee Jae-myung and Xi Jinping in January. Chinese officials have not publicly acknowledged any ban, which began after South Korea agreed in 2016 to host the THAAD missile defence system.

Industry officials said several other agencies had applied for permits. "If LUMIA's show goes smoothly, the door opens for everyone," said a senior manager at a Seoul concert company."""),
("s17", "K-Wave Insider", "2026-04-21T10:00:00+09:00",
 "LUMIA in Shanghai: the show that could end K-pop's China freeze",
 """LUMIA's "Prism" tour was already their biggest, and now it has a date nobody expected: Shanghai, June 20. Bluebell Music says tickets go on sale through a Chinese platform in May.

For fans in China who have been flying to Seoul, Bangkok or Tokyo to see their favourites, this is huge. For the industry, it is a test of whether the political thaw is real."""),
("s17", "Eastgate Post", "2026-04-21T12:20:00+08:00",
 "Shanghai K-pop show signals warming China–South Korea ties",
 """A Shanghai concert by K-pop group LUMIA approved for June is the latest sign of improving relations between Beijing and Seoul, analysts said, following resumed group tourism and more flights between the two countries.

China's foreign ministry said it supported "healthy and orderly" cultural exchanges when asked about the concert. The approval comes ahead of a planned visit by Chinese Premier Li Qiang to Seoul."""),
("s17", "Market Pulse", "2026-04-21T09:40:00+09:00",
 "Entertainment stocks rally on LUMIA Shanghai concert approval",
 """Korean entertainment stocks rose on Tuesday after China approved a LUMIA concert in Shanghai. Bluebell Music jumped 14.8%, Starlight Entertainment gained 6.1% and Orbit Music rose 3.2%. Analysts said a reopening of the Chinese concert market could add 10-15% to large agencies' earnings from 2027.""", ["k-pop", "economy"]),
]
