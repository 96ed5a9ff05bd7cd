STORIES = {
    "s09": ["north-korea", "security"],
    "s10": ["north-korea", "security"],
    "s11": ["north-korea", "security"],
    "s12": ["north-korea", "technology"],
}
WIRE_S09 = """SEOUL — North Korea fired an intercontinental ballistic missile into the sea off its east coast on Tuesday, South Korea's military said, its first ICBM test in more than a year.

The Joint Chiefs of Staff said the missile was launched at about 7:10 a.m. from near Pyongyang on a steep trajectory and flew about 1,000 kilometres, reaching an altitude of more than 7,900 kilometres, before landing outside Japan's exclusive economic zone. The flight lasted about 91 minutes.

President Lee Jae-myung convened an emergency meeting of the National Security Council and called the launch "a serious provocation that undermines peace on the Korean Peninsula". Japan's Prime Minister Sanae Takaichi said Tokyo had lodged a strong protest through its embassy in Beijing.

North Korea unveiled a new solid-fuel ICBM, the Hwasong-20, at a military parade in October."""

ARTICLES = [
("s09", "Korea Wire Service", "2026-03-03T07:48:00+09:00",
 "N. Korea fires ICBM toward East Sea: JCS", WIRE_S09),
("s09", "Metro Seoul", "2026-03-03T08:30:00+09:00",
 "North Korea launches ICBM in first such test in over a year",
 WIRE_S09.replace("SEOUL — ", "").replace("on Tuesday", "on Tuesday morning") + "\n\n(Korea Wire Service)"),
("s09", "Capital Brief", "2026-03-03T08:45:00+09:00",
 "North Korea test-fires ICBM; Lee calls NSC meeting",
 """North Korea fired an intercontinental ballistic missile into the sea off its east coast on Tuesday, South Korea's military said, its first ICBM test in more than a year.

The missile was launched at about 7:10 a.m. from near Pyongyang on a lofted trajectory, flying about 1,000 kilometres for some 91 minutes.

President Lee Jae-myung convened an emergency National Security Council meeting and called the launch "a serious provocation"."""),
("s09", "The Han River Times", "2026-03-03T13:00:00+09:00",
 "Pyongyang's longest missile flight yet puts Lee's outreach to the test",
 """For 91 minutes on Tuesday morning, radar operators in Seoul, Tokyo and Hawaii tracked what appears to be North Korea's most powerful missile to date. The intercontinental ballistic missile, fired from the Sunan area near Pyongyang at 7:10 a.m., climbed to more than 7,900 kilometres before falling into the sea about 1,000 kilometres east, west of Hokkaido.

Analysts said the figures, the highest altitude and longest flight time North Korea has achieved, suggest a missile that could reach any part of the continental United States on a normal trajectory. Most believe it was the Hwasong-20, the solid-fuel missile paraded through Pyongyang in October.

The launch is a setback for President Lee Jae-myung, who has tried since taking office last June to reopen channels with the North, suspending loudspeaker broadcasts along the border and offering talks without preconditions. Pyongyang has ignored every overture. On Tuesday Lee, chairing an emergency security meeting, called the test "a serious provocation" but said the door to dialogue remained open.

Officials in Seoul noted that the launch came less than a week before South Korean and US forces begin their annual Freedom Shield exercise. The North's Foreign Ministry had warned last week of "strategic countermeasures" if the drills went ahead.

The US Indo-Pacific Command said the launch did not pose an immediate threat to US territory or allies, but that it "highlights the destabilising impact" of Pyongyang's weapons programmes. The UN Security Council is expected to discuss the launch, though China and Russia have blocked new sanctions since 2022."""),
("s09", "Tokyo Morning Herald", "2026-03-03T09:15:00+09:00",
 "North Korean ICBM lands west of Hokkaido; Takaichi condemns launch",
 """A North Korean intercontinental ballistic missile fell into the Sea of Japan about 350 kilometres west of Hokkaido on Tuesday morning, just outside Japan's exclusive economic zone, the Defence Ministry said.

Prime Minister Sanae Takaichi told reporters the launch was "an outrageous act that threatens the peace and safety of our country and the international community". No damage to ships or aircraft was reported. The ministry estimated that the missile, with a lighter warhead, would have a range of more than 15,000 kilometres."""),
("s09", "Peninsula Watch", "2026-03-03T18:30:00+09:00",
 "Hwasong-20 flies: what the March 3 launch tells us",
 """Pyongyang has not yet published photos, but the numbers released by Seoul and Tokyo fit the Hwasong-20. An apogee above 7,900 km and 91 minutes of flight beat the Hwasong-19's October 2024 test on both counts.

The solid-fuel design matters more than the range. A liquid-fuelled missile takes hours to prepare; a solid one can be rolled out and fired in minutes, which shrinks warning time for everyone.

Expect KCNA photographs tomorrow morning, likely with Kim Jong Un and his daughter. Expect, too, a statement tying the test to Freedom Shield, which starts on March 9."""),
("s09", "Korea Wire Service", "2026-03-04T07:05:00+09:00",
 "N. Korea says it tested Hwasong-20 ICBM under Kim's watch",
 """SEOUL — North Korea said on Wednesday it had successfully test-fired its new Hwasong-20 intercontinental ballistic missile under the supervision of leader Kim Jong Un, a day after South Korea and Japan detected the launch.

The official Korean Central News Agency said the test "verified the reliability" of the solid-fuel engine and warhead re-entry and was a "clear warning" to the United States and South Korea ahead of their joint drills. Kim said the country would "continue to strengthen its nuclear deterrent without limit".

Photographs showed Kim watching the launch with his daughter."""),
("s09", "Eastgate Post", "2026-03-04T10:20:00+08:00",
 "China urges restraint after North Korea's Hwasong-20 test",
 """China called on all parties to "exercise restraint" on Wednesday after North Korea said it had tested its Hwasong-20 intercontinental missile, avoiding direct criticism of Pyongyang. A foreign ministry spokesperson said the peninsula's problems should be solved "through dialogue" and that pressure "would not help". The UN Security Council is due to meet on Thursday at the request of the US, Japan and South Korea."""),
("s09", "DefenseLine Journal", "2026-03-04T21:00:00Z",
 "Hwasong-20 test: lofted flight, re-entry claims and the missing piece",
 """Tuesday's launch lofted the missile to about 7,900 km, which keeps the re-entry vehicle away from Japan but also means it did not face the heat and stress of a real trajectory. KCNA claims the test "verified" warhead re-entry; independent analysts remain sceptical, since North Korea has never flown an ICBM on a full-range path.

Still, the two data points that matter are clear. The motor works, and the country can now field a solid-fuel ICBM that launches on short notice. US and South Korean planners will treat the Hwasong-20 as operational."""),

# s10 — separate launch of SRBMs three weeks later
("s10", "Korea Wire Service", "2026-03-24T06:55:00+09:00",
 "N. Korea fires several short-range ballistic missiles: JCS",
 """SEOUL — North Korea fired several short-range ballistic missiles into the East Sea on Tuesday, South Korea's military said, three weeks after it tested an intercontinental ballistic missile.

The Joint Chiefs of Staff said the missiles were launched from the Hwangju area in North Hwanghae province at around 6:20 a.m. and flew about 350 kilometres. It did not say how many were fired.

The launch came as South Korean and US forces wrapped up their annual Freedom Shield exercise."""),
("s10", "Metro Seoul", "2026-03-24T09:10:00+09:00",
 "Pyongyang fires SRBMs as Freedom Shield ends",
 """North Korea launched a salvo of short-range ballistic missiles into the East Sea on Tuesday morning as the annual South Korea-US Freedom Shield drills drew to a close, the military said.

The Joint Chiefs of Staff said the missiles took off from Hwangju at about 6:20 a.m. and travelled about 350 kilometres. A military official said four missiles were fired and that they appeared to be KN-23-type weapons that can carry nuclear warheads.

The presidential office held a meeting chaired by the national security adviser rather than a full NSC session, in contrast to the March 3 ICBM launch."""),
("s10", "Tokyo Morning Herald", "2026-03-24T10:00:00+09:00",
 "North Korea fires ballistic missiles; none reach Japan's EEZ",
 """North Korea fired what appeared to be ballistic missiles on Tuesday morning, Japan's Defence Ministry said, adding that all of them fell outside its exclusive economic zone. It was the North's second launch this month. The chief cabinet secretary said Japan had protested through diplomatic channels."""),
("s10", "Peninsula Watch", "2026-03-24T17:40:00+09:00",
 "Four KN-23s from Hwangju: a drill-ending ritual, not a new message",
 """Today's salvo is the kind of launch Pyongyang has fired dozens of times: short-range, solid-fuel, from a road-mobile launcher, timed to the last day of a US–ROK exercise. It is not the March 3 ICBM shot and should not be read as an escalation from it.

What is worth watching is the salvo size. Four launches within a few minutes is a rehearsal of saturating missile defences, and the 350 km range covers every US base in the south."""),
("s10", "Korea Wire Service", "2026-03-25T07:00:00+09:00",
 "N. Korea says it held 'nuclear counterattack' drill with tactical missiles",
 """SEOUL — North Korea said on Wednesday that Tuesday's missile launches were a drill simulating a nuclear counterattack against "enemy air bases", with Kim Jong Un overseeing the exercise.

The Korean Central News Agency said four tactical ballistic missiles carrying mock warheads hit an island target off the east coast. Kim said the drill was a response to the "reckless" Freedom Shield exercise, which ended on Tuesday.

Kim was not accompanied by his daughter, according to photos released by state media."""),
("s10", "Harbor Daily", "2026-03-25T12:30:00+09:00",
 "Seoul, Washington, Tokyo condemn North's tactical missile drill",
 """The top nuclear envoys of South Korea, the United States and Japan condemned North Korea's launch of four short-range ballistic missiles on Tuesday in a phone call on Wednesday, Seoul's foreign ministry said.

The envoys said the launches violated UN Security Council resolutions and urged Pyongyang to return to dialogue. North Korea said the launches simulated a nuclear counterattack on air bases.

The launches came three weeks after the North tested its Hwasong-20 intercontinental ballistic missile."""),

# s11 — Kim at destroyer launch, January
("s11", "Korea Wire Service", "2026-01-28T07:10:00+09:00",
 "Kim Jong Un attends launch of N. Korea's third destroyer",
 """SEOUL — North Korean leader Kim Jong Un attended the launch ceremony of the country's third 5,000-ton destroyer at the Nampho shipyard, state media said on Wednesday, vowing to build a "blue-water navy" armed with nuclear weapons.

The Korean Central News Agency said the new ship, of the same class as the Choe Hyon launched in April last year, carries vertical launch cells for cruise and ballistic missiles. Kim said the navy would receive three more destroyers by 2028.

South Korea's military said it was analysing the ship's capabilities."""),
("s11", "Peninsula Watch", "2026-01-28T12:00:00+09:00",
 "Destroyer number three: Nampho's launch went smoothly this time",
 """Last May, North Korea's second destroyer capsized at its launch in Chongjin, an embarrassment Kim Jong Un called "criminal negligence". Wednesday's KCNA photos from Nampho show a different scene: a side launch without incident, flags, fireworks, Kim and senior officials on a stand.

Satellite images from December already showed the hull nearly complete. The vertical launch system looks the same as on the Choe Hyon, with about 74 cells. The open question is still propulsion and sensors, which state media never shows."""),
("s11", "DefenseLine Journal", "2026-01-28T20:00:00Z",
 "North Korea floats third Choe Hyon-class destroyer",
 """North Korea launched its third Choe Hyon-class destroyer at Nampho on January 27, according to state media. The ship appears identical to the lead vessel, with vertical launch cells for cruise and short-range ballistic missiles and a phased-array radar whose performance is unknown.

Kim Jong Un set a target of six destroyers by 2028. South Korean officials believe Russian assistance helped speed up construction, a claim Moscow denies."""),
("s11", "Metro Seoul", "2026-01-28T10:30:00+09:00",
 "Military: North's new destroyer 'far from operational'",
 """South Korea's Joint Chiefs of Staff said on Wednesday that North Korea's newly launched destroyer would need at least a year of fitting-out and trials before it could operate, after state media showed Kim Jong Un at the launch ceremony in Nampho. A JCS official said the military was watching for signs of Russian technical help."""),
("s11", "Harbor Daily", "2026-01-29T09:00:00+09:00",
 "Kim's naval push raises pressure on Seoul's shipbuilding diplomacy",
 """North Korea's launch of a third destroyer this week underlines how quickly Pyongyang is expanding its surface fleet, analysts said, even as South Korea offers its own shipyards to help rebuild the US Navy.

At the ceremony in Nampho, Kim Jong Un said the navy would be armed with nuclear weapons and would "defend the maritime border" claimed by the North. Seoul does not recognise that line. Former naval officers said the destroyers were more a political symbol than a threat to the South's navy, but warned that sea-launched missiles would complicate missile defence."""),

# s12 — crypto heist blamed on North Korea
("s12", "Korea Wire Service", "2026-02-05T16:20:00+09:00",
 "Crypto exchange Coinvale hit by $290 mln hack; N. Korea suspected",
 """SEOUL — South Korean cryptocurrency exchange Coinvale said on Thursday that hackers had stolen about $290 million in ether and other tokens from one of its hot wallets, and police said a North Korean hacking group was suspected.

Coinvale suspended deposits and withdrawals and said it would cover customer losses from its own reserves. The Korean National Police Agency said the attack bore the hallmarks of the Lazarus group, which is linked to North Korea's intelligence agency."""),
("s12", "ChipWatch", "2026-02-05T10:30:00Z",
 "Coinvale breach: signer compromise, not a smart-contract bug",
 """Early on-chain evidence suggests the Coinvale theft was not a contract exploit. Attackers gained control of the signing process for the exchange's ether hot wallet, apparently by compromising a developer laptop, and pushed a transaction that looked routine to the approvers.

The funds, about 98,000 ETH, were split across more than 400 addresses within an hour and partly swapped into bitcoin via cross-chain bridges. The same pattern was seen in the Bybit hack of February 2025, which the FBI attributed to North Korea."""),
("s12", "Seoul Ledger", "2026-02-06T08:00:00+09:00",
 "Regulators order security audit of all exchanges after Coinvale hack",
 """South Korea's Financial Services Commission on Friday ordered the country's five won-based cryptocurrency exchanges to audit their wallet security within two weeks, after Coinvale lost about $290 million to hackers believed to be North Korean.

Coinvale, the country's fourth-largest exchange, said customer balances were intact because it would absorb the loss. Deposits and withdrawals will stay suspended until at least Monday.

The National Intelligence Service told lawmakers in a closed briefing that the Lazarus group was behind the theft and that North Korea had stolen more than $2 billion in crypto assets last year, money used to fund its weapons programmes, according to a lawmaker who attended."""),
("s12", "Peninsula Watch", "2026-02-06T14:00:00+09:00",
 "Lazarus hits Seoul: the missile programme's cashier strikes closer to home",
 """Most of North Korea's big crypto thefts have hit foreign platforms. Coinvale, robbed of roughly $290 million on Thursday, is in Seoul, regulated by Seoul, and used by about 2 million South Koreans.

The NIS attribution to Lazarus came fast, which suggests the intelligence service had seen this campaign before. If the 2025 figure of $2 billion stolen is right, crypto theft now rivals the North's legal exports many times over. Every successful heist is a budget line for the Hwasong programme."""),
("s12", "Market Pulse", "2026-02-06T10:00:00+09:00",
 "Bitcoin, ether dip on Korean exchanges after Coinvale hack; 'kimchi premium' widens",
 """Ether fell 3.8% on Korean exchanges on Friday after Coinvale's $290 million loss, while the 'kimchi premium' — the gap between Korean and global prices — widened to 2.9% as users moved funds off the affected platform. Analysts said the exchange's pledge to cover losses limited panic."""),
("s12", "Harbor Daily", "2026-02-07T11:30:00+09:00",
 "US, South Korea to track stolen Coinvale funds together",
 """South Korean and US authorities agreed on Saturday to jointly trace funds stolen from the Seoul crypto exchange Coinvale, which lost about $290 million in a hack blamed on North Korea.

The US Treasury said it was working with stablecoin issuers to freeze tokens linked to the theft; about $11 million has been frozen so far. Coinvale said it would reopen withdrawals on Tuesday."""),
("s12", "Metro Seoul", "2026-02-05T18:40:00+09:00",
 "Coinvale users queue for answers after $290m theft",
 """Customers of the cryptocurrency exchange Coinvale crowded its customer centre in Gangnam on Thursday evening after the company halted withdrawals following a hack that cost it about $290 million. Staff handed out printed notices saying all balances were guaranteed. Police said they suspected North Korean hackers."""),
]
