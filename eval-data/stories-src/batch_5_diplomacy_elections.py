STORIES = {
    "s18": ["diplomacy"],
    "s19": ["diplomacy"],
    "s20": ["elections"],
    "s21": ["elections", "technology"],
}
WIRE_S18 = """NARA, Japan — South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi agreed on Tuesday to step up "shuttle diplomacy" and cooperate on supply chains and North Korea, at a summit in Takaichi's home city of Nara.

The two leaders also agreed to launch a joint project to identify, through DNA testing, the remains of Korean labourers who died in a flooded coal mine in Yamaguchi prefecture in 1942, an issue long raised by victims' families.

"Korea and Japan are partners who must walk together toward the future while facing the past squarely," Lee said at a joint press conference. Takaichi said she hoped to visit South Korea "in the near future".

The summit came a week after Lee's state visit to China, where he met Xi Jinping."""

ARTICLES = [
("s18", "Korea Wire Service", "2026-01-13T18:40:00+09:00",
 "Lee, Takaichi agree to boost shuttle diplomacy at Nara summit", WIRE_S18),
("s18", "Metro Seoul", "2026-01-13T19:30:00+09:00",
 "Lee and Takaichi pledge closer ties in Nara, agree on mine victims' DNA project",
 WIRE_S18.replace("NARA, Japan — ", "").replace("on Tuesday", "on Tuesday afternoon") + "\n\n(Korea Wire Service)"),
("s18", "Tokyo Morning Herald", "2026-01-13T20:15:00+09:00",
 "Takaichi hosts Lee in Nara, seeks stable ties amid China tension",
 """Prime Minister Sanae Takaichi welcomed South Korean President Lee Jae-myung to her hometown of Nara on Tuesday, taking him to the eighth-century Todaiji temple before talks that both sides described as warm and practical.

For Takaichi, whose relations with Beijing have soured since her November remarks on Taiwan, a steady relationship with Seoul is a priority. Officials said the two leaders discussed economic security, including joint stockpiling of critical minerals, and agreed that their foreign ministers would meet every quarter.

On history, the leaders agreed to begin DNA identification of remains recovered from the Chosei coal mine in Ube, where 183 workers, most of them Korean, died in 1942. Takaichi, a conservative who has visited the Yasukuni Shrine in the past, did not refer to Japan's colonial rule in her remarks but said both countries "should not let the past define the future".

Lee invited Takaichi to visit his own hometown in North Gyeongsang province. She accepted "with pleasure", without giving a date."""),
("s18", "The Han River Times", "2026-01-14T07:00:00+09:00",
 "Nara summit: small steps on history, big words on the future",
 """Tuesday's summit in Nara was the sort of meeting both governments wanted: no surprises, a few concrete deliverables and a photograph of two leaders bowing before a giant bronze Buddha.

The most tangible outcome is the agreement to identify, using DNA, the remains of Koreans who died in the 1942 Chosei mine disaster. Families have sought this for decades, and civic groups recovered bones from the flooded shaft only last year. President Lee Jae-myung called it "a first step that the families have waited 84 years for".

Beyond that, Lee and Prime Minister Sanae Takaichi agreed to regular visits, a new dialogue on supply chains and closer coordination on North Korea. They avoided the thornier questions of wartime forced labour compensation and the Dokdo islets.

Critics at home said Lee had asked too little. Supporters argue that after a visit to Beijing the week before, Lee needed to show Tokyo that Seoul is not drifting toward China. On that score, the Nara summit succeeded."""),
("s18", "Harbor Daily", "2026-01-13T21:00:00+09:00",
 "Korea, Japan agree on DNA tests for 1942 mine victims",
 """South Korea and Japan will jointly carry out DNA tests on remains recovered from a coal mine in Ube, Yamaguchi prefecture, where 183 workers, including 136 Koreans, died in a 1942 flood, the two governments said after a summit in Nara on Tuesday. Families of the victims welcomed the agreement."""),
("s18", "Eastgate Post", "2026-01-14T10:00:00+08:00",
 "Beijing watches as Seoul and Tokyo draw closer",
 """Chinese state media gave muted coverage on Wednesday to the summit between South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi in Nara, a week after Lee was received by Xi Jinping in Beijing.

The Global Times said Seoul should "not be tied to Japan's dangerous Taiwan policy". Chinese analysts noted that the joint statement made no mention of Taiwan, which they called a sign of South Korean caution."""),
("s18", "Peninsula Watch", "2026-01-14T15:00:00+09:00",
 "Lee's two-capital January: Beijing, then Nara",
 """In the space of eight days, Lee Jae-myung has shaken hands with Xi Jinping in Beijing and bowed with Sanae Takaichi at Todaiji. The Nara summit produced less than the Beijing visit in economic terms but more in symbolism: a DNA project for mine victims and a promise of regular visits.

The North Korea paragraph of the joint statement is thin. Both leaders want Pyongyang to talk; neither has any new idea for making it do so."""),

# s19 — same two leaders, a different summit in April
("s19", "Korea Wire Service", "2026-04-25T17:30:00+09:00",
 "Lee hosts Takaichi in Andong, leaders agree on hydrogen and visa deals",
 """ANDONG, South Korea — President Lee Jae-myung hosted Japanese Prime Minister Sanae Takaichi in his home region of Andong on Saturday, where the two leaders signed agreements on hydrogen supply chains and a simplified visa programme for young workers.

The meeting, their second summit this year after talks in Nara in January, also addressed North Korea's missile launches in March. The leaders condemned the North's test of a Hwasong-20 intercontinental ballistic missile and agreed to share missile warning data in real time with the United States.

Takaichi toured the Hahoe folk village, a UNESCO World Heritage site, before the talks."""),
("s19", "Tokyo Morning Herald", "2026-04-25T19:00:00+09:00",
 "Takaichi in Andong: hydrogen pact, working-holiday expansion",
 """Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung signed a memorandum on hydrogen cooperation and agreed to double the quota of their working-holiday visa programme to 20,000 a year each, during a summit in Andong on Saturday.

It was Takaichi's first trip to South Korea as prime minister, returning Lee's visit to Nara in January. Japanese officials said the two sides also discussed coordinating their responses to US tariffs on steel and battery components, which hit both economies this spring."""),
("s19", "The Han River Times", "2026-04-26T07:30:00+09:00",
 "In Andong, Lee repays the Nara welcome — and keeps history off the table",
 """Three months after Prime Minister Sanae Takaichi showed him Nara's temples, President Lee Jae-myung returned the favour on Saturday, walking her through the thatched houses of Hahoe village and serving a dinner of Andong braised chicken.

The summit produced practical results: a hydrogen supply-chain memorandum, an expanded working-holiday scheme and a plan to link missile-warning data. Officials said the DNA identification project for victims of the 1942 Chosei mine disaster, agreed in Nara, had identified its first two names.

What the summit did not produce was any movement on compensation for wartime forced labour. Lee's aides said he chose not to raise it, to preserve momentum. Civic groups protested outside the venue."""),
("s19", "Harbor Daily", "2026-04-26T09:00:00+09:00",
 "Korea, Japan to link missile-warning data with US after Andong summit",
 """South Korea and Japan agreed at a summit in Andong on Saturday to share North Korean missile warning data in real time with the United States through a new link, President Lee Jae-myung's office said. Lee and Prime Minister Sanae Takaichi also signed a hydrogen cooperation memorandum.""", ["diplomacy", "north-korea"]),
("s19", "Seoul Ledger", "2026-04-26T11:00:00+09:00",
 "Business groups welcome hydrogen pact from Lee–Takaichi meeting",
 """South Korean and Japanese business lobbies welcomed the hydrogen supply-chain agreement signed by President Lee Jae-myung and Prime Minister Sanae Takaichi in Andong on Saturday, saying it could lead to joint purchases of ammonia and shared shipping terminals. The Korea Chamber of Commerce said companies from both countries would meet in Osaka in June to draft projects."""),

# s20 — Democratic Party Seoul mayoral primary
("s20", "Korea Wire Service", "2026-04-10T20:10:00+09:00",
 "Ex-minister Yoon Seo-hyun wins Democratic Party's Seoul mayor primary",
 """SEOUL — Former interior minister Yoon Seo-hyun won the ruling Democratic Party's primary for Seoul mayor on Friday, beating three-term lawmaker Ko Min-jae and setting up a contest with the opposition People Power Party in the June 3 local elections.

Yoon won 54.8 percent of the combined vote of party members and the public, against 45.2 percent for Ko. She would be the first woman to serve as Seoul's elected mayor."""),
("s20", "Metro Seoul", "2026-04-10T21:30:00+09:00",
 "Yoon Seo-hyun to carry Democratic banner in Seoul mayoral race",
 """Yoon Seo-hyun, a former interior minister, will be the Democratic Party's candidate for mayor of Seoul after defeating lawmaker Ko Min-jae in a primary decided on Friday.

Yoon campaigned on housing supply, promising 100,000 public rental units in four years, and on extending late-night subway service. Ko, who conceded in a short speech, had criticised her as too close to the central government. "From tonight we are one team," Ko said.

The People Power Party will pick its candidate next week. Local elections for mayors, governors and councils nationwide will be held on June 3."""),
("s20", "Seoul Ledger", "2026-04-11T08:00:00+09:00",
 "Analysis: Why Yoon beat Ko — and what it means for June",
 """Yoon Seo-hyun's nine-point win in the Democratic Party primary for Seoul mayor was narrower among party members than among the public, a split that says much about the race to come.

Ko Min-jae ran as the candidate of the party's activist base, promising to challenge the Lee Jae-myung government on property taxes. Yoon ran as an administrator, the person who handled last year's floods as interior minister. Public respondents, weighted at 50 percent, preferred her by 14 points.

In June, she faces a city that has voted for conservative mayors in four of the last five elections. Her pitch on housing will be tested against voters worried about taxes."""),
("s20", "Election Desk", "2026-04-11T10:00:00+09:00",
 "Seoul primary results: Yoon 54.8%, Ko 45.2%; turnout among members 61%",
 """Final Democratic Party primary results for Seoul mayor: Yoon Seo-hyun 54.8%, Ko Min-jae 45.2%. Members' vote: Yoon 51.2%, Ko 48.8% (turnout 61.3%). Public poll: Yoon 58.4%, Ko 41.6%. Each half weighted 50%. The PPP announces its Seoul nominee on April 17. Election day: June 3."""),
("s20", "The Han River Times", "2026-04-11T09:30:00+09:00",
 "Yoon Seo-hyun: from flood chief to mayoral candidate",
 """When torrential rain flooded southern Seoul last summer, Yoon Seo-hyun, then interior minister, slept at the disaster control centre for five nights. That image helped her win the Democratic Party's nomination for Seoul mayor on Friday. Yoon, 58, a former prosecutor, entered politics in 2016. If elected in June she would be the first woman elected to run the capital."""),

# s21 — election commission deepfake rules
("s21", "Korea Wire Service", "2026-03-05T11:20:00+09:00",
 "Election watchdog deploys AI to detect deepfakes ahead of June vote",
 """SEOUL — South Korea's National Election Commission said on Thursday it would use an AI detection system to find deepfake campaign videos from today, 90 days before the June 3 local elections, when a ban on such content takes effect.

Anyone who makes or distributes deepfake images, videos or audio of candidates for campaign purposes faces up to seven years in prison or a fine of up to 50 million won. The commission said it had set up a 40-member team to monitor social media and video platforms."""),
("s21", "ChipWatch", "2026-03-05T06:00:00Z",
 "How Korea's election deepfake detector works (and where it won't)",
 """The National Election Commission's detector, built with a state research institute, combines three models: one for face-swap artefacts, one for synthetic voices and one that checks uploads against a database of candidates' authentic footage.

The commission claims 92 percent accuracy in tests. That is not enough to convict anyone, which is why flagged items go to human reviewers. The weak spot is audio: cloned voices in short clips spread on messaging apps, where the commission has no access."""),
("s21", "Election Desk", "2026-03-05T15:00:00+09:00",
 "Deepfake ban starts today: what candidates and voters need to know",
 """From March 5 until election day on June 3, it is illegal to produce, edit or distribute deepfake video, images or audio of candidates for campaign purposes. Penalties: up to 7 years' prison or up to 50 million won. Parody and labelled AI content not used for campaigning are outside the ban, but the NEC says it will judge case by case. Report suspected deepfakes through the NEC app."""),
("s21", "Seoul Ledger", "2026-03-06T08:10:00+09:00",
 "Parties pledge not to use AI fakes as election watchdog steps up scrutiny",
 """The Democratic Party and the People Power Party signed a pledge on Friday not to use AI-generated deepfakes in the June 3 local election campaigns, a day after the National Election Commission began enforcing its 90-day ban.

The commission said it had already found 37 suspected deepfake videos of potential candidates on YouTube and TikTok, most of them satirical. It referred three to prosecutors. Platforms including Naver and Kakao said they would label AI-generated political content."""),
("s21", "Harbor Daily", "2026-03-06T14:00:00+09:00",
 "Election commission flags 37 deepfakes on first day of ban",
 """South Korea's election commission said it detected 37 suspected deepfake videos of potential candidates in the first 24 hours after a ban on AI-generated campaign content took effect ahead of the June 3 local elections. Three cases were referred to prosecutors.""", ["elections", "technology"]),
]
