"""The extractor's decisions, each a named rule.

Every decision the extractor makes about a candidate event — which reading of a trigger, who did it, where,
when, which sub-type, why it was dropped — is one rule id from this table. Candidates carry the ids of the rules
that made them and set their fields (`frontlog extract --explain` adds them to each record as `"rules"`), and
`frontlog explain ARTICLE` prints, sentence by sentence, what each trigger became or which rule dropped it.
Ids are stable: tests are written per rule id, and ablations on the gold sets name them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

RULES: dict[str, str] = {
    # -- triggers
    "trigger.lexicon": "a phrase of the trigger lexicon (triggers.yaml) matched, and its needs were met",
    "drop.spoils_of_act": "weapons seized by a side of a fight just told, where it was fought ('ambushed a convoy "
                          "near X ... its fighters had seized weapons'): the booty of that fight, no act of its own "
                          "(not a way forced in by the seizers, no one killed: the raid's seizure)",
    "drop.damage_of_act": "property destroyed with no doer of its own where and when a fight, a bombing or a "
                          "strike was just told ('The explosion destroyed the front of the building and set "
                          "vehicles ablaze', 'several motorbikes destroyed'): that act's damage, no act of its own; "
                          "told with that act's noun as its subject ('The strike set tents ablaze in the X area'), "
                          "wherever the damage is placed",
    "drop.no_reading": "no reading of the trigger had its needs met in the sentence, or its without-words were",
    "drop.in_name": "'the National Liberation Army': a capitalised trigger word inside a name that goes on after "
                    "it (by the parse, or a group of the actor table) is the name, not an act; so is one of a name "
                    "spelt out before its acronym ('the People's Liberation of Guerrilla Army (PLGA)')",
    # -- discourse: what a trigger is, before it becomes an act
    "drop.run_in_heading": "'Detentions and protests. Security forces detained ...': a few words with no verb and a "
                           "full stop opening a paragraph that goes on after them on its line name the section, "
                           "not an act",
    "drop.blame_of_act": "'the attack was blamed on X', 'accused X of backing the attack': the act just told, laid "
                         "on someone, not another act",
    "drop.claim_of_responsibility": "'X claimed the attack': who did the act just told, not another act",
    "discourse.missing_since": "an arrest told, then the people taken not seen or heard from since (the next "
                                "sentence): a forced disappearance",
    "discourse.claimant_is_actor1": "a claim of responsibility names the doer of the act just told",
    "discourse.blamed_is_actor1": "an act with no doer is laid on someone in its sentence or the next "
                                  "('the army blamed X', 'blamed on X'): X did it",
    "drop.frame_of_act": "'raped ten women during an attack on the district', 'abducted in a raid on their "
                         "village': an attack noun framing a rape or an abduction of its clause, with no armed "
                         "side in it, is the raid that act was done in, not a second act",
    "drop.protest_manner": "'the minister resigned in protest at the pardon', 'three judges stepped down in "
                           "protest': the manner of a resignation or a boycott by one person or a body, no crowd "
                           "out in public",
    "drop.protest_apart": "'detained activists ahead of the rally', 'arrested over posts about the protests', "
                          "'a planned march', 'jailed for their part in the protests': a protest noun not yet "
                          "held or told as a cause or topic is no protest told here; nor does it make an arrest "
                          "told with it an intervention at a protest",
    "drop.noun_modifier": "'protest leaders said', 'ceasefire monitors', 'attack helicopters': an act word that "
                          "only describes the person, body or machine it modifies (words/act_described_nouns), or "
                          "stands behind an attitude's prefix or noun ('anti-coup marchers', 'opponents of the "
                          "coup'), or names what another act is ('condemned the ouster as a coup')",
    "drop.clause_of_act": "'the capture of X, which cut the motorway': a relative clause of another act's noun, "
                          "naming no place of its own, tells what that act did",
    "drop.temporal_reference": "'since the coup', 'after the capture', 'after the army entered the town' (a "
                               "battle): the act is a time anchor, told elsewhere (an act of its kind was told "
                               "before, or a state runs since it)",
    "discourse.time_anchor_is_act": "'after the barrage, rebels took X': an act told as a time anchor, with none "
                                    "of its kind told before, is an act ('after the attack', 'after the incident': "
                                    "an act noun of any kind names the violent act told before, whatever its "
                                    "type)",
    "drop.ranked_subject": "'The ambush was the deadliest in two years', 'the raid was the third this month', 'the "
                           "massacre was revenge for raids on X': a definite act noun ranked or explained by its "
                           "copula, with no place or time outside the copula's attribute, is the act just told: no "
                           "second record",
    "drop.comparison": "'it was the deadliest attack since 2015', 'among the bloodiest raids of the conflict', 'the "
                       "deadliest since the 2015 bombing', 'called the raid a slaughter', '..., the first ground "
                       "fighting since the 2006 war', 'clashed near X, in the heaviest fighting in years': an act noun "
                       "ranked by a superlative or an ordinal as what an act told was, the yardstick it is measured "
                       "by, or a name given to it (words/naming_verbs.txt) is not an act of its own",
    "drop.state_participle": "'occupied Kherson', 'the besieged town', 'the surrounding hills', 'looted "
                             "buildings', 'the junta-appointed governor': a participle describing a state, a "
                             "position or how a thing came to be, not an act",
    "drop.described_as": "'police said the five were criminals who had opened fire on officers': a fight in a "
                          "relative clause on what a copula says people were, with no time of its own, tells who "
                          "they were said to be, no act",
    "drop.described_victims": "'shot dead two policemen who had surrendered at the station on Sunday': a "
                              "surrender or capture in a relative clause on whom a killing was done to tells how "
                              "they were out of the fight (the killing is an attack), no act of its own",
    "drop.described_freed": "'a crowd attacked the gendarmerie and freed two men who had been detained there': an "
                            "arrest in a past-perfect relative clause on people set free, with no time of its own, "
                            "says who they were, not an act told here",
    "drop.described_party": "a deal or a change of side in a past-perfect relative clause on people, with no time "
                            "of its own ('former guerrillas who had signed the peace deal were shot dead'): who "
                            "they are, not an act told here",
    "drop.crowd_described": "an act told as a participle on the people a crowd is drawn from or speaks for, with "
                            "no time of its own ('families of men detained by the militia held a sit-in', "
                            "'relatives of students abducted by gunmen marched'): who the crowd are, not an act "
                            "told here",
    "drop.casualties_described": "a fight noun under a participle of harm on people, with no place nor time in the "
                                 "participle's phrase ('relatives of soldiers killed in clashes with militants held "
                                 "a rally', 'the funerals of policemen wounded in the fighting'; words/"
                                 "wounding_verbs.txt): who the people are, not an act told here",
    "drop.protest_grievance": "an act noun a crowd protests against or over ('in protest against the coup', "
                              "'protests over the killing of a student', 'demonstrated against fighting between X "
                              "and Y', 'over an operation in which soldiers clashed with X', 'rallied, denouncing the "
                              "coup', 'a general strike against the coup', 'demonstrated against the arrest "
                              "campaigns'): the crowd's cause, not an act told here",
    "drop.experienced_before": "an act told in the present perfect with an adverb of experience and no date ('ETA "
                               "has broken truces before', 'the suburbs have seen waves of rioting before'; "
                               "words/experience_adverbs.txt): such acts happened at some time, none is told here",
    "drop.summary": "a tally or habit over a span of time ('has killed 2,600 since 2017', 'repeatedly', 'clashes have"
                    " killed hundreds since April', 'nine earlier truces have met the same fate', 'police have "
                    "recovered 120 explosive devices so far this year' (a count summed up to now over months), 'the "
                    "war has killed thousands', '60 civilians have been killed since 2018'), a trend ('escalated its "
                    "shelling', "
                    "'near-daily attacks') or the start of a state ('dozens have died since the protests started'), "
                    "acts over an uncounted span ('after weeks of protests', 'have fought battles in recent months'),"
                    " earlier acts put before the story by their adjective with no date in their clause ('during "
                    "previous protests', 'earlier protests had been repressed'), a war-long toll of a fight ('the "
                    "fighting has uprooted 300,000 villagers'), acts going on ('protests have continued'), an "
                    "offensive's tally of places ('the offensive has taken more than 50 villages'), the clashes a "
                    "yearly toll died in at no town ('1,200 have been killed in clashes across Congo this year') or a"
                    " toll summed up to now over months at a town ('have died in gang attacks in X since January'), a"
                    " number of acts going up ('clashes rose by 40 percent'), what the dead of a toll over months "
                    "were doing ('40 soldiers had died fighting insurgents since January')",
    "drop.state_of_affairs": "'the army is battling an insurgency', 'the region is fighting militancy', 'the army "
                             "is battling UNITA on several fronts': a fight against an enemy named as a "
                             "phenomenon, or told in the progressive with no place or date of its own, is a "
                             "lasting state of war, not one act",
    "drop.fight_as_cause": "'people displaced by the fighting', 'shortages caused by the fighting', 'families "
                           "fleeing the offensive', 'a peace agreement ended the fighting': fighting named only as "
                           "the cause of what people or things suffered, as what they fled or as what a deal ended, "
                           "with no place below a country, no side and no date in its own phrase, is the setting of "
                           "another matter, not an act (words/consequence_verbs.txt, flight_verbs.txt, "
                           "halting_verbs.txt)",
    "drop.party_at_war": "'FLEC, which has fought for independence since the 1970s', 'Uganda's army, which has "
                         "fought the rebels inside Congo since 2021': a fight in the present perfect since a time, "
                         "in a relative clause on a party, or in the present progressive there ('JNIM, which is "
                         "fighting the juntas of the Sahel') or as a participle on it ('one of 100 armed groups "
                         "fighting for control of eastern Congo'), with no place below a country nor a date in its "
                         "clause, tells who the party is, not one act (words/war_verbs.txt)",
    "drop.whole_war": "'fought a war from 1975 until 1991', 'is battling an insurgency', 'the war killed hundreds "
                      "of thousands': a whole war (words/war_nouns.txt) is many acts at many places, or a state of "
                      "affairs, not one act",
    "drop.support_phrase": "'backed by Russian air strikes': how an ally helped, not an act of its own",
    "drop.decree": "'the junta dissolved parliament and the government': an unarmed body of the state dissolved "
                   "or disbanded is a decree, not a change to an armed group",
    "drop.vague_extent": "'areas have come under militant control', 'seized swathes of territory': ground with "
                         "no bounds and no place named is a state of affairs or a summary, not an act",
    "drop.fight_as_subject": "'clashes around X entered a second week', 'the war entered its third year': a "
                             "taking verb whose subject is a fight or a war tells how long it lasted, no place "
                             "taken",
    "drop.accident": "an explosion or a fire its sentence or the next tells as an accident ('caused by a short "
                     "circuit', 'ruled out sabotage'; words/accident_words): no attack",
    "drop.disaster": "a killing or a destruction done by a disaster or a thing ('floods killed 40', 'the collapse of "
                     "a canopy that killed 15', 'heavy rains destroyed 300 homes', 'heavy rains swept through the "
                     "camp, killing five'; words/disaster_nouns), or told as what a vehicle's mishap did ('a bus "
                     "plunged into a ravine, killing 22'; words/mishap_verbs): no one's violence",
    "drop.harm_of_fight": "a destruction whose doer is a fight ('fighting destroyed dozens of blocks', 'three days "
                          "of clashes destroyed the market'; fight, war and episode nouns): the fight's harm, not "
                          "a looting or destruction of its own",
    "drop.unarmed_foe": "'fighting the coronavirus outbreak', 'a losing battle against disease', 'a war on drug "
                        "trafficking': a fight word whose objects (its own, against, on) are all foes with no arms "
                        "(words/unarmed_foes) is no fight",
    "drop.political_contest": "'the ruling party launched an offensive in Congress', 'senators attacked the bill': "
                              "a fight or attack word done by a political doer (words/political_doers), in a "
                              "sentence naming no armed side and no weapon, is a contest of words or votes",
    "drop.drill": "'fired artillery at targets during joint exercises', 'fired two missiles into the sea in a test', "
                  "'a mock assault': an act word hung on an exercise or a test (words/drill_nouns) or made a "
                  "pretence by its modifier (words/mock_modifiers) is practice, no act (ACLED codes neither); not "
                  "when the sentence names a non-state side ('gunmen attacked recruits during a drill')",
    "drop.not_ground": "'captured a third of the fuel market', 'seized the initiative', 'took the lead': what a "
                       "taking verb takes, or the whole it takes a part of, is no ground (words/ungrounded_objects; "
                       "as a whole also words/ungrounded_wholes)",
    "drop.no_place": "no place in the sentence, the story or the recent acts",
    "drop.same_state_handover": "a place handed from one of a state's forces to another of the same state "
                                "('police withdrew from the town and the army took up positions'): no hands change",
    "drop.background_elsewhere": "an act dated by its own words more than a month before the act just told, in a "
                                 "sentence naming no place ('the rebels took control of the north in 2012'): "
                                 "background, and the news's place is not its place",
    "drop.consequence_of_state": "a taking told as a participle on a state held since some time ('have held the "
                                 "countryside since 2022, cutting the town off'): the state's effect, no act",
    "drop.person_not_place": "what a taking verb takes is a person ('led a teacher away from his house in X'), "
                             "not a place: no capture",
    "drop.no_subtype": "the act's sub-type could not be decided from the victims or weapons",
    "drop.toll_of_last_act": "a killing with no doer of its own is the toll of the act just told",
    "discourse.toll_of_last_act": "the fatalities of a later sentence's toll were given to the act just told",
    "discourse.victims_told_after": "the next sentence, of no act of its own, tells who the dead were ('The dead "
                                    "were members of a vigilante group', 'The victims were truffle hunters'): an "
                                    "attack whose own words named no civilians is a fight when they were armed, and "
                                    "a fight read only by default an attack on civilians when they were civilians",
    "discourse.toll_in_act_noun": "'Separatists ambushed a patrol in X on Monday. Two days later, the army said five "
                                  "soldiers had died in the ambush': a definite act noun where people died or were "
                                  "killed, with no doer of its own, names the act told: the dead are its victims, "
                                  "not another side, and the report's date is not the act's",
    "discourse.retelling": "an act named again as a definite noun ('the capture of X', 'the battle for X') at the "
                           "place of an earlier act of its event type (or, just after it, at a coarser place of "
                           "its region: 'the shelling of the Idlib countryside', or on a road between two towns "
                           "near it), with no date of its own: that "
                           "act again",
    "discourse.another_time": "an act of violence told by a verb or an indefinite act noun in a sentence that opens "
                              "with a word moving the story to another time and its time phrase before a comma "
                              "('Earlier on Monday, two militants were killed in a shootout in X', 'Later on "
                              "Friday, gunmen attacked Y'; words/time_shift_openers): another act, not merged with "
                              "an act told in the sentences before",
    "discourse.another_act": "'another missile strike hit the port', 'hours later a second bomb went off', 'in a "
                             "separate attack' (words/another_act_modifiers): an indefinite act noun told as a new "
                             "act of its kind is never folded into an act told before it, nor into a trigger of its "
                             "sentence outside its own clause; so is a verb's act set apart ('Separately, militias "
                             "fought', 'in a separate attack, gunmen killed') or done by 'another group', and a "
                             "crowd's act told of an indefinite new doer ('another group gathered ..., where police "
                             "used tear gas', 'a second crowd marched')",
    "discourse.continuation": "'Looting went on through Thursday', 'the riots had subsided by Sunday', 'clashed in "
                              "X on Monday, and the clashes went on through Tuesday': an act noun with no place of "
                              "its own (or its sentence's act's) going on or winding down, right after an act of its "
                              "kind, is that act told again as it went on",
    "discourse.clashes_of_crowd": "'the clashes killed four' with no armed group and no place of their own, told "
                                  "right after a protest or riot, or clashes at the crowd's own town when the last "
                                  "act told there was the crowd's ('wounded in clashes in the city', 'the clashes "
                                  "in Nairobi'), on its days: that crowd's clashes with the force, the same event, "
                                  "not a battle",
    "discourse.retelling_finer": "'An air strike in the southern Gaza Strip has killed 17 ... The building in Rafah "
                                 "was hit by the attack on Friday': a definite act noun at a town of its own, after "
                                 "an act of its kind told only at the town's region or with no day of its own, is "
                                 "that act told with its town and day (its sub-type and sides; its own place and a "
                                 "window inside the act's); a date under a superlative or ordinal ('the first this "
                                 "year', 'the deadliest since 2019') ranks the act and dates nothing",
    "discourse.fighting_of_strike": "'the fighting forced families to flee' with no side and no place of its own, "
                                    "told after a shelling or a strike in an article that told no fight: that "
                                    "act named again, not a battle",
    "drop.back_reference": "'fled the fighting there', 'that offensive', 'the detentions': a definite act noun "
                           "naming an act of its kind coded in an earlier sentence (no date of its own, no place or "
                           "doer of its own apart from it) is that act named again, not a new one; 'died in the "
                           "looting' after a riot names the riot (no date in the noun's own phrase); 'the street "
                           "where the ambush took place' (words/occurrence_verbs.txt) tells no doer of its own; "
                           "'arrested 30 people on Sunday in connection with the riot': the date is the arrests', "
                           "not the riot's; 'an army spokesman in Ituri confirmed the attack' after an attack on "
                           "civilians in a town of Ituri: 'attack' names an attack told before whether its words "
                           "read it as one on civilians or on a force, and a region that holds the act's place is "
                           "no place of its own",
    "drop.other_version": "'Soldiers shot dead six men in X. A military spokesman called them rebels who fell in a "
                          "firefight': a fight told in the words of the side that did an act to civilians or "
                          "a crowd just told (or a state force of its state), at its place or none of its own, in "
                          "its days, is that side's version of the act, not a second act; so is a group's "
                          "telling of what its own fighters did where unnamed attackers just struck (a claim)",
    "discourse.repelled_attack": "'Rebels stormed an army post near X. Troops repelled the assault': a fight told "
                                 "by a repelling phrase (words/repel_phrases.txt), with no place of its own apart "
                                 "from it, is the end of the fight told just before: one event, the defenders its "
                                 "other side; the act noun it repels ('pushed back an assault on the gate'), with no "
                                 "place of its own apart from that fight's, is that fight too; attackers told as "
                                 "forced out in the passive ('had been driven out of the town', words/expulsion_"
                                 "verbs.txt) after a fight and no capture: that fight's end",
    "drop.crowd_siege": "'protesters surrounded the parliament', 'supporters who had surrounded the gas plant': a "
                        "siege verb done by a crowd or people of a place is a blockade, no battle",
    "drop.reprisal_cause": "'in retaliation for Israeli strikes on Lebanon', 'a response to Russian attacks on its "
                           "grid': acts in the plural named, undated, as what an act answers are its cause, not told",
    "drop.total_of_told_acts": "'the two attacks killed 30', 'both bombings were claimed by IS', 'five raids in "
                               "all': a plural act noun that gathers acts, in an article that told one of its kind "
                               "before, sums the acts told, not one more",
    "drop.tally": "'in all, 40 died this week', 'killed 12 soldiers across the Northwest and Southwest regions', "
                  "'in 21 cities', 'in the regions of Mopti, Segou and Timbuktu', 'including 17 in Nairobi, five "
                  "in Nakuru' (patterns.yaml summed_toll): a toll summed over several acts is neither an act nor the "
                  "toll of the act just told",
    "discourse.fighting_into_capture": "fighting told in a nearby sentence at a capture's place (or with no place "
                                       "of its own, right after it; or, named as the contest for the place and "
                                       "running since a time, 'fighting for X had gone on since August', within "
                                       "six sentences), in the days up to it and between its sides, is the "
                                       "fighting that ended in it: one act",
    "discourse.assault_of_battle": "'The RSF attacked the town at dawn. After hours of fighting with troops, they "
                                   "overran it': an attack on a place (with nobody hurt or named as its victims, "
                                   "or read as a clash before its doer's capture), told near a battle there on "
                                   "its days and fought by its doer, is that battle's opening: one act",
    "discourse.attack_of_strikes": "'At least 15 died in an Israeli attack on Khan Younis on Sunday. Israeli warplanes "
                                   "bombed two homes in Khan Younis at dawn on Sunday': an attack named by a bare act "
                                   "noun on a place, by a named doer, told near an air strike or a shelling by that "
                                   "doer there on its days, is that strike told by its generic noun: one act",
    "discourse.battle_of_capture": "'took X on Friday. The battle for X had raged since late May' ('had been "
                                   "attacking the town since April', 'the town had been the scene of the fiercest "
                                   "fighting since October'), 'The offensive "
                                   "to retake the town began on October 1': a fight at a capture's place told "
                                   "running up to it or by the day it began is the battle that ended in it: the "
                                   "capture carries its window, however long",
    "discourse.withdrawal_after_fight": "'some troops pulled out, and the militants took over the base' told near "
                                        "'the militants stormed the base' at that place on those days: the "
                                        "defenders' end of a capture by force, not a hand-over",
    "discourse.handover_told_next": "'took over the bases at A and B. The rebels handed them over without "
                                    "resistance': a capture whose next sentence, naming no place or act of its "
                                    "own, tells the place given up is a non-violent transfer",
    "discourse.entry_under_deal": "'the army entered X' with no fighting in its sentence, in an article telling a "
                                  "hand-over, or a deal to hand places over, in that country, or told beside a verb "
                                  "of handing over or agreeing in its own sentence ('handed the villages back', "
                                  "'after the SDF agreed to let them deploy'): the hand-over carried out, a "
                                  "non-violent transfer",
    "drop.police_without_foe": "a battle whose only side is a country's police, nobody named or given by default "
                               "against it ('a long history of clashes with the police', 'were pushed back by "
                               "police', 'police regained control of the town'): police facing people the text "
                               "never arms are policing a crowd, whose own event tells it: only in an article "
                               "that tells a protest or a riot (not when the telling arms the other side: an "
                               "exchange of fire, a gun battle, smugglers or bandits)",
    "drop.stray_headline": "a headline act that joins none of the body's acts of its type",
    "drop.headline_summary": "a record told in the headline and placed at a region or the country, when the body "
                             "tells an act of its sub-type (of its type, for crowds) at another place in that "
                             "region or country ('Malawi: 18 dead as police crush protests' over protests told "
                             "town by town): the headline sums up the body's acts",
    # -- modality (extract/modality.py)
    # which modality rule decided (extract/modality.py `Modality.verdict`)
    "modality.question": "a yes/no question reports nothing: 'Is there a truce?', 'Will the town fall?'",
    "modality.quoted_scene": "a verb in quoted words told in the present or the progressive ('They fire on us as "
                             "though we were an army', 'they were burning the houses') paints a scene, not a dated act",
    "modality.slogan": "an act word in quoted words that a verb of chanting governs ('rallied, chanting \"Death to "
                       "rioters\"', words/slogan_verbs.txt) is a crowd's slogan, not an act",
    "modality.describes": "a present-tense relative clause describes, it does not report ('a militia that recruits'); "
                          "so do acts in the plural that a present verb of the article's own sentence says a side "
                          "does ('the militants still stage ambushes on the road'), and a war verb as a participle "
                          "on the people it names, with no foe, town or time of its own ('Eritrean troops fighting "
                          "in the Tigray region killed ...': who they are; 'the group says it fights for the "
                          "poor', a simple present with no foe, town or time: its cause)",
    "modality.discussed": "the act is the subject of a present-tense judgement ('the capture of X means...')",
    "modality.rather_than": "'blew up the depot rather than surrender it': a verb right after 'rather than' or "
                            "'instead of' is the act not chosen, not one done",
    "modality.negated": "negated: 'not', 'never', 'no clashes', 'far from liberating', 'arresting no one'",
    "modality.modal": "under a modal auxiliary: 'could retake', 'will storm'",
    "modality.conditional": "in a condition: 'if the rebels capture the hill'",
    "modality.refers_back": "'this attack', 'such raids', 'The attack came days after ...': an act already told; "
                            "'similar ambushes killed dozens last year' (words/likeness_adjectives, on a plural): "
                            "acts of the kind told, no one act",
    "modality.share": "a share of many acts: 'most of the strikes hit rebels', 'a third of the raids'",
    "modality.framework": "a deal named as the frame of another act ('pulled out under a deal brokered by X'), "
                          "not told as made",
    "modality.commemorated": "'the tenth anniversary of the siege': an act named as what a date marks, not "
                             "told here",
    "modality.accused_practice": "an accusation in the present of acts on a bare plural, with no time told "
                                 "('rights groups accuse the army of killing civilians'): a practice charged, "
                                 "not one act",
    "modality.disposition": "an act under the preposition of a word of reputation or capability "
                            "(words/disposition_words): 'the ADF, known for massacring villagers', 'remains capable "
                            "of striking the capital': what a side is like, no act (a dated act stays, by its noun or "
                            "a past time in the gerund's phrase)",
    "modality.catalogued": "a bare act noun as the object of a verb of recording or the 'by'-agent of one of "
                           "characterising (words/record_verbs), in a sentence with no day, month or year: 'the "
                           "report documented killings and rapes across X', 'a war marked by massacres': a kind of "
                           "act found over a span, no act told (not with a town in the verb's clause: 'recorded "
                           "clashes near X' is one act)",
    "modality.war_long": "an act verb in the present perfect over years (words/long_span_units after "
                         "words/span_prepositions, or since a time more than a year back): a war verb with no place "
                         "in its clause, another act verb with a bare plural object: 'has fought the government for "
                         "two decades', 'have burned schools and killed soldiers since 2017': a war or a way of "
                         "fighting told whole, no one act (a conjunct with its own subject or time is its own act)",
    "modality.practice": "a way of fighting taken up or used: 'has resorted to aerial bombardments', 'turned to "
                         "roadside bombs', 'have battled for the capital through killings and kidnappings' (bare "
                         "acts under words/practice_prepositions.txt on a war verb): many acts told as a practice, "
                         "not one act",
    "modality.weapons_in_place": "devices told as lying in place in a present clause ('mines planted along the "
                                 "tracks have slowed the advance'): a state of affairs, no explosion",
    "modality.ended": "an agreement told as ended: 'the truce collapsed', 'the ceasefire broke down', 'after the talks "
                      "and a truce ended', 'called off the truce', 'the ceasefire ran out' (not one whose "
                      "making is dated before its ending is told: 'a ceasefire agreed in Luanda in November "
                      "collapsed', an agreement of that month)",
    "modality.ordered": "an authority's act noun (words/decided_act_nouns.txt) the object of a verb of ordering "
                        "(words/order_verbs.txt): 'a magistrate ordered the arrest of the officers', 'approved the "
                        "demolition', 'ordered the mass arrest of': decided, not told as done (not 'ordered the "
                        "killing of 180 people'; not 'ordered the house arrest of', words/detention_compounds)",
    "modality.reason_clause": "accepted: an act in a clause of reason with its own subject ('cannot return because "
                               "rebels burned their houses', words/reason_subordinators.txt) is asserted, whatever "
                               "the main clause's modal or negation",
    "modality.deal_sought": "an agreement the object of a to-infinitive under a word of trying "
                            "(words/attempt_verbs.txt, verb or noun): 'despite attempts by Qatar to secure a "
                            "ceasefire', 'tries to forge a peace deal': sought, not made",
    "modality.lasting": "an agreement told as lasting: 'the ceasefire held for a fourth day', 'the truce is "
                        "holding' (words/lasting_verbs.txt): made before, no new agreement",
    "modality.speculative": "'an imminent assault', 'possibly took', 'a ceasefire was close'",
    "modality.purpose": "a to-infinitive of purpose: 'went west to take X', 'began an operation to drive X out of Y'",
    "modality.denied": "told inside the subject of a predicate that calls it false: 'reports of a massacre in X "
                       "were fabricated', 'claims that police shot protesters are untrue'",
    "modality.plan": "governed by a verb of plan, threat, fear or denial: 'aims to recapture', 'denied shelling'; "
                     "an act noun a relative clause of planning has as its object ('a rally the opposition had "
                     "planned')",
    "modality.plan_noun": "governed by such a noun: 'plans for an attack', 'fears of a massacre'",
    "modality.judged": "an act told as a participle on the people a court judged ('acquitted two men arrested after "
    "the attack'): background of the trial, no act told",
    "modality.charged": "what people are charged with, accused of, sentenced for: 'sentenced for their part in a "
                        "coup attempt', 'those held are accused of arson', an attempt laid on anyone but an armed "
                        "side ('accuses the army chief of trying to seize power') (not 'Kyiv accused Russia of "
                        "shelling X')",
    "modality.arrest_reason": "what people are arrested or detained for: '269 people were arrested for looting "
                              "and arson', 'detained over the killing' (the arrest is the act told; an act with a "
                              "date or a relative clause of its own is told, modality.charged_dated)",
    "modality.reported": "accepted: the act is what a reporting verb relays ('X said rebels took Y')",
    "modality.claimed_past": "accepted: a claim of a past act ('the army claims to have recaptured X', 'Al-Shabaab "
                             "claimed a car bombing in X', a claim of an act no sentence told before), a report "
                             "with claimed_by",
    "modality.since_undated": "'Since it seized power, the junta has ...', 'since seizing the town': an act told "
                              "as the start of a state, with no date of its own, is named as known, not told",
    "modality.past_anchor": "accepted: a past act told as the time of another ('would withdraw the bill after "
                            "protesters stormed parliament')",
    "modality.harm_denied_beside": "accepted: an act told in a clause on a verb that only its subject negates "
                                   "('Nobody was hurt when soldiers set fire to 60 houses', 'no civilians were "
                                   "killed as troops shelled X'): the harm is denied, not the act",
    "modality.not_forgotten": "accepted: an act under a negated verb of forgetting or forgiving ('have not "
                              "forgotten the night gunmen killed 130 villagers'; words/presupposing_verbs_negated): "
                              "the remembering is negated, not the act",
    "modality.participle_of_act": "accepted: a participle of a real act under a purpose ('fighting to reopen the "
                                  "road, firing mortars')",
    "modality.charged_dated": "accepted: an act people are charged over, with a date of its own ('accused over the "
                              "killing of 137 villagers near X in March 2021'): history told as fact, the charge says "
                              "who did it",
    "modality.dated_noun": "accepted: a definite act noun dated in its own phrase ('gathered to mark the 1995 "
                           "massacre'): it names a past act, whatever governs it",
    "modality.relative_past": "accepted: a past act told in a relative clause ('asked the Houthis, who seized Sanaa "
                              "in 2014, for news'; dated or set off by commas, or a simple past on the object of "
                              "a past act's purpose, 'fired tear gas to turn back a crowd that threw stones'): the "
                              "clause asserts it, whatever the clause it hangs on says",
    "modality.fact": "accepted: no modality rule rejected the act",
    # -- actors
    "actor.finder_not_doer": "who found the bodies ('troops found the bodies of two farmers') is not who "
                             "killed them: no actor1 from the finder",
    "actor.syntax": "actor1/actor2 from the trigger's syntax (subject, object, 'by' agent)",
    "actor.in_trigger": "the actor named inside the trigger phrase ('Russian strikes')",
    "actor.weapon_owner": "the side named on a weapon that was stopped ('shot down two Russian drones') is whose "
                          "it was: actor2",
    "actor.agreement_parties": "the parties of an agreement are what the deal governs, or the subjects joined by "
                               "'and' ('the SDF and the government agreed a truce')",
    "actor.attacker_by_default": "state forces attacked ('soldiers were ambushed', 'attacked an army post', 'an "
                                 "attack killed two soldiers') by no one named: the attacker is an unidentified "
                                 "armed group of the event's country ('came under rebel fire': the article's main "
                                 "armed group)",
    "actor.repeller_attacked": "'troops beat back an assault on the camp', 'troops pushed back the rebels': who "
                               "drove the attack back is actor2, the attacker, if named, actor1",
    "actor.subject_is_target": "being attacked ('a patrol came under fire from rebels'): the subject was "
                               "attacked (actor2), who fired, if named, is actor1",
    "actor.clash_joined_sides": "'Thai and Cambodian troops traded fire': the sides joined by 'and' as a clash's "
                                "doers are its two sides",
    "actor.clash_one_side": "a clash with one side named: that side is actor1",
    "actor.charge_on_victims": "a side named only in what the victims were charged with ('shot dead four men they "
                               "accused of supporting the rebels', 'farmers accused of spying for the army') is no "
                               "side of the act",
    "actor.doer_in_clause": "an abduction whose only side named is armed and the subject of a clause under it ('an "
                            "engineer went missing after armed men stopped his car'): that side did it",
    "actor.regain_is_state": "taking back ('liberated', 'recaptured') with no doer named is the government's",
    "actor.taking_told_on": "taking back ('liberated the settlement') with no doer named and no date of its own, right "
                            "after a place taken by a side other than the state's forces: that side's taking told "
                            "again, not the state's",
    "actor.same_kind_previous": "the same kind of act told again without its doer: the doer just named",
    "actor.striker_of_article": "strikes with no flag named, in a story that named who strikes: that striker, "
                                "before any default",
    "actor.loser_is_subject": "losing ground ('lost X to Y', 'withdrew from X', 'handed X over to Y'): the subject "
                              "gave the place up (actor2), the side it went to took it (actor1); a pronoun subject "
                              "in a clause of its own stands for the actor outside it ('X, the city they lost')",
    "actor.assoc_backed_by": "'backed by X', 'with the support of X': X is an associated actor",
    "sides.same_actor_twice": "one side named twice is not both sides",
    "sides.crowd_occupation": "'protesters had taken over 18 oil wells', 'demonstrators seized the airport': ground "
                              "taken by protesters, or by a verb joined to a crowd's with no subject of its own "
                              "('hundreds marched through X and took over the offices'), is a site they occupy, a "
                              "peaceful protest (ACLED), not a capture nor a riot",
    "sides.demonstrators_fighting_riot": "demonstrators who attack, burn or fight are rioters (Riots)",
    "sides.arrest_by_crowd_is_intervention": "an arrest with a subject of its own that the sentence ties to the "
                                             "protesters ('fired tear gas at protesters gathered there on Thursday "
                                             "and again on Friday, when officers arrested a journalist'): a crowd "
                                             "arrests nobody; it was made at their protest, a protest with "
                                             "intervention, not a riot (the subject no pronoun, and a force told at "
                                             "it or in the sentence)",
    "sides.rioters_first": "a riot told with no crowd as its doer ('they threw stones at police'): the rioters "
                           "are actor1, a force named as its doer actor2",
    "sides.force_first": "force against protesters told with the force as the other side: the force is actor1, "
                         "the protesters actor2",
    "sides.rioters_with_group": "a riot or mob done by a named group that is no armed organisation (settlers, an "
                                "ethnic or party crowd): the country's rioters, the group their associated actor",
    "sides.mob_rioters": "a mob of people no group names ('villagers lynched two men') is rioters, the people it "
                         "set upon civilians",
    "sides.civilians_as_mob": "an attack on civilians done by people of a place or a crowd ('residents beat two "
                              "men to death'; a force named only by a site, 'dragged him out of a police station "
                              "and killed him', is no doer): a mob, rioters against civilians (ACLED's mob violence)",
    "sides.riot_outside_protest": "'inmates rioted, setting fire to cell blocks', 'supporters of rival candidates "
                                  "clashed': a riot of people held, or of crowds against each other, with no "
                                  "protest word in the sentence, is mob violence, not a violent demonstration",
    "sides.mob_on_person": "a crowd's violence done to a person ('a crowd set ablaze a suspected thief'): mob "
                           "violence, not a demonstration",
    "settle.campaign_opened_with": "'the offensive, launched on June 13, began with aircraft pounding rebel "
    "positions': an offensive or battle noun whose onset verb names the act it opened with is told by that act, "
    "no clash beside it",
    "sides.fire_in_riot": "'shots were fired at police in X', 'armed men among them exchanged fire with police' in a "
    "story of rioting on its days: shooters nobody names (or told inside the crowd) firing on police are the rioters, "
    "no battle: joined to a riot at its place and days, else a riot of its own there",
    "sides.crowd_story_part": "property destroyed with no doer told, at a riot's place (or within 25 km) on its "
    "days, anywhere in the article ('some 30 kiosks had been set alight'): what the riot did, its event, not a "
    "record of its own",
    "sides.crowd_part": "'some of them threw stones': a part of the crowd rioted (a riot apart from the protest)",
    "sides.crowd_attack_riot": "'a crowd attacked a police station', 'hundreds of supporters of the jailed leader "
                               "attacked a police station': a crowd's or civilians' in unrest assault on a force is a "
                               "riot by rioters, the force the other side (a violent demonstration when the crowd "
                               "was out in protest, a protest word in the sentence or a participle of its cause on "
                               "its verb, 'demanding the release of ...', or in a country where the article told "
                               "crowds out before, else mob violence); so is 'villagers "
                               "attacked and burned a police station', the force read as the doer",
    "sides.counter_protest": "'throngs of the president's backers gathered in a counter-protest', "
                             "'counter-demonstrators marched': the other side's crowd is an event of its own, not "
                             "merged with the protest it answers",
    "sides.force_on_crowd": "'security forces stormed a sit-in by doctors', 'stormed the protest camp': a crowd's "
                            "act done by a force to the protesters is a protest with intervention, not a riot",
    "sides.clash_with_crowd_riot": "a clash with protesters or rioters is a violent demonstration by them",
    "sides.crowd_fought_force": "'youths fought police', 'mourners fought with soldiers': a crowd, no armed group, "
                                "fighting a state's force is a violent demonstration by it, not an armed clash",
    "sides.protesters_first": "protesters are actor1 of a protest, the force that intervenes actor2",
    "sides.government_first": "the government is listed first in an agreement",
    "sides.default_state": "a truce with no party named binds the government; warplanes with no flag are the "
                           "air force of the war's country (unless they hit its forces); weapons stopped by no one "
                           "named ('air defences shot down drones') were stopped by the forces of the country they "
                           "were over",
    "sides.loser": "who lost a place when the sentence names only the taker: the other side named (not a source: "
                   "'army officers told reporters')",
    "sides.loser_of_article": "a place an armed group or a foreign state took with no loser named: from the side "
                              "it fights in the article's other events, before the state forces of the place",
    "sides.loser_by_default": "a place taken with no loser named: from the state forces of the place's country "
                              "(taken by an armed group or a foreign state), or from the article's main armed "
                              "group (taken back by the government)",
    "sides.civilians_no_side_of_battle": "an armed clash whose other side came out as civilians ('five soldiers and "
                                          "seven civilians died in the fighting'): civilians killed in a battle "
                                          "are its toll, not its side; the other side is found as for one named",
    "sides.unnamed_armed_doer": "violence against civilians whose only side named is an unnamed armed group, read "
                                "as its target ('villagers found the bodies of 12 men, two days after armed men "
                                "passed through'): the armed men did it, the civilians were its victims",
    "sides.other_side_by_default": "a clash or a truce told with one side: the place's state forces against an "
                                   "armed group, the article's main armed group against those forces",
    "sides.target_by_default": "an air strike with its doer named and no target or victims, or weapons stopped "
                               "with no one named as firing them: the side "
                               "told most often against the doer in the article, else (a state's forces) the "
                               "article's main armed group",
    "sides.coup_government": "a coup is done to the government of its country (Military Forces of X against "
                             "Government of X): an overthrown junta is the government, the military then the doer",
    "sides.protesters_fired_on": "excessive force on people named otherwise ('opened fire on worshippers "
                                 "protesting after prayers'): they are the protesters, actor2 Protesters (<Country>)",
    "sides.victims_civilians": "violence against civilians with no victims named: Civilians (protesters when "
                               "they are the victims)",
    "sides.forces_hit": "a strike or bomb with no target named that hit posts, patrols or soldiers hit the forces "
                        "of the event's country (its police when police are named)",
    "sides.clash_of_article": "a clash told with neither side named is between the sides the article's other "
                              "battles in that country name most often",
    "sides.civilian_property": "looting or burning people's own property ('looted shops', 'burned dozens of "
                               "homes') with no victims named is done to civilians",
    "sides.victims_implied": "an explosion, a mob or an arrest with no target named, whose victims the sentence "
                             "names as people, not armed men: Civilians (protesters when they are demonstrators)",
    "sides.unnamed_attacker": "violence against civilians, or a bomb (IED, grenade, suicide bomb), whose doer is "
                              "never named: the Unidentified Armed Group of the event's country (ACLED)",
    "sides.arrester_by_default": "an arrest with no doer named ('hundreds were detained overnight'): the police "
                                 "of the event's country",
    "sides.force_by_default": "excessive force against protesters with no force named ('killed in the crackdown "
                              "on the protests'): the state force the article's other crackdowns in that country "
                              "name, else the police of the event's country",
    "actor.unnamed_doer": "doers that name no group the table knows ('a pair of gunmen', 'armed men', a suicide "
                          "bomber): an unidentified armed group of the event's country, never a side carried over "
                          "from another sentence; 'the rebels', 'insurgents' and a body of them ('a rebel column') are "
                          "the article's main armed group of its country when it has one, as 'militants' are",
    "actor.mediator_no_party": "'a truce brokered by Qatar', 'talks under the auspices of the AU': a mediator "
                               "(words/mediator_verbs) is no party to the deal",
    "actor.government_by_title": "'President Buhari disbanded the unit': a head of state or government by title "
                                 "(words/head_of_government_titles) doing a strategic development is the "
                                 "Government of the country",
    "actor.speaker_is_doer": "'the militia says it shot three soldiers': the pronoun subject of a reported act is "
                             "the speaker, who did it; the side the syntax took instead is the other side",
    "actor.pronoun_doer": "'They also seized X': a pronoun doer is the doer of the act told just before, of "
                          "whatever type",
    "sides.crowd_police_by_place": "crowds, police and unnamed attackers are those of the event's country",
    "actor.branch_named": "'Islamic State' in a story that names one of its affiliates ('Wilayat Sinai') is that "
                          "affiliate, as ACLED codes it (actors.tsv flag branch=)",
    "actor.generic_nearby": "'fighters', 'the militants' are the armed group named right after them ('fighters "
                            "of X') or last named in their sentence or the previous one, before the article's "
                            "most named group",
    "actor.paragraph_country": "'the military', 'troops', 'police' belong to the country of the places named "
                               "in their sentence or paragraph; 'militants' there are not the article's group "
                               "of another country (an unidentified armed group)",
    # -- places
    "place.syntax": "the place(s) the trigger governs, and the places listed with it (not a place right after "
                    "'according to', who reports: 'according to Kyiv'; not the scene a sentence opens with, 'In X, "
                    "...', when the act's clause names a spot near a town, under the trigger or, for a region, "
                    "anywhere in the clause of the act's verb; a place in a relative clause on the "
                    "doers, 'fighters who had fled X looted Y', only when the act's clause names none; a town's "
                    "possession is whose thing it is, 'the head of X's junta', unless a preposition of being "
                    "inside governs it, 'in the favelas of X's west zone')",
    "place.anaphor": "'took the city': the city named before it in the sentence",
    "place.last_mentioned": "'the town', 'the village', 'there' with no place before it in the sentence: the "
                            "last town or site named in the sentences just before, not the last act's place",
    "place.deal_story_place": "a deal named without a place is about the place the story is about",
    "place.nationwide": "a truce or coup named without a place is the country's (capital, precision 3)",
    "place.doers": "a truce or a group change with no place of its own is where its doers are said to be "
                   "('factions operating in X announced that they had merged')",
    "place.truce_parties": "'a truce between Israel and Hamas took effect in Gaza': the countries a truce is between "
                           "are its sides, not its place, when the sentence names another; a country that brokered "
                           "it ('a swap mediated by the UAE') is no place of it",
    "place.truce_makers": "'Ankara declared a ceasefire', 'the United States and Russia agreed on a truce': a "
                          "country or its capital that makes a truce (the subject of the verb making it) is a side "
                          "of it, not its place",
    "place.truce_own_scope": "'agreed in Moscow on a ceasefire in Idlib province': a place the truce's own noun "
                             "governs is where it applies, over the verb's place where it was made",
    "place.truce_war_country": "a truce made by a foreign state ('Ankara declared a ceasefire') in a story whose own "
                               "towns are in another country is that country's, where the war is, not the maker's",
    "place.truce_sides_located": "'brokered a truce between two rival tribes in Kurram district': the place of the "
                                 "sides a truce is between is where it applies, not the whole country",
    "place.truce_clause": "'a ceasefire took effect in Goma': a truce that is the subject of the clause placing it "
                          "applies there, not across the country",
    "place.named_before": "an act or its victims named again by a demonstrative ('that attack', 'these "
                          "civilians') are where the sentences just before put them (the last town or site named)",
    "place.site_anaphor": "'near the temple' after 'the Preah Vihear temple', 'the promontory' after 'the Ras "
                          "Doumeira promontory': the site named before, by the noun of its name",
    "place.capital_anaphor": "'police in the capital detained 50 people', no place named: the capital of the "
                             "country the article is about",
    "place.scene_frame": "'In Tirana, parliament re-elected the president. Riot police later broke up a gathering': "
                         "an act told without a place, after a sentence that opens by setting its scene in a town "
                         "of the story's country ('In X,'; words/scene_frame_prepositions.txt), happened there, not "
                         "where the act before that sentence was",
    "place.scene_told": "'The worst incident happened on Wednesday in Siteki. Soldiers opened fire on a crowd': a "
                        "sentence that tells no act and puts something (a noun subject) taking place in a town of the "
                        "story's country (words/occurrence_verbs.txt) sets the scene of the acts told after it with "
                        "no place of their own, over the last act's place",
    "place.scene_named": "'Djibo has been under blockade since 2022. Militants attacked an army post on the "
                         "outskirts of the town on Sunday': an act told without a place, with no act told just "
                         "before, after a sentence that tells none and names one town of the story's country (not a "
                         "locator, a source, nor where people went: words/scene_away_prepositions.txt), happened "
                         "there",
    "place.recent_act": "an act told without a place happened where the previous act was (precision 2)",
    "place.killed_in_raid": "people killed, told with no place or doer after an abduction, a burning or a strategic "
                            "development such as an arrest (which kill no one): an act of its own where that act "
                            "was, not its toll (not a toll over more than a week after a development: background)",
    "place.taken_in_raid": "people abducted, told in the passive with no place, doer or day of their own within two "
                           "sentences after an attack or a clash ('... More than 20 people were kidnapped'): taken "
                           "in that raid, at the last town or site named just before (an abduction of its own, not "
                           "dropped)",
    "place.campus_town": "'students at Bahir Dar University', 'on the campus of the University of Lubumbashi': a "
                         "town named in a campus's name, the campus told as where people were, is the act's town "
                         "(not an organisation's name)",
    "place.scene_police": "'In Karachi police arrested 30 ...', 'in Beira police dispersed traders': a town right "
                          "after 'in' or 'at' and right before the police's noun is where the police acted, not "
                          "the name of a body ('Karachi police said'; patterns.yaml scene_before_place, "
                          "police_after_scene_place)",
    "place.last_crowd": "'the protests', with no place of its own, after a protest or riot was told: where that "
                        "crowd was (precision 2)",
    "place.crowd_country": "a protest or riot (not a lynching) told with no place of its own, nor a story's or "
                           "a recent act's: the country (capital, precision 3)",
    "place.story_place": "'it was captured', 'overran the army base' with no place of their own, and no act just "
                         "before in reach: the place the article is about, before the last act's place; 'took the "
                         "town' (a definite settlement noun, words/settlement_nouns.txt): the last act's place first, "
                         "the town just told (precision 2)",
    "place.related_elsewhere": "'The strike, which hit a school in Khan Younis, came hours after Israel ordered "
                               "residents of Rafah to leave': an act named as the subject of a verb that sets it "
                               "against something else (words/relating_verbs.txt) is not placed in that something "
                               "else's clause of time; with no place of its own it is where it was told before",
    "place.weapon_target": "'intercepted a rocket fired at Haifa and a drone launched towards Eilat': an "
                           "interception is placed where each stopped weapon was aimed",
    "place.locator": "only a locating place ('north of X') was given: X's coordinates; or the sentence's other "
                     "places are where the act was not, where people were going or came from ('ambushed a "
                     "convoy heading to Kisangani near Mambasa', 'killed six traders from Kano in an attack near "
                     "Funtua'; not 'abducted villagers from X', an origin hung on the act)",
    "place.unlocated_name": "'the next morning, soldiers shelled the village of X': a name the act's clause calls its "
                            "place, which nothing in the text locates, keeps its name at the point the act falls back "
                            "to (the last act's, the story's), unresolved, precision 2",
    "place.unresolved": "a place the gazetteer does not know ('the village of X', 'in X', 'the X bridge') keeps its "
                        "name at its locator's point ('north of Y', 'in Y region', the paragraph's town): "
                        "precision 2 near a town, 3 in a region ('X, Y district': the unit locates X, it lists no "
                        "second place; 'X village in Y region's Z township': Z, the town the region is said to "
                        "hold, not Y; 'raided X on Sunday': the object of a place verb told with the act's day is "
                        "such a name, located as any, not dropped); "
                        "location_resolved false; where the text says "
                        "once where the name lies ('X, a mining area north of Y'), every mention of it lies there, "
                        "not at the paragraph's town of an earlier one. A known name beyond its locator's reach "
                        "is such a name too, unless a town of 10,000 people in the locator's country ('Tudun Wada, "
                        "a village near Zurmi' is not the Tudun Wada 220 km off; 'Kidal, north of Gao' stays "
                        "Kidal); so is a known name the text puts in a district, local government area or "
                        "municipality seated at a town and that lies beyond NEAR_KM of it ('Takum village of "
                        "Kajuru local government area' is not the Taraba Takum 380 km off; 'El Aguaje, a community "
                        "in the municipality of Aguililla'), a town of 10,000 people kept only where the text does "
                        "not call it a village. In a Title Case "
                        "headline a preposition or a noun after is no cue ('In Stunning Reversal, ...')",
    "place.unresolved_broad": "a place the gazetteer does not know with no town to locate it by keeps its name at "
                              "the point of the region the text names (precision 3), else its dateline's town when "
                              "that is not the capital ('MAIDUGURI, Nigeria - ... the Dalori camp', precision 2), "
                              "else the country's (the one the text names, else a capital dateline's: "
                              "'MOGADISHU (Reuters) - ... in Bulo Marer'), or the country of the people or "
                              "officials a demonym names ('Malian officials said'; a force's only by "
                              "place.force_home) (precision 3); never a country named as the far side of an "
                              "edge ('in X, near the Cameroon border', 'near the border with Mali') or as where "
                              "people came from ('crossed from Afghanistan', 'fighters from Chad'); never a "
                              "region of another country than the one the paragraph is set in ('X and Y in "
                              "western Niger ... in the Gourma area' of Burkina Faso); "
                              "location_resolved false: the act is not dropped",
    "place.dateline": "an act with no place of its own, in a text that names no local place but its dateline "
                      "('[12 March 2019] NIAMEY (AFP) -', 'GOMA:'): the dateline city (precision 2)",
    "place.truce_not_venue": "a truce signed abroad ('signed in Doha a truce to apply along the Beni front') is "
                             "placed where it applies (the places its own 'apply', 'cover' governs), else in the "
                             "parties' country, not at the venue; one made in a town of the story's country away "
                             "from the capital is local to that town",
    "place.doers_last_act": "'the gunmen also burned a dozen lorries': doers named again as a definite noun, with no "
                            "place of their own, acted at the place of the act told before, however far back",
    "place.pronoun_doers": "'Gunmen raided a market in Gao. They looted shops': doers named by a pronoun, with "
                           "no place of their own, acted at the last town or site named just before (precision 2)",
    "place.told_next": "'Gunmen ambushed a bus in the desert on Wednesday. The attack happened east of Palmyra': an "
                       "act with a time or side but no place of its own takes the place the next sentence gives "
                       "'it' or a definite noun as the subject of a verb of taking place (words/occurrence_verbs.txt), "
                       "over the last act's",
    "place.line_dateline": "'Peshawar: Gunmen shot dead a vaccinator on Tuesday.\\nBannu: A roadside bomb hit a police "
                           "van': an act with no place of its own, on a line that opens with a dateline that is not "
                           "the text's first (a round-up's line), is at that line's town, in the story's country, not "
                           "at the last act's place (precision 2)",
    "place.witness_next": "'Militiamen shot dead 14 people on Wednesday. \"They came at dawn,\" said a trader in "
                          "El Geneina': an act with a time or side but no place of its own, nor a recent act's, is "
                          "where the witness quoted in the next sentence is ('a resident of X', words/"
                          "local_source_nouns.txt), precision 2",
    "place.dateline_strategic": "an arrest, a decree or a deal with no place of its own or of a recent act: the "
                                "dateline's city, where it was reported from (precision 2)",
    "place.named_region": "'X, a village in Y region', 'X township in Y region', 'X district of Y', 'Y's X "
                          "district' (Y a region's name): of X's "
                          "namesakes, the one inside "
                          "the region or country named ('X, in Y's Z region' too; with none there, X is unknown, "
                          "located by Z; of Y's namesakes, the one holding an X: 'Sanandaj, in Kurdistan "
                          "province' is Iran's); "
                          "a small town abroad met after 'the village of' in a story "
                          "that names other countries is none of them (the name is kept, unresolved)",
    "place.narrowed": "a region or sea narrowed down by a town under it ('in X province near Y'): the act is at the "
                      "town",
    "place.narrowed_next": "an act placed only in a region, named again definite ('the attack', 'the bombing', "
                           "or its doers, 'the gunmen') in the next sentence of its paragraph with one town of that "
                           "region, is at that town; so is an act placed only by a bearing off a city ('north of "
                           "Baghdad', no distance) at the one town of its country the next sentence gives it within "
                           "200 km, and that sentence's own record of the act's type at that town is the same act",
    "place.same_region": "an act with no place of its own told 'in the same province' (words/same_region_phrases) "
                         "is in the region of the place just told, precision 3, not at that place's town",
    "place.across_edge": "a place named across an edge ('along the border with Texas in the state of Tamaulipas', "
                         "'near the border with Afghanistan') is the neighbour's, not the act's, when the act names "
                         "one place of its own (not where it lists several: 'entered A near the border with Syria, "
                         "B and C')",
    "place.speech_venue": "where a report was given ('told reporters in Gusau that bandits killed 12 villagers in "
                          "Zurmi') is no place of the act it reports when the act names one of its own",
    "place.region_locator": "in 'town, region' the region only locates the town; it is not a second place; nor is "
                            "the bigger town a few km off in 'quarter, city' ('in Kibera, Nairobi')",
    "place.list_neighbour": "a name the gazetteer does not know, listed with known places ('the villages of A, B "
                            "and Bali'), lies at the nearest known one (precision 2)",
    "place.listed_settlements": "a name the gazetteer does not know that only the list it stands in calls a place: "
                                "a list closed by a plural settlement noun ('raided A and B villages'), followed "
                                "by a passive verb of acting on places ('A, B and C were attacked') or taken by an "
                                "act with a known place ('attacks on A and Gwoza'); each name is a place of the act",
    "place.distance_offset": "'the village of X, 40 km north of Y', X unknown to the gazetteer: Y's point moved by "
                             "the distance and direction written (precision 2)",
    "place.between": "'on the road between A and B': one act at A (precision 2), B only locates it",
    "place.force_home": "a name the gazetteer does not know, in a text that names no region or country and no "
                        "people's demonym, lies in the one country whose forces it names ('Malian soldiers clashed "
                        "with rebels outside X'): that country's point, precision 3; a town of 10,000 the "
                        "gazetteer knows elsewhere is not made such a name by the demonym ('pushed back by Rwandan "
                        "troops' in Mocimboa da Praia); not where the text names an armed group of another country "
                        "('Ethiopian troops clashed with al-Shabaab in Halgan': the army fights abroad)",
    "place.on_road": "'on the A-B road in/at/near X', 'on the A road outside X': the act is at X, the road's towns "
                     "only locate it; 'on the road to Y': Y only says which road",
    "place.compass_region": "'northern Israel', 'southern Israel': a compass word before a country names the "
                            "country's region of that name when it has one (an alias of its admin-1 row), "
                            "precision 3; else the country, as before",
    "place.town_region": "'the Kobani region', 'the Bakhmut region' (lower-case region noun), X a town whose "
                         "admin-1 region bears another name: the area around the town, at its point, precision 2, "
                         "not the region a hundred km away nor a near spelling of a foreign region ('Kuban "
                         "region'); 'the Kursk region' stays Kursk Oblast",
    "place.lead_named_next": "a lead act told before the story has placed anything, with no place of its own nor "
                             "from the story, the dateline or a witness: the first town or site the next two "
                             "sentences name (else a region, precision 3), not a source's seat, an actor's name or "
                             "a country ('20 farmers were killed in the north-east. The gunmen stormed fields "
                             "outside Monguno')",
    "place.district_seat": "'X district/territory/division/county' (word class district_nouns), X a town and no "
                           "region: the unit at its seat town's point, precision 2, not at the region around it",
    "place.part_of_town": "'the Poblacion area of Marawi', 'the city's Kyivskyi district' (the last town named "
                          "before it), 'Baghdad's Karrada district' (the index puts the name within the town): the "
                          "part keeps its name at the town's point (precision 2), not a namesake elsewhere, and is "
                          "the act's place rather than the town in the possessive (as is a district seat after a "
                          "town's possessive, 'Kabul's Paghman district')",
    "place.country_named": "in a text that names no town (a brief, or a story filed from abroad: 'NAIROBI, Kenya -' "
                           "over Somalia), an act told only as in a country ('attacked a base in southern "
                           "Somalia'): the country (capital's point, precision 3); a dateline abroad is never an "
                           "act's place, nor a country named as the far side of an edge ('near the Cameroon "
                           "border') or as where the doers came from ('militants who had crossed from "
                           "Afghanistan')",
    "place.named_site": "'police cleared Grodno Square' (in Minsk), 'the Mocuba hotel in Pemba': a town's name before "
                        "a site's noun names a site after it; where the text locates the site at a town farther "
                        "off, it is there (precision 2, location_resolved false), not at the namesake town",
    # -- dates
    "date.expression": "the nearest time expression in the trigger's own clause",
    "date.blog_entry": "a live blog's entry under a header of a clock time and a weekday ('22:30 Sunday'), of "
                       "a day's date alone ('11 Jun 2024 21:40 GMT'; 'Tuesday 17 September' where two such lines "
                       "head entries), or of a weekday alone ('Monday') over entries that open with a clock time: "
                       "its relative times ('this afternoon', 'overnight') count from that day, not from "
                       "publication",
    "date.pair": "'on Saturday and Sunday', 'on Friday, Saturday and Sunday': one window over the days of a pair or "
                 "a series (not a span 'since' or 'until' a time, nor a day of another clause with a subject of its "
                 "own: 'on Monday, and on Tuesday soldiers stormed ...')",
    "date.fighting_window": "a capture carries the window of the fighting that led to it",
    "date.report_on_publication": "'hacked seven villagers to death, police said on Friday' in Friday's paper: the "
                                  "act lay on or before the day told, on a day not given: the current news up to it",
    "date.report_offset": "'The army said on Tuesday it was sending troops to Bama. The night before, militants had "
                          "attacked a base near Bama': a day counted from nothing told is counted from the day of the "
                          "report just told when it told no act (Monday), not read as current news",
    "date.when_act": "an act with no time of its own told as happening when another did has that one's day ('the "
                     "funeral on Tuesday of the men killed when a drone struck their car on Sunday': Sunday)",
    "date.noun_own_clause": "an act noun dated in its own relative clause, not by the later state its verb tells "
                            "('The truce that the militias agreed in Tripoli on Friday was holding on Sunday': "
                            "Friday; 'ceasefires agreed in Jeddah in May were violated within hours': May)",
    "date.onset_window": "an act told with the day it began in a clause on it ('the sit-in, which began on Sunday, "
                         "continued on Tuesday') runs from that day",
    "date.anaphoric_period": "'In May 2015 IS seized Palmyra. Later that month it blew up the temple': 'that month', "
                             "'later/earlier that year', 'the same month' are the whole month or year of the act told "
                             "before (however wide its window); 'the following/previous month' the next or last one, "
                             "'two months later', 'three years earlier' that many after or before it",
    "date.anaphoric_offset": "'two days later': an offset from the act just told, or from the date told before it "
                             "in the sentence when the act's own clause has no date ('On Monday a strike killed 18, "
                             "and the following day tanks shelled X')",
    "date.anniversary": "'marked on Monday the first anniversary of the attack in which gunmen killed 360': an act "
                        "inside what an anniversary marks, with no date of its own, is that many years before the "
                        "day it was marked",
    "date.report_not_act": "'said on Thursday that soldiers executed villagers ... on February 25': the date of "
                           "the report is not the act's when the sentence gives another, a span of days up to it too "
                           "('have shelled X 200 times over the past week, the governor said on Monday'; an act in "
                           "the reporting verb's own phrase, 'said at a vigil in Abuja on Sunday', has the report's "
                           "date)",
    "drop.named_past_act": "'a film about the Srebrenica massacre', 'those killed in the Solhan massacre': an act "
                           "noun named by its place, inside another phrase and with no date of its own, is a past "
                           "act referred to by name, not told here",
    "date.found_after": "'the bodies were found on Wednesday, two days after gunmen raided the area': the killing "
                        "came between that act and the finding; the window covers both",
    "subtype.toll_of_attack": "'the death toll from Sunday's attack in X rose to 27', 'the last attack by the ADF "
                              "was in February, leaving 23 dead' (words/toll_participles): an attack known by its "
                              "dead, with no armed side but its doers named in or around it, is an attack on people",
    "date.raid_report": "'Gunmen abducted 35 people in X on Thursday. Two men were shot dead, a councillor told "
                        "reporters on Sunday': an act placed where the act just told was, dated only by its report, "
                        "has that act's window",
    "date.before_report": "'said on Friday that police had killed two', 'police have arrested 40, the party said on "
                          "Thursday': a past or present perfect under a report dated only "
                          "by the report happened before it, on a day not given: the 30 days up to that day (the "
                          "report's date: right after its verb, however the parse hangs it, or on its noun, 'in a "
                          "statement on Sunday', or in a clause on the reporter, 'a UN report released on Tuesday "
                          "said', 'survivors who reached Adre this week said'; 'had lost men in the battle': the "
                          "past perfect of the noun's verb)",
    "date.others_act_reported": "'Human Rights Watch said on Thursday that soldiers executed 40 villagers': an act "
                                "of others told in the simple past in what a dated report says, with no day of its "
                                "own, came on or before the report's day: the 30 days up to it (not a side telling "
                                "its own act, 'the army said it intercepted three drones', nor a capture); also "
                                "when the day is told on the report noun ('A UN report released on Tuesday said')",
    "date.apposed_clause": "'overran Kidal, a town they had lost in 2013, and killed 12 soldiers': a "
                           "time inside a relative or participle clause on an appositive set off by a "
                           "comma dates what that clause tells of the noun before it, not the act",
    "date.since_of_state": "'a bomb killed two fighters, the group, active in the province since 2015, said': a "
                           "span since a day hung on an adjective, a noun or a participle other than the act's word "
                           "tells how long a state has lasted, and does not date an act told in the simple past",
    "date.length_up_to_day": "'fought for three days south of Tripoli before pulling back on Monday': a length "
                             "on the act's verb, closed by a day told after 'before' or 'until' (words/"
                             "length_end_words), is that many days up to and including the day",
    "date.days_after_told": "'Millions marched across Spain in the days that followed', 'Days later, troops "
                            "retook the town': some days after the act told (within a week; 'weeks later' within "
                            "six; 'months later', 'a few months earlier' within a year), or before it ('days "
                            "earlier'), not that act's own day",
    "date.place_own_time": "'captured Maarat al-Numan in January and Saraqeb in February': each place of an "
                           "act's list followed at once by a time of its own has that time, not the one nearest "
                           "the verb",
    "date.shared_perfect": "'Soldiers have since deployed to the area and arrested 20 suspects': a verb joined to "
                           "a present perfect with no subject or auxiliary of its own shares its tense, so it is "
                           "current news, not the act just told nor the background before it",
    "date.said_while": "'The mayor appealed on Wednesday for calm, saying militiamen had killed four "
                       "traders': an act told in the past or present perfect under a participle of a reporting "
                       "verb came before the day of the clause the participle hangs on: the 30 days up to it (as "
                       "date.before_report); in a wire lead whose dateline the parser made the root, the finite "
                       "verb told before the participle is that clause",
    "date.owned_by_thing": "'called for a review of last week's budget, saying ...': a date owning a noun "
                           "that names no act, outside the act's phrase, dates that thing, not the act",
    "date.offset_between_acts": "'seized X on Sunday, three days after taking Y': Y is dated from X's date",
    "date.offset_from_named_act": "'three days after the capture of X': the offset counts from that act told "
                                  "earlier, however far back, not from the last date",
    "date.dateline_day": "'MAIDUGURI, Nigeria, June 7 (Reuters) - ... on Wednesday': a relative time counts from "
                         "the day a dated dateline gives (up to a month before publication), not from publication; "
                         "in a round-up whose heading states its window ('Security brief for 1-7 July. On "
                         "Wednesday ...'), from the window's last day",
    "date.since_compares": "'the deadliest attack in the region since 2019': a 'since' on a noun told with a "
                           "superlative or an ordinal measures how rare the act is and does not date it",
    "date.when_clause": "'held Kismayo until 2012, when troops drove it out': an act in a clause on the time "
                        "named after 'until' or 'since' is dated by that time itself",
    "date.anaphoric_week": "'clashed near Bama on Sunday. The previous week, insurgents had killed ...': the Monday "
                           "to Sunday week before (or after) the act told's week, not one day; so from a report's "
                           "day ('the army said on Monday it had repelled an assault the previous week')",
    "date.dateline_is_filing": "the dateline's date ('GAROWE, 21 May 2019 (Puntland Post) -') is when the story was "
                               "filed, not the act's date, even when the sentence gives no other",
    "date.duration_not_when": "'repelled the attack after three hours of fighting': a length of time after "
                              "'after' or 'following' tells how long something lasted, not the act's date (the "
                              "sentence's other date, else the context's)",
    "date.yardstick_own": "'the second on the base since last month's bombing', 'the worst since the fall of X in "
                          "December': a date inside a comparison's 'since'/'than' phrase on another act dates that "
                          "act, the yardstick, not the act compared",
    "date.anchor_act_own": "'in response to the April 1 air strike', 'after Monday's bombing': a date that names "
                           "another act the sentence refers to is not this act's date",
    "date.again_on_day": "'attacked the base on Monday and again on Wednesday', 'on Saturday and once more on Monday': "
                         "the act done once on each day, one event a day",
    "date.pair_of_acts": "'seized power in coups in 2006 and 2014': acts told in the plural with a pair of months "
                         "or years are one act per date",
    "date.linked_act": "an undated act tied to an act named again ('shelled Batken during that fighting') takes "
                       "the window of the last date told just before, however wide",
    "date.run_in_day": "'Wednesday: Soldiers arrested 12 suspects in Gao', 'Saturday, 9 November: drones struck "
                       "Odesa': a day opening its line as a run-in heading (a round-up's, a log's) dates that line's "
                       "acts, and a heading alone on its line the acts told next; it is no dateline's filing stamp",
    "date.story_year": "'ETA gunmen seized him on July 10, 1997. He was found shot on July 12': a day or month "
                       "with no year told right after a story dated in an earlier year (long before publication) "
                       "is of that story's year, the first such day on or after its start; so too after a day or "
                       "month of an earlier year in the same sentence ('In March 2022 the rebels seized X, and in "
                       "June they took Y': June 2022)",
    "date.that_year": "'in late March of that year': the year the text named last before it, not the "
                      "publication's",
    "date.recently": "'IS attacked a village near Hawija last week. Forces carry out raids daily, recently "
                     "arresting 19 suspects in Kirkuk': an act told as recent (words/recency_adverbs) has no day of "
                     "its own and does not share the day of the act before; the current news up to publication",
    "date.after_publication": "'a crackdown killed dozens ahead of elections in 2018' told in 2017: a time wholly "
                              "after publication never dates a reported act; it names what is to come",
    "date.inherited": "an undated act told right after a dated one shares its date, or right after a sentence "
                      "with no act word that dates what it tells on one day, not a report ('parliament re-elected "
                      "Berisha on Monday. Riot police broke up a gathering outside it'; with 'later' the act runs "
                      "from that day to publication, date.later_than_told)",
    "date.before_told_act": "'Troops retook X on Tuesday. Rebels had seized the town after ...': an undated act told "
                            "in the past perfect right after a dated one came before it, on a day the text does not "
                            "give: the 30 days up to that act's day (its window kept if wider)",
    "date.before_that": "'Jets bombed a village on Tuesday. Before that, rebels overran an outpost near the town' "
                        "('Previously', 'Prior to that'): an undated act in a sentence that opens by placing it "
                        "before the act just told came on a day not given before that act's: the 30 days up to "
                        "it (as date.before_told_act), not its day",
    "date.now_of_report": "'Russian drones struck Kyiv overnight, officials said on Monday' in Tuesday's paper: a "
                          "day counted from now ('overnight', 'yesterday', 'last night') counts from the report's "
                          "day when that came before publication (or the dateline's or blog entry's day)",
    "date.later_than_told": "'Gunmen killed a chief on Sunday. The army later clashed with them': an undated act told "
                            "with 'later' or 'afterwards' right after a dated act of the current news came after that "
                            "day, up to publication",
    "date.length_of_act": "'Calm returned on Saturday after three days of rioting': the act a length counts lasted "
                          "those days up to the day told",
    "date.report_day": "'hacked seven villagers to death, police said on Monday': with no other date in its "
                       "sentence, the act takes the day it was reported",
    "date.since_report": "'Since Monday, police have arrested 120 people, officials said on Thursday': a tally since a "
                         "day (or over the past days: 'over the past week'), told in a sentence that gives the day it "
                         "was reported, ends on that day, not on the publication's",
    "date.quote_day": "'\"Yesterday they shelled the hospital,\" the mayor said on Friday': a day counted inside a "
                      "quote is counted from the day the quote was given, not from publication",
    "date.day_told_next": "'..., police said on Monday. The attackers struck late on Saturday': an act dated only by "
                          "its report's day takes the day the next sentence gives it, when that sentence tells no act "
                          "of its own, its verb or subject is an act word ('it happened', 'the raid took place') "
                          "with no name of its own, and the day is before the report's, within a week",
    "date.background_after_day": "'Police fired tear gas in Nairobi on Monday. In July last year, officers killed six "
                                 "in Kisumu. They also arrested dozens': a sentence telling background long before "
                                 "publication, after the day the acts before it had, ends that day's run; the undated "
                                 "act next in its paragraph goes on with the background (date.background_run)",
    "date.background_run": "'In August 2023 the RSF overran Wad Medani. Its fighters looted the market': an undated "
                           "act told in the past right after acts or a date long before publication (more than 30 "
                           "days) goes on with that story and shares its window, however wide (not a date that names a "
                           "thing, 'revoked the 1997 constitution')",
    "date.up_to_publication": "'in the spring offensive' told on 12 June: a window that runs past publication ends "
                              "on the day of publication (a reported act had happened by then)",
    "date.current_news": "undated current news: the 30 days up to publication (spec)",
    "date.unknown": "no publication date and no absolute date: no window",
    # -- sub-types
    "subtype.trigger": "the trigger's own sub-type",
    "subtype.strike.suicide": "a strike told with suicide-bomb words",
    "subtype.strike.explosive": "a strike told with explosive words and no aircraft",
    "subtype.strike.as_last": "a strike told with no weapon and no doer of its own right after a shelling or missile "
                              "strike ('Missiles hit a school in X. Bombs also hit a shelter south of the town'): "
                              "of that kind",
    "subtype.strike.air": "a strike told with aircraft words, or no ground-fire words",
    "subtype.strike.non_state": "a strike by an armed group told with no aircraft word ('separatists bombarded X') "
                                "is shelling, not an air strike",
    "subtype.strike.ground": "a strike told with guns, rockets or shells",
    "subtype.fired_from_air": "rockets or missiles fired by an aircraft ('a drone fired two missiles at a house') "
                              "are an air/drone strike, not shelling",
    "subtype.weapon": "an attack or killing told with its weapon is that kind of strike (a grenade's too); "
                      "small arms ('opened fire with rifles') make no strike",
    "subtype.weapons_of_assault": "'attacked the police station with rifles and explosives': an attack told with "
                                  "small arms and explosives or heavy arms is an assault (a clash when armed "
                                  "people were hit), not a bombing or shelling; a killing told so too ('with "
                                  "rockets and rifles, killing 12 passengers'), whose victims then decide",
    "subtype.weapon_of_fight": "'the two groups fought with rifles and mortars', 'attacked the post with guns and "
                               "grenades': the weapons a fight was fought with make no strike of their own; the "
                               "act is the clash",
    "subtype.victims.civilian": "the victims are civilians: an attack on civilians",
    "subtype.victims.protest_story": "unarmed people killed or hurt by a state's forces in a country where the "
                                     "article told a protest: excessive force against protesters",
    "subtype.bodies_found": "the dead found in a grave (words/grave_words) that nobody calls armed: an attack on "
    "civilians by someone, not the finder",
    "subtype.victims.named_person": "a killing of one person told by name ('Ahmed Salim was shot dead', 'the "
                                    "prosecutor, Francesco Coco, who was shot dead') or by a 'he' or 'she' the "
                                    "sentence leaves unresolved and whose sentence before has no singular main "
                                    "subject described as armed, no actor's or place's name, "
                                    "nobody armed among the victims, no crowd the doer: an attack on a civilian",
    "subtype.killed_by_crowd": "a killing done by people of a place or a crowd, no armed group ('residents stoned "
                               "and burned to death two suspected gang members'; a force named only by a site the "
                               "crowd acted at is no doer): mob violence",
    "subtype.victims.protesters_by_crowd": "'supporters of the ruling party attacked the protesters with sticks', "
                                           "'men from the counter-demonstration attacked the marchers': protesters "
                                           "set upon by a party's people or a crowd, no force nor armed men: mob "
                                           "violence (ACLED), not excessive force",
    "subtype.victims.protesters_by_armed": "'a group of armed men attacked protesters with machetes', 'gunmen opened "
                                           "fire on the sit-in', 'gunmen opened fire on a crowd watching a match' (no "
                                           "protest told): protesters attacked by an armed group or armed men "
                                           "nobody names, no state force: an attack on civilians (ACLED), the "
                                           "protesters its victims",
    "subtype.victims.protesters": "the victims are protesters: excessive force against protesters",
    "subtype.victims.group_deed": "'marched to demand protection from ADF rebels, who have killed 70 civilians': a "
                                  "killing told in a relative clause on its doers, no protest word in it, is "
                                  "their deed (an attack on civilians), not force against the sentence's crowd",
    "subtype.rescued_not_victims": "an attack whose own objects name no victims, its verb or one joined to it freeing "
                                   "people "
                                   "('stormed a bandit camp and rescued 12 abducted farmers'; words/freeing_verbs): "
                                   "the people freed are not its victims; who it hit decides",
    "subtype.victims.killed_by_act": "'an attack on a convoy killed nine soldiers and left 30 civilian drivers "
                                     "missing': an act noun whose own verb of killing hit armed people is a fight, "
                                     "whatever victim words the rest of the sentence holds",
    "subtype.victims.armed": "the victims or the other side are armed: an armed clash",
    "subtype.victims.pronoun_antecedent": "an attack done to a pronoun that stands for armed people or a unit "
                                          "told before it as a subject ('the patrol was returning from a "
                                          "mission when it was attacked'): an armed clash (battles15, session 31)",
    "subtype.victims.participle_noun": "a killing told as a past participle on the armed people it was done to "
                                       "('the bodies of soldiers killed in Saturday's fight', 'six policemen killed "
                                       "in X on Sunday'): their fight (battles15, session 31)",
    "subtype.victims.civilian_site": "an attack on a place or a gathering of civilians ('attacked a school', "
                                     "'stormed a church', 'a wedding party', 'a convoy of aid trucks') "
                                     "with no armed side named but the attackers: an attack on civilians",
    "subtype.victims.told_after": "who the people hit were, told after the words naming them when those say "
                                  "nothing of it ('killing 80 people, most of them members of the security "
                                  "forces'), is armed: an armed clash",
    "subtype.victims.armed_named": "an armed side killing members of another armed side named among the victims "
                                   "('killed 12 members of the X group'): an armed clash",
    "subtype.victims.unarmed_by_unidentified": "unnamed attackers ('gunmen', 'armed men') killing people not said "
                                               "to be armed: an attack on civilians",
    "subtype.victims.crowd_by_state": "a state's forces firing on a crowd ('fired on hundreds of miners', "
                                      "'opened fire on a crowd'): excessive force against protesters",
    "subtype.victims.crackdown_told_before": "people killed with no doer, weapon nor crowd in their sentence, right "
                                             "after a sentence of protesters fired on or killed ('Security forces "
                                             "fired on protesters, killing 12. Seven were killed in Deraa and two in "
                                             "Homs'): that crackdown's dead town by town, excessive force",
    "subtype.victims.unarmed_by_armed": "an armed side killing people not said to be armed, no armed group named "
                                        "among them ('rebels shot dead a schoolteacher'): an attack on civilians",
    "subtype.arrest.unknown_destination": "people detained by an armed group that is not a state's forces and taken "
                                          "'to an unknown destination' (patterns.yaml unknown_destination): a "
                                          "forced disappearance, not an arrest",
    "subtype.arrest.missing": "people detained and told as missing since ('has been missing since police detained "
                              "him'): a forced disappearance, not an arrest",
    "subtype.territory.regain": "a place taken back by the government of the place",
    "subtype.territory.state_home": "a state's forces taking a place in their own country regain it",
    "subtype.territory.overtake": "an armed group or a foreign state's forces take a place",
    "subtype.territory.attempt": "a place only tried for ('tried to retake the port'): an armed clash, no capture",
    "subtype.territory.claim_denied": "a taking told as a side's claim that the other side denies ('said its "
                                      "fighters had overrun the camp, a claim the army denied', words/claim_report_"
                                      "nouns.txt): no change of hands told as fact, an armed clash",
    "subtype.territory.person_seized": "what a taking verb takes is a person by name ('captured Ahmed Saleh, a "
                                       "council member', 'seized Father John Obi'): an arrest by a state's forces, "
                                       "an abduction by anyone else, no ground taken",
    "subtype.territory.men_lost": "what a losing verb loses is the loser's own fighters ('the militia lost 30 "
                                  "fighters'): a toll of a fight, an armed clash, not ground given up",
    "subtype.territory.repulsed": "a place entered or stormed and lost again in the same telling ('entered parts "
                                  "of the town before being pushed out'): no change of hands, an armed clash",
    "subtype.territory.left_again": "a place entered or stormed whose taker goes back of its own accord in the "
                                    "same sentence, with no date of its own ('briefly entered the town, exchanging "
                                    "fire with soldiers, before retreating into the bush'; words/retreat_verbs.txt): "
                                    "a raid, no change of hands, an armed clash; not when the retreat names "
                                    "another place left ('withdrew from the nearby town of Y')",
    "subtype.detain.state": "a person captured or seized ('troops captured a rebel commander') by a state's "
                            "forces: an arrest (ACLED)",
    "subtype.detain.non_state": "a person captured or seized by anyone but a state's forces: an abduction",
    "subtype.coup.the_country": "a state's own forces taking 'the country' ('the army seized control of the "
                                "country'): a coup, Other at their country",
    "subtype.coup.own_country_taken": "a state's own forces (or nobody named) taking a whole country ('officers "
                                      "seized control of X', 'the army took over X'): a coup, Other at the country",
    # -- fields
    "fatalities.sentence": "the sentence's death toll",
    "count.trigger": "the number counting the trigger ('320 air strikes')",
    "claimed_by.sentence": "the source the sentence attributes the report to",
    # -- one sentence, several triggers
    "settle.fighting_into_capture": "fighting that ends in a capture is one act: the capture carries it; a siege of "
                                    "weeks that ends in the besiegers' own capture too ('took X after a three-week "
                                    "siege'), not a siege broken by the other side or one of years, nor a fight dated "
                                    "after every capture of its place ('attacked Gao, which they had seized in "
                                    "2012, on Monday')",
    "settle.raid_of_arrest": "'arrested 14 men during a raid on the camp': a strike noun after a preposition on an "
                             "arrest verb (not 'after'), with no toll of its own, is the arrests' operation, no strike",
    "settle.looting_part_of_attack": "'attacked the village, torching houses', 'youths burned cars and threw "
                                      "stones', 'looted shops and fought soldiers', 'died in the attack and trucks had "
                                      "been destroyed', 'killed nine villagers and burned 30 houses' (ACLED: property "
                                      "destroyed in a more serious act is within it; a theft, 'looted shops and "
                                      "killed two traders', stays its own, and so does a burning with a subject of its "
                                      "own, 'and soldiers burned', or on another day): one attack, one riot, one clash",
    "settle.fire_in_fight": "'fired rockets at the base and fought soldiers for hours': fire joined by 'and' to a "
                            "fight of the same doer at its place is how the fight was fought, no shelling of its own",
    "settle.attack_is_fight": "'gunmen attacked the convoy and the two sides exchanged fire': an attack verb joined by "
                              "'and' to a fight at its place, of its doer or of unnamed sides, naming no people it "
                              "hit, is that fight told first: no attack on civilians of its own",
    "settle.attack_on_property": "'armed men stormed the offices of a TV channel and set fire to part of the "
                                 "building': an attack verb on a building that names no one hurt, told with the "
                                 "destruction it did, is that destruction, no fight or attack of its own",
    "settle.blast_of_strike": "'a drone struck an ammunition depot, setting off a series of explosions': blasts "
                              "a participle on a strike's verb tells it caused are the strike's effect, no "
                              "explosive device of their own",
    "settle.target_of_device": "'a car bomb exploded near X, targeting their patrol': a strike verb as a participle "
                               "on a device's verb tells what the device hit, no air strike or shelling of its own",
    "settle.chemical_delivery": "'a warplane dropped bombs that released a toxic gas over the town': an air strike "
                                "or shelling that carried a chemical weapon told in the same sentence at its place "
                                "is how it was delivered: the chemical weapon, one act (it takes the strike's doer)",
    "settle.entry_for_arrests": "'police stormed the offices and arrested a lawyer', 'stormed a hideout and seized two "
                                "rifles': forcing a way in to make arrests or seize arms, no one killed, is how they "
                                "were made, no fight of its own",
    "settle.entry_for_abduction": "'gunmen stormed a boarding school and abducted 80 pupils', 'bandits attacked "
                                  "motorists and abducted travellers': forcing a way in to take people, or an "
                                  "assault on them (words/taking_assault_verbs.txt), no one killed, is how the "
                                  "abduction was done, no attack of its own",
    "settle.war_ended_by_deal": "'signed a ceasefire ending two years of fighting': a fight noun that a verb of "
                                "ending (words/war_ending_verbs.txt) told of an agreement governs is the war summed "
                                "up behind the deal, no clash",
    "settle.arrests_in_coup": "'officers seized power and detained the president': the detention is part of "
                              "the coup (not arrests told after a coup that is their time, 'arrested his son after "
                              "the July coup', nor arrests whose own words name the coup)",
    "settle.retreat_in_progress": "'soldiers retreating from the town towards X', 'troops are withdrawing from the "
                                  "front': a side leaving a place told in progress is a troop movement, not a "
                                  "hand-over (spec: troop movements are not events)",
    "settle.crowd_of_things": "'smoke filled the streets', 'rubble filled a busy street': a crowd's verb whose doers "
                              "are all things (words/inanimate_fillers.txt) tells no gathering",
    "settle.ousted_by_rebels": "'the Houthis ousted the government from the capital': a rebel movement or militia "
                               "putting a government out of a place it names takes the place (Non-state actor "
                               "overtakes territory), not a coup (words/ousting_words.txt)",
    "settle.attacks_told_by_one": "'the north suffers jihadist attacks, with four dead in an assault on "
                                  "peacekeepers': a bare plural 'attacks' with no target of its own, beside an "
                                  "attack told with its target at the same place, is that act's kind, not an act",
    "settle.damage_without_doer": "'entire neighbourhoods have been destroyed', 'dozens of homes were damaged': a "
                                  "wrecking verb (words/wrecking_verbs.txt) in the passive with no agent and no "
                                  "doer found tells damage (a war's or an act's), no destruction of property by an "
                                  "actor",
    "settle.truce_unmade": "'under the terms of the deal', 'the peace deal has brought calm', 'has ignored several "
                           "ceasefires': an agreement noun with no time of its own and no making told (no verb of "
                           "making, words/deal_making_verbs.txt, or onset, words/truce_onset_verbs.txt, on it; no "
                           "broker) is one the story refers to, made before: no agreement of its own",
    "settle.truce_stance": "'Hamas said it remained committed to the truce', 'the UN welcomed the ceasefire': an "
                           "agreement noun that a verb or adjective of stance (words/truce_stance_words.txt) takes as "
                           "its object tells an agreement made before, no new one (unless the noun tells its own "
                           "making, 'welcomed the ceasefire signed on Friday'); so does nearness to its making "
                           "('were close to agreeing a ceasefire')",
    "settle.charge_of_arrest": "'detained two suspects in connection with the killing of a lawmaker', 'arrested "
                               "dozens over the attack on the police station': an act noun reached from an arrest "
                               "through a charge preposition (words/charge_prepositions.txt), in a sentence with no "
                               "time and with no clause of its own, is what the arrested are held for: no act of "
                               "the arresters",
    "settle.coup_charged_in_arrest": "'arrested 20 officers suspected of sympathising with the mutiny': a coup the "
                                     "arrest's own words name (not its doers', not as its time) is what the "
                                     "arrested are held for; the arrest is the act told",
    "settle.cordon_in_coup": "'soldiers tried to overthrow the government, surrounding the palace': a cordon "
                             "or siege told with a coup, with no deaths, is how the coup was done",
    "settle.crowd_turned_violent": "'Some of them set fire to a party office', told after a protest at its place "
                                   "and on its days: the protest was a violent demonstration, one event",
    "settle.toll_once": "'killed nine villagers and burned 30 houses': the sentence's toll goes on the killing, "
                        "not on the destruction told with it",
    "settle.victims_described_as_crowd": "a peaceful protest told only as a participle on the people a force "
                                         "fired on, dispersed or arrested ('police shot dead 20 "
                                         "people protesting against the bill') is the crowd of that act, no "
                                         "protest of its own",
    "settle.killed_at_protest": "'police shot dead two people as they broke up a peaceful march', 'fired tear gas "
                                "at marchers, and a doctor was shot dead': a dispersal that kills is excessive force "
                                "against protesters, the killing its toll; so is a state's force killing at a "
                                "protest it did not stop ('troops shot dead four people as crowds blocked a road')",
    "settle.force_on_gathered": "'police opened fire on supporters of the leader gathered outside his house': the "
                                "people a state's force hit are the crowd a protest of the sentence is told by "
                                "(protesters), not civilians attacked",
    "settle.destruction_in_riot": "property destroyed with no doer told ('the building was partly burned'), in the "
                                  "sentence after a riot at its place and on its days, is what the riot did: no "
                                  "event of its own",
    "settle.figures_arrested_after_crowd": "'Police arrested six leaders of the coalition afterwards', told after a "
                                           "crowd: its figures taken (a leader noun, words/figure_nouns.txt, or a "
                                           "person named) are an arrest of its own, not the demonstrators' arrests "
                                           "the protest holds (in the crowd's own sentence they stay its own)",
    "settle.arrests_at_protest": "arrests told with a protest or riot at its place are part of it (spec), in its "
                                 "sentence or the next (or the one after, when the sentence between tells no act and "
                                 "the arrests name no place of their own: 'Youths stoned police in X. Hundreds stayed "
                                 "in the streets. Police said 25 people were arrested there.'); a peaceful protest "
                                 "with arrests is a protest with intervention; in one sentence, not arrests dated "
                                 "apart from the crowd ('the strike began on May 18, two days after police arrested "
                                 "40 union leaders': two acts)",
    "settle.defused_device": "'a bomb was found and defused', 'a controlled detonation of a roadside bomb': the "
                             "device a disruption stopped (its object, what its noun is of, the noun it describes) "
                             "never went off, no explosion of its own; 'blown up in a controlled explosion': the "
                             "verb done by way of the disruption is no demolition either",
    "settle.intercepted_weapon": "'intercepted two rockets fired from Gaza': the weapons an interception stopped, "
                                 "all of them, made no strike of their own (not '20 of the 30 missiles')",
    "settle.shelling_means_of_capture": "shelling told as the means of a capture is part of it",
    "settle.surrender_in_capture": "'overran the base, and hundreds of soldiers surrendered': what the defenders "
                                   "do where a place is taken in the same sentence (give themselves up, change "
                                   "sides) is part of the capture",
    "settle.ceded_in_capture": "'the rebels handed the villages back, and police re-entered them': a place taken "
                               "where its holder hands it over in the same sentence is a non-violent transfer",
    "settle.unopposed_transfer": "'entered without a shot', 'as troops withdrew', 'troops pulled out, and rebels moved "
                                 "in', 'no fighting was reported', 'met "
                                 "no resistance': a non-violent transfer (a withdrawal or flight after fighting told "
                                 "at the place, 'attacked the base and took the town after soldiers fled', is the "
                                 "end of a capture by force)",
    "settle.withdrawal_into_transfer": "'entered X after the militia pulled back', 'clashes ended as troops pulled "
                                       "out of X': a withdrawal told with another act at its place (or by the side "
                                       "that gave the place up) is part of it",
    "settle.list_town_not_dispersed": "'marched in X, Y and Z, and police fired tear gas at the marchers in Z': a "
                                      "march told at several towns by one word, broken up at one of them, went on "
                                      "unstopped at the others: a peaceful protest at each of those",
    "settle.protest_dispersed": "a protest told with its dispersal is one protest with intervention (not when the "
                                "sentence tells the dispersed as a new crowd at a place of its own apart from the "
                                "protest's: 'marched in X in the morning, and in the evening another crowd gathered "
                                "in Y, where police fired tear gas')",
    "settle.dispersal_on_protest_day": "'fired tear gas to scatter supporters who had gathered in X on Monday': a "
                                       "dispersal dated only as current news is on the day of the protest folded "
                                       "into it",
    "sides.violent_crowd_stopped": "'police fired tear gas at stone-throwing youths': a crowd told as violent, "
                                   "dispersed, is a violent demonstration, the force the other side",
    "sides.violent_crowd_fired_on": "'police fired on a crowd that was stoning their vehicles, killing a student': "
                                    "lethal force on a crowd told as violent is the riot's, one violent demonstration "
                                    "with its toll, the force the other side (words/violent_crowd_words.txt)",
    "settle.riot_of_mob": "'a crowd lynched a man, beating him and setting him alight': the riot words a mob's "
                          "violence is told with in its sentence are that mob violence, no violent demonstration; "
                          "'crowds looted and burned shops': a burning of people's property told with a riot at its "
                          "place is that riot",
    "sides.crowd_against_group": "'hundreds of young people denounced the M23 advance, burning tyres': an armed "
                                 "group named as what a crowd was against is not who rioted; the crowd is rioters",
    "modality.state_of_people": "a participle of holding before the people it names ('relatives of detained "
                                "activists held a sit-in') tells what they are, no arrest",
    "modality.whoever": "an act in a relative clause on 'anyone', 'everyone' ('targeting anyone who protested') "
                        "says who the people are, no act",
    "modality.legal_state": "'declared a state of siege in North Kivu in May': an act noun with no article after a "
                            "noun of a legal regime (words/legal_state_nouns) names the regime, no siege or battle",
    "settle.force_on_protesters": "'security forces beat and arrested dozens of protesters': a state's force on "
                                  "demonstrators is the protest's intervention (excessive force when it killed), "
                                  "not an attack on civilians",
    "settle.arrests_of_protesters": "'police rounded up 40 demonstrators': arrests of protesters are their "
                                    "protest's intervention, the crowd actor1",
    "settle.duplicate_trigger": "two triggers for one act in one sentence (one told as running on from the other's "
                                "day, 'has raged since Saturday, when clashes broke out', gives the act its run)",
    "settle.result_of_destruction": "a taking told as what a destruction did ('blew up the bridge, cutting the "
                                    "town off') is its result, no taking of its own",
    "settle.entry_for_looting": "'gunmen stormed the village and looted shops': forcing a way into a place of "
                                "civilians to loot or burn it, nobody told hurt, is how the looting was done; the "
                                "looting is the act, not also an attack on civilians",
    "settle.entry_for_raid": "a place entered by those who kill, abduct or detain people there in the same sentence "
                             "was raided, not taken: the raid's acts are coded, no capture; so is a place entered "
                             "'to arrest', 'to search' its people (words/entry_purpose_verbs.txt)",
    "settle.kill_with_weapon": "a killing told with its weapon is that strike's toll; the record keeps the "
                               "killing's own day ('the gunmen who killed ten people on Sunday') where the other "
                               "telling met it only by a time up to publication outside its own phrase ('claimed "
                               "the deadliest attack', dated by the arrests' Wednesday)",
    "settle.gave_up_before_killed": "'killed three militants after they had surrendered': the surrender told in a "
                                    "clause of the killing is who the victims were when killed (an attack on them, "
                                    "subtype.victims.civilian), no act of its own",
    "settle.killing_by_destruction": "people killed in a destruction ('set fire to a bus, burning 23 passengers "
                                     "to death') were attacked: an attack on civilians, the destruction within it; "
                                     "never a theft ('stealing medicines and shooting dead a nurse': two events)",
    "drop.toll_member": "a killing told in a clause on one of the dead a toll is said to include ('the toll "
                        "included a comedian, who was shot dead in X', 'among the dead was a nurse who was shot'): one "
                        "of that toll's dead, no act of its own",
    "settle.attack_noun_of_blast": "an attack noun with no way of its own whose verb's when-clause tells a blast or a "
                                   "strike at its place and time ('the deadliest attack came in June, when a car bomb "
                                   "killed 40'): that act in general words, no attack on civilians beside it",
    "settle.victims_decide_attack": "an attack with no armed side attacked, told with the killing of people not "
                                    "armed ('attacked the bus, killing four'): an attack on civilians",
    "settle.force_in_riot": "'youths threw stones at police in X; officers fired live rounds, killing one': force "
                            "against a crowd that was rioting, told in the riot's sentence or the next at its "
                            "place, is part of the violent demonstration, not excessive force (its toll goes to "
                            "the riot)",
    "settle.killing_in_own_clause": "'bandits killed nine villagers before vigilantes repelled them', 'killed six "
                                     "people and abducted 30 others': a killing of civilians told in its own clause, "
                                     "with its own doer beside a fight or its own victims beside an abduction, is an "
                                     "act of its own, not the other act's toll; so are civilians killed as a place "
                                     "was taken ('overran three villages, killing 40 civilians') and a killing a "
                                     "crowd answered ('set fire to the police station after police shot dead a man')",
    "settle.abducted_then_killed": "'rounded up 40 men and shot them dead', 'hijacked a bus and killed 28 "
                                   "passengers': people taken (or the bus they were in) and killed in one "
                                   "sentence are an attack on civilians, not an abduction",
    # -- merging within the article (extract/merge.py)
    "merge.same_act": "the same act told again in the article: one event, several evidence sentences (and one "
                      "sentence telling it at a region and at a town of it by the same doer, 'fired 100 rockets at "
                      "northern Israel, some hitting open ground near Safed': one act, at the town; a capture and "
                      "its losers' withdrawal from the place told on nearby days, 'had taken the town, the army said "
                      "on Saturday ... troops were withdrawing from it', one taking)",
    "merge.attackers_named": "an act told with unnamed attackers and again with them named is one act; the "
                             "named side is kept",
    "merge.clash_sides_either_way": "a clash told as A against B and again as B against A (at one place and "
                                    "time) is one clash: which side is named first is the teller's choice",
    "merge.clash_one_side_each": "a clash told with one side only and again with the other side (its other "
                                 "side unnamed or missing), at one place and time: one clash between the two "
                                 "sides named",
    "merge.clash_one_day": "two clash tellings at one place on one same day, sharing a named side or one told with "
                           "one side only ('fought Mozambican and Rwandan troops'; the army's 'Boko Haram' and the "
                           "claimant's 'ISWAP'): one fight",
    "merge.force_on_rioters": "'police fired live rounds at protesters who had blocked roads with burning tyres, "
                              "killing two': grave force on a crowd whose riot a relative clause on it tells is "
                              "that violent demonstration (ACLED), the force its other side and the dead its toll",
    "merge.clash_on_civilians": "an armed clash whose other side is civilians, told beside an attack on people or "
                                "an abduction by the same doer at the same place and time ('gunmen attacked the "
                                "camp and abducted four women'): the raid read as a fight, one act on people, the "
                                "clash dropped",
    "merge.clash_state_branches": "two clash tellings at one place on one same day whose state side is one of a "
                                  "country's forces in one and another of the same country's in the other, their "
                                  "other sides the same or one unnamed ('separatists attacked a gendarmerie post in "
                                  "X ... soldiers sent as reinforcements clashed with the attackers'): one fight",
    "merge.capture_state_branches": "two captures of one place on nearby days whose sides are the same, unnamed in "
                                    "one, or two forces of one state ('the Taliban took the district from the army "
                                    "... said it had captured the police headquarters there'): one taking",
    "merge.crowd_parts": "a riot by a part of a crowd and the protest it came from, at one place and time: two "
                         "events, the later one kept apart, not merged",
    "merge.raid_retold": "a clash told with one side only, the unnamed doer of an attack on people told in an "
                         "earlier sentence, at its place and in its window ('Gunmen killed 157 villagers in X ... "
                         "The attackers surrounded the village at dawn'): that raid told again, the clash dropped",
    "merge.handover_retold": "a place taken without a fight and the same side's capture of it told by an act noun "
                             "('the fall of X', 'the capture of X'), at one place in one window: one taking, "
                             "coded as the hand-over its own words tell",
    # session 31, real31x1
    "modality.deal_terms": "a deal named by a definite noun as the subject of a verb that spells out its terms ('the "
                           "agreement provides for the withdrawal of fighters', 'the deal includes the release of "
                           "prisoners'; words/deal_terms_verbs), with no time before its terms: a deal told before, "
                           "retold by what it holds, no second agreement",
    "modality.sound_of_act": "an explosion noun the sentence ties to another act, its cause, is that act's sound or "
                             "effect, no bombing of its own: told beside it ('mortar fire and explosions shook the "
                             "outskirts'), with the cause after it ('explosions from air raids', 'as a result of "
                             "shells'), or only heard in a sentence that names the act ('explosions were heard "
                             "after missiles struck'); not with a bomb in the cause ('a blast from a roadside bomb')",
}


# What `frontlog explain` says of a trigger whose act another trigger of its sentence tells (the rule says why).
FOLDED_DETAIL = "folded into another act of the sentence"


def check(rule: str) -> str:
    """The rule id itself, refused if it is not in the table (a typo would make an explanation lie)."""
    if rule not in RULES:
        raise KeyError(f"unknown rule id {rule!r}: add it to frontlog.extract.rules.RULES with a description")
    return rule


@dataclass
class Decision:
    """One trigger of one sentence and what became of it."""

    trigger: str  # the trigger's words as written
    sub: str  # the lexicon entry's sub-type or class
    kept: bool
    rules: list[str] = field(default_factory=list)
    detail: str = ""


@dataclass
class SentenceTrace:
    index: int
    text: str
    decisions: list[Decision] = field(default_factory=list)


@dataclass
class Explanation:
    """What `frontlog explain` prints: every sentence with a trigger, and the final events."""

    doc_id: str
    sentences: list[SentenceTrace] = field(default_factory=list)

    def sentence(self, index: int, text: str) -> SentenceTrace:
        if not self.sentences or self.sentences[-1].index != index:
            self.sentences.append(SentenceTrace(index, " ".join(text.split())))
        return self.sentences[-1]
