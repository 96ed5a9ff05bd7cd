STORIES = {
    "s06": ["taiwan", "security"],
    "s07": ["taiwan", "security"],
    "s08": ["taiwan", "technology"],
}
WIRE_S06 = """TAIPEI — China's military began large-scale air and naval exercises around Taiwan on Tuesday, deploying warships, bombers and coast guard vessels in what it called a "stern warning" to separatist forces on the island.

The Eastern Theater Command said the drills, code-named Eastern Shield-2026, would test the ability to blockade key ports and strike "high-value targets". A spokesman, Senior Colonel Zhao Qiming, said they were "a legitimate and necessary action to safeguard national sovereignty".

Taiwan's defence ministry said it had detected 71 Chinese military aircraft and 19 navy ships by 6 a.m., and had dispatched its own forces and activated land-based missile systems. President Lai Ching-te's office condemned the exercises as "irrational provocation" that threatened regional peace.

The drills come a week after Lai proposed an additional T$180 billion in defence spending."""

ARTICLES = [
("s06", "Asia Report Agency", "2026-02-24T09:30:00+08:00",
 "China launches 'Eastern Shield' drills around Taiwan", WIRE_S06),
("s06", "Harbor Daily", "2026-02-24T11:05:00+09:00",
 "China begins Eastern Shield-2026 exercises encircling Taiwan",
 WIRE_S06.replace("TAIPEI — ", "").replace("on Tuesday", "on Tuesday morning").replace(
  "a week after Lai proposed", "one week after President Lai proposed") + "\n\n(Asia Report Agency)"),
("s06", "Eastgate Post", "2026-02-24T10:40:00+08:00",
 "PLA launches blockade drills around Taiwan, Taipei condemns 'provocation'",
 """China's military launched air and naval exercises around Taiwan on Tuesday, deploying warships, bombers and coast guard vessels in what it described as a "stern warning" to separatist forces.

The Eastern Theater Command said the exercises, named Eastern Shield-2026, would rehearse blockading key ports and striking "high-value targets".

Taiwan's defence ministry said it had tracked 71 Chinese aircraft and 19 warships by early morning. President Lai Ching-te's office called the exercises an "irrational provocation"."""),
("s06", "Taipei Current", "2026-02-24T15:20:00+08:00",
 "Ships, bombers and coast guard cutters: Taiwan wakes to a rehearsal of blockade",
 """Fishermen in Keelung were told to stay in port on Tuesday. Flights from Taoyuan to Okinawa were rerouted east. By mid-afternoon Taiwan's defence ministry had counted 89 Chinese military aircraft and 24 ships, including an aircraft carrier group operating south-east of the island, in the largest single-day show of force since the spring of 2025.

Beijing calls the exercise Eastern Shield-2026. Its Eastern Theater Command published maps showing five zones around Taiwan, two of them within 24 nautical miles of the coast near Kaohsiung and Hualien, and a poster of a shield closing around the island. China's coast guard said it had carried out "law enforcement inspections" east of Matsu.

Colonel Hsu Chen-wei of Taiwan's defence ministry said Chinese forces had simulated strikes on ports and energy terminals. Taiwan put its missile units on alert and sent frigates to shadow the Chinese ships. "We do not seek conflict, and we will not be intimidated," he said.

President Lai Ching-te, who last week asked the legislature for an extra T$180 billion in defence funds, met his national security team in the morning. His office said the drills "prove the necessity" of the spending. The opposition Kuomintang urged both sides to show restraint and said it would review the budget "on its merits".

The US State Department said it was "closely monitoring" the exercises and urged Beijing to stop military pressure. Japan, whose westernmost island of Yonaguni lies 110 kilometres from Taiwan, said its forces were on heightened alert."""),
("s06", "DefenseLine Journal", "2026-02-24T23:00:00Z",
 "Eastern Shield-2026: carrier ops east of Taiwan and a coast guard twist",
 """Three features stand out in the first day of the PLA's Eastern Shield-2026 exercise.

First, the carrier group operating south-east of Taiwan, outside the first island chain, rehearsed the denial of reinforcement from the Philippine Sea rather than an assault on the island itself.

Second, China's coast guard again played a visible role, announcing inspections near Matsu. Beijing is normalising the idea that a "quarantine" run by law-enforcement ships is a step short of war.

Third, the drill zones near Kaohsiung and Hualien sit astride the ports and the east-coast air bases where Taiwan would disperse its fighters. The target set is logistics, not beaches."""),
("s06", "Tokyo Morning Herald", "2026-02-25T08:10:00+09:00",
 "Japan raises alert around Yonaguni as Chinese drills near Taiwan continue",
 """Japan's Self-Defense Forces raised their alert level around the southern island of Yonaguni on Wednesday as Chinese military exercises around Taiwan entered a second day.

Defence officials said Chinese drones had flown between Yonaguni and Taiwan and that one drill zone lay about 80 kilometres from Japanese territory. Prime Minister Sanae Takaichi said Japan was "gravely concerned" and in close contact with Washington.

China's Eastern Theater Command said the Eastern Shield-2026 drills had "achieved their objectives" in the first phase."""),
("s06", "Formosa Observer", "2026-02-25T19:30:00+08:00",
 "Beijing ends two-day drills; Taipei counts 153 aircraft",
 """China's military said on Wednesday evening that it had concluded the Eastern Shield-2026 exercises around Taiwan after two days.

Taiwan's defence ministry said 153 Chinese aircraft and 31 ships took part in total, with 90 aircraft crossing the median line of the Taiwan Strait. President Lai Ching-te thanked the armed forces and called on the legislature to pass his special defence budget "without delay".

Taiwan's stock market fell 1.9 percent on Tuesday and recovered most of the loss on Wednesday."""),

# s07 — second, separate PLA exercise in April
("s07", "Asia Report Agency", "2026-04-08T13:15:00+08:00",
 "China holds live-fire drills off Fujian coast facing Taiwan",
 """BEIJING — China's military conducted live-fire exercises in waters off the coast of Fujian province facing Taiwan on Wednesday, the Eastern Theater Command said, six weeks after it staged large-scale drills around the island.

The command said army rocket forces and naval vessels fired at targets near Pingtan island. Maritime authorities closed an area of about 1,200 square kilometres to shipping until Friday.

Taiwan's defence ministry said the firing took place inside Chinese waters and posed no direct threat, but it was monitoring closely. The drills followed a visit to Taiwan by a US congressional delegation this week."""),
("s07", "Taipei Current", "2026-04-08T18:40:00+08:00",
 "Rocket fire off Pingtan after US lawmakers' visit; Taipei keeps calm",
 """Chinese rocket artillery fired into the sea off Pingtan on Wednesday in a live-fire drill that Beijing linked to a visit by American lawmakers, but Taiwanese officials played down the threat, noting that the impact zone lay within Chinese waters.

The exercise, announced at short notice by Fujian's maritime safety administration, closed a rectangle of sea roughly 130 kilometres from Hsinchu until Friday. It is far smaller than the Eastern Shield-2026 encirclement drills of late February.

"This is pressure we have seen before," Colonel Hsu Chen-wei of the defence ministry said. "Our forces are watching, and there is no unusual movement near Taiwan." Six US House members met President Lai Ching-te on Tuesday and pledged to speed up delivery of anti-ship missiles."""),
("s07", "Eastgate Post", "2026-04-09T07:50:00+08:00",
 "PLA rocket force fires into Taiwan Strait near Pingtan",
 """The People's Liberation Army carried out a live-fire drill near Pingtan island in Fujian on Wednesday, China's Eastern Theater Command said, describing it as a "routine" exercise of long-range precision strike.

State television showed multiple-launch rocket systems firing from the shore. Taiwan said the exercise did not cross into waters it controls. China's Taiwan Affairs Office said Taipei's contacts with US lawmakers were "playing with fire"."""),
("s07", "DefenseLine Journal", "2026-04-09T15:00:00Z",
 "Small drill, clear signal: PLA's Pingtan live-fire",
 """Compared with February's Eastern Shield-2026, this week's firing off Pingtan is a small event: one maritime closure, one rocket brigade, two days. That is the point. Beijing is calibrating its responses, scaling drills to the provocation it claims. A congressional visit earns a live-fire notice; a defence budget and a presidential speech earned an encirclement.

Watch the PCH-191 rocket launchers. Their 300-kilometre variant can reach Taiwan's west coast from Pingtan, and state TV made sure they were on camera."""),
("s07", "Harbor Daily", "2026-04-10T10:05:00+09:00",
 "China ends Fujian live-fire drill a day early",
 """China lifted a maritime closure off Fujian province on Thursday evening, ending a live-fire exercise that began on Wednesday a day earlier than announced, Taiwan's coast guard said. Taipei said it had not detected any Chinese ships entering its restricted waters during the drill, which Beijing staged after a US congressional visit to Taiwan."""),

# s08 — Hualien earthquake, chip fabs
("s08", "Asia Report Agency", "2026-03-11T22:40:00+08:00",
 "Strong earthquake hits eastern Taiwan, chip plants evacuated",
 """TAIPEI — A magnitude 6.6 earthquake struck off Taiwan's east coast near Hualien on Wednesday evening, shaking buildings in Taipei and prompting chipmakers to evacuate staff from factories in the west of the island, officials said.

The Central Weather Administration said the quake struck at 9:52 p.m. at a depth of 18 kilometres. Two people were killed by falling rocks on a highway in Hualien county and at least 41 were injured. Rail services along the east coast were suspended.

Taiyang Semiconductor said it had evacuated some staff at its Hsinchu and Taichung fabs as a precaution and was assessing equipment."""),
("s08", "Taipei Current", "2026-03-12T09:20:00+08:00",
 "Hualien quake: two dead, landslides close Suhua highway; fabs check wafers",
 """Rescue teams in Hualien worked through the night after a magnitude 6.6 earthquake on Wednesday triggered landslides that buried a section of the Suhua Highway, killing two drivers. Officials said 41 people were hurt, most of them lightly, and that 3,600 households lost power for several hours.

The quake, centred 25 kilometres off the coast, was the strongest to hit the county since April 2024. Several older buildings in Hualien city tilted, and the county government opened four shelters for about 300 residents.

On the other side of the island, chip plants in Hsinchu and the Central Taiwan Science Park registered shaking of intensity 4. Taiyang Semiconductor said more than 90 percent of its tools had resumed operation by morning but that some wafers in process would be scrapped. Memory maker Ironwood Micro said it was inspecting lithography machines, which are especially sensitive to vibration.

Premier's office officials said the science parks had lost no water or power supply. President Lai Ching-te visited Hualien on Thursday morning and promised swift reconstruction funds."""),
("s08", "ChipWatch", "2026-03-12T04:00:00Z",
 "What a 6.6 quake does to a fab: early read on Taiwan wafer losses",
 """Intensity-4 shaking in Hsinchu is not a disaster for a modern fab, but it is not free either. Tools stop automatically, wafers mid-process in etch and deposition are often scrapped, and EUV scanners need recalibration that can take days.

Taiyang says 90 percent of tools were back by Thursday morning. Our rough estimate, based on the 2024 Hualien event, is 30,000 to 60,000 advanced-node wafer starts lost, or under 1 percent of quarterly output. Ironwood Micro's DRAM lines, with longer process flows, may take longer to recover. Expect spot memory prices to firm in the short term."""),
("s08", "Formosa Observer", "2026-03-12T13:30:00+08:00",
 "Chipmakers say quake impact limited; TAIEX steady",
 """Taiwan's main chipmakers said on Thursday that Wednesday night's earthquake off Hualien had a limited effect on production. Taiyang Semiconductor said it expected no change to its first-quarter revenue guidance, and Ironwood Micro said its lines would be fully restored by the weekend. The TAIEX rose 0.4 percent."""),
("s08", "Harbor Daily", "2026-03-12T14:00:00+09:00",
 "Taiwan quake raises questions for Korean buyers of chips",
 """Korean electronics makers said on Thursday they were checking supply schedules after a strong earthquake in eastern Taiwan briefly halted production at chip plants. Hanbit Electronics, which buys logic chips from Taiwanese foundries for its smartphones, said it did not expect disruption. Analysts said DRAM spot prices rose 2 percent in Asian trading on expectations of minor wafer losses at Ironwood Micro."""),
("s08", "Eastgate Post", "2026-03-13T08:00:00+08:00",
 "Hualien counts cost of quake as aftershocks continue",
 """More than 120 aftershocks have shaken Hualien since a magnitude 6.6 earthquake struck off the coast on Wednesday night, the Central Weather Administration said on Friday. The Suhua Highway is expected to reopen in one lane next week.

The death toll stands at two. The county government estimated damage to roads and buildings at T$2.3 billion. Chipmakers in the west of the island reported that production had largely returned to normal."""),
]
