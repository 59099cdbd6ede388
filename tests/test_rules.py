"""Each named rule of the extractor, on sentences written for it: the rule shows in the events' `rules` (or in
the explanation, for rules that drop a candidate). One row per rule id; every id of the table is used."""

from __future__ import annotations

import ast
import datetime as dt
import json
from pathlib import Path

import pytest

from frontlog.extract.rules import RULES, check
from frontlog.jobs.explain import explain, explanation_lines
from frontlog.model.records import Article

PUBLISHED = dt.date(2019, 5, 22)

# (rule id, article text, "event" when a final event carries the rule, "drop" when a dropped candidate names it)
CASES: list[tuple[str, str, str]] = [
    ("trigger.lexicon", "Rebels captured the town of Saraqib on Monday.", "event"),
    ("actor.syntax", "Rebels captured the town of Saraqib on Monday.", "event"),
    ("place.syntax", "Rebels captured the town of Saraqib on Monday.", "event"),
    ("date.expression", "Rebels captured the town of Saraqib on Monday.", "event"),
    ("drop.same_state_handover", "Police withdrew from Kairouan on Monday and the army took up positions around "
     "the governorate building.", "drop"),
    ("date.blog_entry", "Live updates\n\n19:05 Saturday\nThousands of people marched through Bulawayo this morning.",
     "event"),
    ("date.anniversary", "Villagers in Solhan held prayers on Thursday on the second anniversary of the massacre "
     "in which jihadists killed 160 people in the town.", "event"),
    ("date.up_to_publication", "Rebels captured the town of Saraqib this spring.", "event"),
    ("date.anaphoric_period", "Rebels captured the town of Saraqib in February 2016. The following month, government "
     "forces recaptured the town.", "event"),
    ("date.background_run", "In March 2016 rebels captured the town of Saraqib. They looted its market, residents "
     "said.", "event"),
    ("date.background_after_day", "Police fired tear gas at students in Kampala on Monday. In May last year, "
     "soldiers shot dead four traders in Arua. They also arrested a dozen men in the town.", "event"),
    ("date.before_that", "Troops shelled rebel positions near Bambari on Monday. Before that, the rebels overran an "
     "army post near the town.", "event"),
    ("date.now_of_report", "Gunmen attacked a police post in Maroua overnight, killing two officers, the governor "
     "said on Monday.", "event"),
    ("date.run_in_day", "Weekly round-up:\nThursday: Soldiers arrested 12 suspects in Gao.", "event"),
    ("date.story_year", "Rebels seized the mayor of Gulu on July 10, 2004. On July 14, rebels shot dead three "
     "farmers in Kitgum.", "event"),
    ("subtype.territory.overtake", "Rebels captured the town of Saraqib on Monday.", "event"),
    ("drop.harm_of_fight", "Three days of clashes between the army and the rebels destroyed much of the main "
     "market in Bossangoa last week.", "drop"),
    ("sides.crowd_story_part", "Students rioted in Kisumu on Thursday over a rise in school fees, stoning cars and "
     "blocking roads. Some 30 kiosks near the bus park in Kisumu had been set alight by nightfall on Thursday, traders "
     "told reporters.", "drop"),
    ("settle.campaign_opened_with", "The offensive, launched on Monday, began with government jets bombing rebel "
     "positions around Tessalit.", "drop"),
    ("sides.fire_in_riot", "Hundreds of youths set fire to a bus station and looted shops in Valparaiso on Monday "
     "night. Armed men among them exchanged fire with police guarding the town hall, witnesses said.", "drop"),
    ("drop.police_without_foe", "Thousands of farmers marched on the parliament in Lima on Tuesday and were pushed "
     "back by police near the main square.", "drop"),
    ("subtype.territory.attempt", "Rebels tried to seize the town of Beni on Sunday.", "event"),
    ("subtype.territory.repulsed", "Rebels entered the town of Beni on Sunday before being pushed out by troops.",
     "event"),
    ("subtype.rescued_not_victims", "Soldiers attacked a bandit camp near Birnin Gwari on Tuesday and rescued 12 "
     "abducted farmers, the army said.", "event"),
    ("subtype.victims.civilian_site", "Gunmen stormed a church in Owo on Sunday during Mass.", "event"),
    ("modality.judged", "A court in Nairobi on Monday acquitted two men arrested in Nairobi after the attack.", "drop"),
    ("subtype.bodies_found", "Residents discovered a mass grave holding 30 bodies near Kidal on Sunday.", "event"),
    ("subtype.victims.armed_named", "Troops killed nine members of the Ansaru faction near Kaduna on Monday.", "event"),
    ("subtype.victims.told_after", "Gunmen killed 20 people near Kaya on Sunday, most of them gendarmes.", "event"),
    ("discourse.victims_told_after", "Gunmen killed eight people near Gusau on Sunday. The dead were members of a "
     "local vigilante group, police said.", "event"),
    ("subtype.territory.state_home",
     "Syrian government forces recaptured the town of Saraqib on Monday from rebels.", "event"),
    ("sides.loser", "In a blow to the Syrian army, Islamic State fighters captured the town of Tadmur on Monday.",
     "event"),
    ("actor.assoc_backed_by", "Syrian government forces, backed by Hezbollah, recaptured Saraqib on Monday.", "event"),
    ("settle.unopposed_transfer",
     "Islamic State fighters captured the town of Tadmur on Monday as Syrian troops retreated east.", "event"),
    ("drop.support_phrase",
     "Syrian government forces, backed by Russian air strikes, recaptured the town of Saraqib on Monday.", "drop"),
    ("date.fighting_window",
     "Syrian government forces recaptured the town of Saraqib on Monday after four days of fighting.", "event"),
    ("sides.crowd_against_group",
     "In Goma, hundreds of young people denounced the M23 advance on Monday, burning tyres in several districts.",
     "event"),
    ("modality.state_of_people",
     "Relatives of detained activists held a sit-in outside the courthouse in Sfax on Monday.", "drop"),
    ("modality.legal_state",
     "The government declared a state of siege in Cabo Delgado and Niassa provinces in March.", "drop"),
    ("modality.whoever",
     "Opposition groups say the police in Gitega are hunting anyone who protested against the third term.", "drop"),
    ("settle.arrests_of_protesters", "Police rounded up 40 demonstrators in Harare on Monday.", "event"),
    ("settle.entry_for_looting", "Gunmen stormed the village of Kamba near Beni on Sunday and looted shops before "
     "fleeing.", "drop"),
    ("settle.force_on_protesters", "Soldiers whipped and detained dozens of demonstrators in Conakry on Monday.",
     "event"),
    ("settle.force_on_gathered", "Police opened fire on supporters of the opposition leader gathered outside his "
     "house in Kampala on Sunday, killing three.", "event"),
    ("date.report_on_publication", "Gunmen shot dead five traders at a market in Kidal, officials said on Wednesday.",
     "event"),
    ("date.report_offset", "The ministry said on Friday that it had recalled its ambassador. The previous day, "
     "gunmen had stormed a police post in Kidal.", "event"),
    ("date.when_act", "Mourners buried on Friday the four traders killed when a shell hit the market in Marib on "
     "Wednesday.", "event"),
    ("date.noun_own_clause",
     "The ceasefire that the two sides signed in Juba on Wednesday was still holding on Saturday.", "event"),
    ("date.onset_window",
     "The sit-in outside the oil ministry in Basrah, which began on Sunday, continued on Tuesday.", "event"),
    ("settle.fighting_into_capture",
     "Syrian government forces recaptured Saraqib on Monday after heavy fighting with rebels.", "drop"),
    ("actor.in_trigger", "Russian air strikes hit the town of Maarat al-Numan on Sunday.", "event"),
    ("subtype.trigger", "Russian air strikes hit the town of Maarat al-Numan on Sunday.", "event"),
    ("count.trigger", "Russian jets carried out 40 air strikes on Maarat al-Numan on Sunday.", "event"),
    ("claimed_by.sentence",
     "Russian jets carried out 40 air strikes on Maarat al-Numan on Sunday, according to the Observatory.", "event"),
    ("fatalities.sentence", "Clashes between rebels and the army killed 12 fighters in Saraqib on Sunday.", "event"),
    ("modality.accused_practice", "Rights groups accuse the army of killing civilians in villages around Beni.",
     "drop"),
    ("modality.question", "Did the army shell the market in Kidal on Monday?", "drop"),
    ("modality.disposition", "The Mungiki sect, notorious for beheading opponents, still recruits in Nakuru.", "drop"),
    ("modality.catalogued", "Investigators documented lynchings and arson across Ituri province.", "drop"),
    ("modality.war_long", "The New People's Army has fought the Philippine state for five decades.", "drop"),
    ("modality.modal", "Rebel commanders said they may try to retake Saraqib in the coming days.", "drop"),
    ("drop.spoils_of_act", "Rebels overran an army base in Saraqib on Monday. The rebels said they had seized "
     "weapons and ammunition there.", "drop"),
    ("modality.denied", "Officials said reports of an air strike on Saraqib on Monday were false.", "drop"),
    ("subtype.territory.claim_denied", "Rebels said they had seized the town of Kalehe on Monday, a claim the army "
     "rejected.", "event"),
    ("modality.charged", "A court in Bamako sentenced five soldiers on Monday for their part in a coup attempt.",
     "drop"),
    ("modality.arrest_reason", "Police said on Monday that 40 people had been arrested in Kisumu for looting "
     "shops.", "drop"),
    ("place.doers", "Five armed factions operating around Daraa announced on Monday that they had merged.", "event"),
    ("actor.weapon_owner", "Air defences shot down two Russian drones over Kherson on Monday.", "drop"),
    ("settle.entry_for_arrests", "Police stormed a house in Kano on Monday and arrested two men.", "drop"),
    ("settle.result_of_destruction", "Militants blew up a bridge near Djibo on Sunday, cutting the town off from "
     "the capital.", "drop"),
    ("settle.entry_for_raid", "Gunmen entered the village of Kagoro on Friday and shot dead 11 farmers.", "drop"),
    ("settle.entry_for_abduction", "Gunmen stormed a school in Kankara on Friday and abducted 300 pupils.", "drop"),
    ("settle.war_ended_by_deal", "The government of Angola and UNITA signed a ceasefire in Luena on Thursday, "
     "ending 27 years of fighting.", "drop"),
    ("date.current_news", "Rebels have captured the town of Saraqib.", "event"),
    ("place.recent_act",
     "Rebels captured the town of Saraqib on Monday. Clashes with the army went on through the night.", "event"),
    ("place.killed_in_raid",
     "Gunmen kidnapped 14 travellers near Kankara on Monday. One driver was shot dead as he tried to escape.", "event"),
    ("discourse.another_time", "Jihadists killed four herders near Menaka on Friday. Later on Friday, jihadists "
     "attacked a camp near Menaka, killing six people.", "event"),
    ("place.taken_in_raid", "Armed men raided the village of Kurmin Masara near Zonkwa on Tuesday, killing six "
     "farmers. Several people were abducted, a community leader said.", "event"),
    ("date.report_day", "Gunmen killed five villagers near Kachia, police said on Monday.", "event"),
    ("modality.charged_dated", "A court charged six militiamen on Monday over the killing of 20 villagers in Bunia "
     "in March 2017.", "event"),
    ("date.quote_day", "\"Yesterday they shelled the market in Kherson,\" the governor said on Monday.", "event"),
    ("date.since_report", "Since Sunday, soldiers have arrested 85 people in Goma, the army said on Tuesday.",
     "event"),
    ("date.day_told_next", "Gunmen killed five villagers near Kachia, police said on Monday. The attackers struck "
     "late on Saturday and fled into the forest.", "event"),
    ("date.after_publication", "Soldiers burned dozens of homes in Bamenda ahead of the elections in 2020, "
     "residents said.", "event"),
    ("date.recently", "Gunmen attacked a police post near Tillaberi on Monday. The army says it carries out "
     "patrols daily, recently arresting 14 suspects in Tillaberi.", "event"),
    ("date.inherited",
     "Rebels captured the town of Saraqib on Monday. Clashes with the army went on through the night.", "event"),
    ("place.nationwide", "In Syria, the government and rebels agreed a ceasefire on Sunday.", "event"),
    ("settle.defused_device", "A bomb hidden under a parked lorry in Kandahar was spotted and defused by police on "
     "Thursday.", "drop"),
    ("settle.intercepted_weapon", "Israeli air defences intercepted four rockets fired from Gaza towards Beersheba on "
     "Sunday.", "drop"),
    ("place.truce_parties", "A truce between Rwanda and Congo took effect in Goma on Sunday.", "event"),
    ("place.truce_own_scope", "The two presidents agreed in Moscow on Thursday on a ceasefire in Idlib province.",
     "event"),
    ("place.truce_makers", "The United States and Russia agreed on a cessation of hostilities in Syria on Thursday.",
     "event"),
    ("place.truce_war_country", "Turkish troops shelled Tal Rifaat on Monday. Residents of Tal Rifaat fled east. "
     "Turkey's forces halted their advance on Thursday, when Ankara declared a ceasefire.", "event"),
    ("place.truce_sides_located", "Clan elders brokered a truce between two rival militias in Beledweyne on Sunday.",
     "event"),
    ("place.truce_clause", "A ceasefire between the army and the rebels took effect in Beni on Sunday.", "event"),
    ("place.last_crowd", "Thousands of protesters marched through Nairobi on Tuesday against the tax bill. "
     "Opposition leaders praised the protests.", "event"),
    ("subtype.victims.protest_story", "Thousands of protesters marched through Nairobi on Tuesday against the tax "
     "bill. Several people were killed when soldiers opened fire in Nairobi on Tuesday.", "event"),
    ("sides.force_first", "Thousands of protesters marched through Nairobi on Tuesday against the tax bill. Several "
     "people were killed when soldiers opened fire in Nairobi on Tuesday.", "event"),
    ("settle.abducted_then_killed", "Gunmen rounded up 40 men in the town of Djibo on Saturday and shot them dead.",
     "event"),
    ("settle.force_in_riot", "Youths hurled stones at police in Kaolack on Friday; officers fired live rounds, "
     "killing one protester.", "event"),
    ("settle.killing_in_own_clause", "Gunmen shot dead four farmers near Gusau on Monday and kidnapped 12 others.",
     "event"),
    ("merge.attackers_named", "Gunmen killed 12 villagers in Djibo on Saturday. Islamic State fighters killed the "
     "villagers in Djibo on Saturday, residents said.", "event"),
    ("place.crowd_country", "Protests against the new tax law spread across Kenya on Tuesday.", "event"),
    ("merge.crowd_parts", "Thousands of protesters marched peacefully through Nairobi on Tuesday. Later on Tuesday, "
     "some threw stones at police in Nairobi.", "event"),
    ("sides.rioters_first", "Youths threw stones at police in Nairobi on Tuesday.", "event"),
    ("sides.rioters_with_group", "Imbonerakure youths rampaged through the market of Ngozi on Sunday, beating "
     "traders.", "event"),
    ("sides.arrester_by_default", "More than 300 people were detained in Harare overnight, a rights group said "
     "on Tuesday.", "event"),
    ("sides.mob_rioters", "Villagers lynched two suspected thieves in Gweru on Thursday, police said.", "event"),
    ("sides.crowd_part", "Thousands of protesters marched peacefully through Nairobi on Tuesday. Later on Tuesday, "
     "some threw stones at police in Nairobi.", "event"),
    ("subtype.strike.ground", "Army artillery strikes hit the town of Suqaylabiyah on Sunday.", "event"),
    ("settle.duplicate_trigger", "Army artillery strikes hit the town of Suqaylabiyah on Sunday.", "drop"),
    ("subtype.victims.civilian", "Gunmen attacked civilians in the village of Koro on Sunday.", "event"),
    ("subtype.victims.unarmed_by_unidentified", "Gunmen killed five Norwegians outside the town of Koro on Sunday.",
     "event"),
    ("subtype.victims.unarmed_by_armed",
     "Tamil Tiger gunmen killed a bus conductor near Trincomalee on Sunday, police said.", "event"),
    ("subtype.victims.crowd_by_state", "Soldiers fired on thousands of tea pickers on the road "
     "into Kericho on Friday, killing four.", "event"),
    ("subtype.victims.crackdown_told_before", "Police opened fire on opposition protesters in Conakry on Thursday, "
     "killing three. Two people were killed in Labe, witnesses said.", "event"),
    ("actor.finder_not_doer", "Troops found the bodies of two farmers near Gulu on Monday.", "event"),
    ("drop.consequence_of_state", "Islamist rebels have held the countryside around Djibo since 2022, cutting "
     "the town off from the rest of the country.", "drop"),
    ("drop.person_not_place", "Militiamen abducted 20 pupils from a school in Maliana on Sunday and took them to "
     "a camp near Gulu.", "drop"),
    ("subtype.territory.person_seized", "In Mosul, militants captured Ahmed Saleh, a local council member, on "
     "Wednesday.", "event"),
    ("subtype.territory.men_lost", "The army said the rebels lost 30 fighters in Gulu on Monday.", "event"),
    ("discourse.missing_since", "Police detained a student activist in Dili on Tuesday. His parents have "
     "not seen him since.", "event"),
    ("place.named_before", "In Kitgum, villagers had gone back to their fields. On Sunday, fighters "
     "machine-gunned these villagers as they slept.", "event"),
    ("subtype.strike.as_last", "Fourteen people were killed in Azaz on Monday when missiles hit a school. Bombs also "
     "hit a shelter south of the town, a resident said.", "event"),
    ("settle.raid_of_arrest", "An Israeli air strike hit a house in Rafah on Monday, killing five people. Israeli "
     "troops detained 12 men during a raid on the Jenin refugee camp on Tuesday.",
     "drop"),
    ("drop.ranked_subject", "Rebels blew up a police truck near Kitgum on Monday, killing nine officers. The "
     "ambush was the deadliest on the police in the district in two years.", "drop"),
    ("drop.comparison", "Rebels killed 30 villagers in Kitgum on Monday. It was one of the deadliest attacks in "
     "the district this year.", "drop"),
    ("sides.unnamed_attacker", "Four traders were shot dead in the town of Koro in Mali on Thursday.", "event"),
    ("sides.force_by_default", "Rights groups said 22 people were killed in the crackdown on protests in Nairobi on "
     "Tuesday.", "event"),
    ("actor.unnamed_doer", "In Narathiwat on Tuesday, insurgents detonated a roadside bomb near a ranger outpost.",
     "event"),
    ("actor.mediator_no_party", "The Syrian army and the rebels signed a ceasefire in Daraa on Sunday in a deal "
     "brokered by Russia.", "event"),
    ("actor.government_by_title", "President Muhammadu Buhari disbanded the police unit in Abuja on Sunday.",
     "event"),
    ("actor.speaker_is_doer", "The army said it shot dead three Boko Haram fighters during a firefight near "
     "Bama on Sunday.", "event"),
    ("actor.pronoun_doer", "Boko Haram fighters raided the village of Kwapre on Sunday, killing six farmers. On Monday "
     "they overran the town of Gwoza.", "event"),
    ("actor.doer_in_clause", "A doctor went missing after armed men stopped his car near Gao on Sunday.", "event"),
    ("actor.charge_on_victims", "Soldiers shot dead three traders they accused of helping the anti-balaka near Bria on "
     "Monday.", "event"),
    # (granular8's discourse.toll_in_act_noun now reads "Six soldiers and three civilians died in the fighting" as
    # the fight's toll, so civilians no longer come out as its side there: a clash told against villagers does)
    ("sides.civilians_no_side_of_battle", "ADF rebels clashed with villagers in Oicha on Monday, leaving five dead.",
     "event"),
    ("sides.unnamed_armed_doer", "Herders near Bambari found the bodies of six men who had been shot, two days after "
     "armed men crossed the area.", "event"),
    ("settle.attack_noun_of_blast", "The group's deadliest attack came on June 3, 2015, when a car bomb outside a "
     "market in Maiduguri killed 40 shoppers.", "drop"),
    ("drop.toll_member", "Fighting between two armed factions killed 25 people in Zawiya on Friday. Among the dead "
     "was a teacher, Salem Naji, who was shot dead near his school.", "drop"),
    ("settle.victims_decide_attack",
     "Gunmen attacked a convoy outside the town of Koro on Sunday, killing four Norwegians.", "event"),
    ("sides.clash_with_crowd_riot", "Riot police clashed with protesters in central Belgrade on Saturday.", "event"),
    ("sides.clash_with_crowd_riot", "Riot police clashed with stone-throwing students in Nairobi on Tuesday.", "event"),
    ("sides.crowd_fought_force", "Students fought riot police outside the university in Dhaka on Monday.", "event"),
    ("actor.subject_is_target", "An Indian army patrol came under attack in Kupwara on Friday, police said.", "event"),
    ("drop.state_of_affairs", "The Colombian army is battling the ELN on several fronts.", "drop"),
    # Session 7: records that are not acts (tests/test_back_references.py has more).
    ("drop.comparison", "Boko Haram fighters attacked the town of Gwoza on Monday, killing 30 villagers. It was the "
     "deadliest attack in Borno since the 2014 massacre at Bama.", "drop"),
    ("drop.total_of_told_acts", "Gunmen killed eight villagers in Koro on Sunday. On Monday gunmen killed 11 "
     "farmers near Bankass. The two attacks in the Mopti region left 19 people dead, officials said.", "drop"),
    ("drop.summary", "The army stepped up its shelling of rebel-held districts around Idlib.", "drop"),
    ("drop.summary", "Since the invasion began, rocket strikes on Mykolaiv have cut the city's water supply.", "drop"),
    ("drop.summary", "The coalition's bombing campaign in Mosul has flattened much of the western bank.", "drop"),
    ("drop.summary", "Monitors in Vukovar say at least nine earlier truces have met the same fate.", "drop"),
    ("drop.summary", "Chad's army said on Monday its troops had killed 300 rebels in Tibesti since January.", "drop"),
    ("drop.summary", "Police have lost dozens of officers in gang attacks in Port-au-Prince since January.", "drop"),
    ("drop.summary", "Officials said more than 400 soldiers were killed near Gao since the offensive began in "
     "January.", "drop"),
    ("drop.experienced_before", "The rebel movement has broken ceasefires before.", "drop"),
    ("place.scene_frame", "Gunmen killed two police officers in Mopti on Sunday.\n\nIn Bamako, parliament met "
     "on Monday. Riot police later broke up a rally of opposition supporters outside the building.", "event"),
    ("place.scene_named", "Wukari has been under a dusk-to-dawn curfew for a month. Gunmen attacked a police "
     "checkpoint on the edge of the town on Sunday, killing two officers, police said.", "event"),
    ("subtype.killed_by_crowd", "Villagers in Kano stoned and burned to death three suspected kidnappers on Sunday.",
     "event"),
    ("drop.crowd_described", "Relatives of men detained by the army marched in Kaduna on Sunday to demand their "
     "release.", "drop"),
    ("drop.protest_grievance", "Thousands marched through Yangon on Sunday in protest against the coup.", "drop"),
    ("drop.described_as", "Police shot dead five men in Bujumbura on Monday. A police spokesman said the five were "
     "criminals who had opened fire on officers.", "drop"),
    ("drop.described_victims", "Separatist guards shot dead two policemen who had surrendered at the police "
     "station in Bender on Sunday.", "drop"),
    ("drop.described_party", "A former guerrilla commander who had signed the peace accord was gunned down in Cali "
     "on Friday.", "drop"),
    ("drop.protest_apart", "Police in Harare detained 20 union members on Friday ahead of a planned strike rally.",
     "drop"),
    ("drop.protest_manner", "Two ministers in Lusaka resigned on Monday in protest at the new security law.",
     "drop"),
    ("drop.back_reference", "Islamic State fighters clashed with Kurdish forces near Kobani on Monday. Thousands of "
     "families crossed into Suruc in Turkey. Aid workers said 5,000 families had run from the fighting there.",
     "drop"),
    ("modality.slogan", "Thousands of government supporters rallied in Shiraz on Monday, chanting \"Death to "
     "rioters\".", "drop"),
    ("modality.quoted_scene", "Gunmen stormed the village of Kaya on Sunday, killing nine farmers. \"They were "
     "setting fire to the huts one after another,\" a survivor said.", "drop"),
    ("drop.run_in_heading", "Situation report\n\nDemonstrations. Soldiers detained 14 young men in Loikaw on 9 March, "
     "local monitors said.", "drop"),
    ("drop.headline_summary", "Senegal: six dead as police crush opposition protests\n\nDAKAR, March 6 - Calm "
     "returned to Senegal on Saturday after two days of opposition protests in which six people died. Police used "
     "tear gas and bullets on protesters in Ziguinchor on Friday, killing four people.", "drop"),
    ("drop.other_version", "Ethiopian soldiers shot dead nine young men in Adigrat on Sunday, relatives said. The "
     "army said the dead were rebel fighters who fell in a firefight.", "drop"),
    ("discourse.repelled_attack", "Al-Shabaab fighters stormed an army base in Lower Shabelle near Afgooye on "
     "Monday. Somali troops repulsed the assault, the army said.", "event"),
    ("date.duration_not_when", "Al-Shabaab fighters attacked an army base near Afgooye on Monday. Somali troops "
     "pushed the militants out of the town of Afgooye after six hours of fighting, the army said.", "event"),
    ("modality.since_undated", "Soldiers shot dead two farmers near Kidal on Friday. Since the army took power, it "
     "has been accused of abusing civilians.", "drop"),
    ("modality.rather_than", "The garrison commander blew up the arms depot in Kumbo on Monday rather than "
     "surrender it to the rebels.", "drop"),
    ("subtype.victims.killed_by_act", "An attack on a supply convoy near Kaya killed nine soldiers on Monday and "
     "left 30 civilian drivers missing.", "event"),
    ("drop.crowd_siege", "Thousands of villagers besieged the army camp at Kiwanja on Sunday.", "drop"),
    ("drop.reprisal_cause", "Hezbollah fired rockets at Kiryat Shmona on Monday in retaliation for Israeli strikes "
     "on southern Lebanon.", "drop"),
    ("merge.clash_sides_either_way", "Houthi fighters clashed with government forces near Marib on Sunday. "
     "Government troops clashed with the Houthis near Marib on Sunday, a military source said.", "event"),
    ("merge.clash_one_side_each", "Houthi fighters attacked the town of Hays on Sunday, the army said. Yemeni "
     "troops fought back in the town's market, a commander said.", "event"),
    ("merge.clash_one_day", "Islamic State fighters stormed the town of Mueda on Tuesday and fought Mozambican "
     "and Rwandan troops until nightfall, local sources said. The group later claimed it had killed 12 soldiers.",
     "event"),
    ("subtype.victims.protesters_by_crowd", "Supporters of the governor attacked protesters with sticks outside "
     "the town hall in Kisumu on Tuesday.", "event"),
    ("subtype.victims.group_deed", "Hundreds of residents of Butembo marched on Friday to demand protection from "
     "ADF rebels, who have killed dozens of civilians.", "drop"),
    ("subtype.victims.protesters_by_armed", "A group of armed men attacked protesters with machetes in Kano on "
     "Friday, injuring several of them.", "event"),
    ("sides.crowd_occupation", "Protesters took over the main airport in Bangkok on Wednesday, stranding "
     "thousands of travellers.", "event"),
    ("drop.casualties_described", "Widows of policemen killed in fighting with bandits marched in Gusau on "
     "Monday, demanding pensions.", "drop"),
    ("subtype.territory.left_again", "Al-Shabaab fighters entered the town of Bulo Burde on Monday, exchanging "
     "fire with troops for an hour before retreating.", "event"),
    ("merge.clash_state_branches", "Separatist fighters attacked a gendarmerie post in Mamfe on Monday, killing two "
     "gendarmes. Soldiers sent to the town fought the attackers until nightfall.", "event"),
    ("merge.capture_state_branches", "Taliban fighters took the district of Musa Qala from the army on Monday. "
     "The Taliban said they had captured the police headquarters in Musa Qala.", "event"),
    ("actor.taking_told_on", "Houthi fighters took control of Hazm, officials said. 'Our units liberated the city "
     "after clearing its last pockets,' the group's spokesman said.", "event"),
    ("merge.clash_on_civilians", "Gunmen attacked the Kalma camp near Nyala on Sunday night and abducted six "
     "women, officials said.", "drop"),
    ("merge.raid_retold", "Armed men killed eight farmers in Kajuru on Saturday, police said. The attackers "
     "surrounded the village before dawn.", "drop"),
    ("merge.handover_retold", "Houthi fighters took control of Harib on Monday without a fight after tribal "
     "forces withdrew, residents said. The rebels entered the town at dawn and raised their flag over the district "
     "office. The fall of Harib opened the road to Marib.", "event"),
    ("merge.force_on_rioters", "Police fired live rounds at protesters who had blocked roads with burning tyres in "
     "Kaduna on Thursday, killing two.", "event"),
    ("discourse.clashes_of_crowd", "Police dispersed a rally in Dhaka on Sunday. Police and hospital officials said "
     "the clashes wounded dozens of people.", "event"),
    ("discourse.retelling_finer", "An air strike on a house in Yemen's Hodeidah province has killed nine people, "
     "medics said. The house in Zabid was hit by the attack on Tuesday night, residents said.", "event"),
    ("discourse.fighting_of_strike", "Government artillery pounded the outskirts of Kidal on Thursday, local "
     "sources said. The fighting forced hundreds of residents to leave their homes.", "event"),
    ("sides.protesters_first", "Thousands of protesters rallied in Algiers on Friday against the government.",
     "event"),
    ("drop.state_participle", "Aid trucks reached the besieged town of Madaya on Monday.", "drop"),
    ("settle.killing_by_destruction",
     "Militiamen torched a minibus outside Bunia on Sunday, burning nine travellers to death.", "event"),
    ("drop.temporal_reference", "Prices have doubled in Saraqib since the capture of the town.", "drop"),
    ("modality.claimed_past", "The army claims to have recaptured Saraqib from the rebels on Monday.", "event"),
    ("modality.participle_of_act",
     "Syrian troops are fighting to reopen the Saraqib road, firing mortars at rebel trenches near Saraqib on "
     "Sunday.", "event"),
    ("date.offset_between_acts", "Rebels seized Saraqib on Sunday, three days after taking Maarat al-Numan.",
     "event"),
    ("settle.attack_on_property", "Armed men stormed the offices of a radio station in Goma on Saturday and set "
     "fire to the building.", "drop"),
    ("settle.blast_of_strike", "Israeli jets bombed a weapons depot near Tyre on Monday, triggering secondary "
     "explosions, the army said.", "drop"),
    ("settle.target_of_device", "Two soldiers were killed on Tuesday when a bomb went off near Kirkuk, targeting "
     "their convoy, the army said.", "drop"),
    ("settle.chemical_delivery", "Witnesses said a warplane dropped bombs that released a toxic gas over the town "
     "of Saraqib on Monday.", "drop"),
    ("drop.damage_of_act", "A car bomb exploded outside a hotel in Baidoa on Monday, killing four people. The blast "
     "destroyed the hotel's gate.", "drop"),
    ("discourse.another_act", "A missile hit a street in Kramatorsk on Monday morning. Late on Monday another "
     "missile strike hit the railway station in Kramatorsk.", "event"),
    ("discourse.toll_in_act_noun", "Gunmen of the Mai-Mai ambushed a military convoy near Butembo on Sunday. Three "
     "days later, the army said eight soldiers had been killed in the ambush.", "event"),
    ("discourse.retelling",
     "Rebels took Saraqib on Monday. The capture of Saraqib, which cut the motorway, was confirmed by the army "
     "on Wednesday.", "event"),
    ("sides.loser_by_default", "Shabaab fighters seized the town of Buulobarde on Sunday.", "event"),
    ("sides.loser_of_article", "ELN rebels fought FARC dissidents near Tame in Arauca on Monday. On Thursday, ELN "
     "rebels seized the town of Saravena.", "event"),
    ("actor.loser_is_subject", "The Congolese army lost the town of Butembo to M23 rebels on Tuesday.", "event"),
    ("modality.share", "Most of the air strikes on Monday hit rebel positions near Idlib.", "drop"),
    ("modality.ended", "A ceasefire between the army and the rebels broke down in Juba on Sunday.", "drop"),
    ("modality.reason_clause", "Aid convoys could not reach Mopti because fighters blew up the bridge at Konna on "
     "Tuesday.", "event"),
    ("modality.deal_sought", "Shelling went on in Tripoli on Monday despite attempts by Algeria to secure a "
     "ceasefire between the rival governments.", "drop"),
    ("settle.figures_arrested_after_crowd", "Thousands of teachers marched through Harare on Monday. Police "
     "arrested three leaders of their union afterwards.", "event"),
    ("subtype.victims.named_person", "Mustafa Karimov was shot dead outside his home in Kirkuk on Monday.", "event"),
    ("settle.gave_up_before_killed",
     "Soldiers shot dead five rebels near Kidal on Monday after they had surrendered, a rights group said.", "drop"),
    ("modality.ordered", "A magistrate in Colombo ordered the arrest of two police officers on Tuesday.", "drop"),
    ("subtype.arrest.unknown_destination", "Militiamen detained 30 young men in Jableh on Monday and took them to "
     "an unknown destination, residents said.", "event"),
    ("modality.lasting", "A ceasefire held across Upper Nile state for a third day on Sunday, residents said.",
     "drop"),
    ("modality.past_anchor",
     "The president said he would withdraw the bill after protesters stormed the parliament in Nairobi on Tuesday.",
     "event"),
    ("modality.harm_denied_beside",
     "Nobody was hurt when soldiers set fire to 40 houses in the village of Kanyabayonga on Sunday, residents said.",
     "event"),
    ("modality.not_forgotten",
     "Families in Bokkos have not forgotten the night gunmen killed 25 villagers in the town.", "event"),
    ("modality.relative_past",
     "Aid agencies asked the Houthis, who seized Sanaa in 2014, for access to the port of Hodeidah.", "event"),
    ("modality.dated_noun", "Survivors gathered to mark the 1995 massacre in Srebrenica.", "event"),
    ("date.linked_act", "Tajik and Kyrgyz forces fought along the border in September 2022. Tajik troops shelled "
     "Batken during that fighting.", "event"),
    ("date.again_on_day", "Anti-Balaka militiamen attacked a police post in Bossangoa on Monday and again on "
     "Thursday, a local official said.", "event"),
    ("settle.list_town_not_dispersed", "Teachers marched in Lilongwe, Blantyre and Zomba on Tuesday, and police "
     "fired tear gas at the teachers in Zomba.", "event"),
    ("date.pair_of_acts", "Thailand's army, which seized power in coups in 2006 and 2014, dissolved the parliament "
     "in Bangkok on Monday.", "event"),
    ("drop.whole_war", "Government troops fought a civil war against the Tamil Tigers around Jaffna until 2009.",
     "drop"),
    # Session 18: Battles that are not there (tests/test_nonbattles.py has more).
    ("discourse.entry_under_deal", "Turkish-backed fighters entered Tal Tamr on Monday after the Kurdish "
     "militia agreed to hand it over.", "event"),
    ("drop.fight_as_cause", "Fighting between the army and Boko Haram in Borno State has displaced 80,000 people "
     "since January.", "drop"),
    ("drop.fight_as_cause", "Some 4,000 people displaced by the fighting have reached the town of Kalemie since "
     "Monday.", "drop"),
    ("drop.party_at_war", "The Karen National Union, which has fought for autonomy since independence, said on Tuesday "
     "it would join the talks.", "drop"),
    ("subtype.strike.non_state", "Separatist fighters bombarded the town of Bamenda overnight on Sunday.", "event"),
    ("settle.withdrawal_into_transfer",
     "Government forces entered the town of Kumbo on Sunday after the militia pulled back.", "drop"),
    ("discourse.time_anchor_is_act", "M23 rebels advanced on Butembo on Monday after the capture of Beni.", "event"),
    ("actor.branch_named", "Islamic State fighters attacked an army checkpoint near Arish on Monday, killing four "
     "soldiers. Wilayat Sinai has fought the Egyptian army in the north of the peninsula for years.", "event"),
    ("sides.target_by_default", "Russian jets bombed the town of Saraqib on Monday. The town is a stronghold of Jabhat "
     "al-Nusra.", "event"),
    ("sides.coup_government", "Army officers on Wednesday seized power in Niger, overthrowing the president.",
     "event"),
    ("sides.victims_civilians", "Gunmen abducted 20 passengers from a bus near Mopti on Friday.", "event"),
    ("sides.protesters_fired_on", "Police opened fire on villagers protesting against a land seizure in Kisii on "
     "Monday, killing two of them.", "event"),
    ("sides.crowd_police_by_place", "Gunmen abducted 20 passengers from a bus near Mopti on Friday.", "event"),
    ("actor.generic_nearby",
     "Fighters of the Islamic State Sahel Province abducted 20 passengers from a bus near Menaka on Wednesday.",
     "event"),
    ("actor.clash_joined_sides", "Eritrean and Ethiopian troops exchanged fire near Badme on Monday.", "event"),
    ("sides.forces_hit", "Insurgents set off a roadside bomb beneath a ranger patrol near Turbat on "
     "Tuesday, wounding three rangers.", "event"),
    ("sides.clash_of_article", "Islamist insurgents seized the port town of Mocimboa da Praia on Wednesday. Aid "
     "agencies said thousands had fled south by boat. The port had been a hub for the gas projects offshore. Schools "
     "stayed closed across the district. Clashes were also reported on Saturday near Macomia, residents said.",
     "event"),
    ("sides.civilian_property", "Militiamen burned dozens of homes in the village of Kalehe on Monday.", "event"),
    ("sides.victims_implied", "Explosions struck three markets in Baghdad on Sunday, killing 25 people.", "event"),
    ("sides.other_side_by_default",
     "Syrian government forces fought in the town of Saraqib on Monday. Rebels had held Saraqib for a year.", "event"),
    ("actor.striker_of_article",
     "Russian jets struck Idlib on Monday. Rebels captured the town of Saraqib on Tuesday. Aid trucks reached Hama "
     "on Wednesday. Air strikes hit the town of Maarat al-Numan on Friday.", "event"),
    ("place.last_mentioned",
     "Fighting was reported near Aleppo on Monday. The market of Saraqib reopened on Friday. Rebels had looted it "
     "when they overran the town in January.", "event"),
    ("discourse.fighting_into_capture",
     "Syrian government forces recaptured Saraqib on Friday. Fierce clashes with rebels in Saraqib had raged on "
     "Thursday.", "event"),
    ("discourse.assault_of_battle",
     "The Rapid Support Forces attacked the town of Babanusa at dawn on Friday, residents said. After hours of "
     "fighting with army troops, the paramilitaries overran the garrison.", "event"),
    ("discourse.attack_of_strikes",
     "At least nine people died in a Russian attack on Kherson on Monday, the governor said. Russian artillery "
     "shelled residential areas of Kherson on Monday, killing nine civilians.", "event"),
    ("discourse.battle_of_capture",
     "Islamic State fighters captured Saraqib on Friday after fighting with the army. The battle for Saraqib had "
     "raged since early April, forcing thousands of people to flee.",
     "event"),
    ("drop.tally", "Rebels captured Saraqib on Monday. In all, 40 people were killed in the fighting this week.",
     "drop"),
    ("drop.frame_of_act", "Militiamen raped six women during an attack on Kalehe on Monday.", "drop"),
    ("drop.noun_modifier", "Protest leaders met the governor of Kano on Wednesday.", "drop"),
    ("drop.disaster", "Floods killed 40 people in the town of Beledweyne on Monday, officials said.", "drop"),
    ("drop.unarmed_foe", "Chad's government is fighting the cholera outbreak in Abeche with vaccines.", "drop"),
    ("drop.political_contest", "Bolivia's ruling party launched an offensive in the senate in La Paz on Monday to "
     "pass the budget.", "drop"),
    ("drop.drill", "Iranian troops fired missiles at targets near Bandar Abbas during naval exercises on Monday.",
     "drop"),
    ("drop.not_ground", "A Kenyan telecoms firm in Nairobi captured half of Uganda's mobile market last year.",
     "drop"),
    ("drop.accident", "A blast tore through a fireworks warehouse in Kano on Monday; police blamed a gas leak.",
     "drop"),
    ("drop.clause_of_act",
     "Rebels took Saraqib on Monday. The capture of Saraqib, which cut the motorway, was confirmed by the army "
     "on Wednesday.", "drop"),
    ("date.offset_from_named_act",
     "Rebels captured Saraqib on May 10. Troops shelled Hama on May 18. The army shelled Idlib two days before "
     "the capture of Saraqib.", "event"),
    ("actor.repeller_attacked", "Soldiers beat back an assault on their barracks near Djibo on Friday.", "event"),
    ("actor.attacker_by_default", "JNIM seized the town of Boni on Monday. On Tuesday, soldiers were ambushed near "
     "Gao.", "event"),
    ("actor.paragraph_country",
     "Syrian government forces recaptured Saraqib on Monday. Rebels had held Saraqib for a year.\n"
     "The army also recaptured the town of Ramadi in Iraq on Tuesday, Iraqi officials said.", "event"),
    ("place.unresolved", "Rebels seized the villages of Mbelu-Haut and Kasiro, north of Rutshuru, on Monday.", "event"),
    ("place.listed_settlements", "Boko Haram fighters killed six villagers in attacks on Ldaoussaf and Mora in "
     "Cameroon's Far North region on Sunday.", "event"),
    ("place.unlocated_name", "Rebels attacked an army post in Beni on Wednesday.\n\nThe next morning, soldiers "
     "shelled the village of Kavumbu.", "event"),
    ("place.country_named", "NAIROBI, Kenya (AP) — Al-Shabaab fighters attacked an army base in southern Somalia "
     "on Tuesday.", "event"),
    ("place.named_site", "Gunmen attacked the Mocuba hotel in Pemba on Monday, killing six guests.", "event"),
    ("place.named_region", "Russian troops captured Izium, a town in Kharkiv region, on Monday.", "event"),
    ("place.force_home", "Malian soldiers clashed with rebels outside Tinzabar on Tuesday.", "event"),
    ("place.on_road", "Militants ambushed a convoy on the Bannu-Miranshah road near Mir Ali on Tuesday.", "event"),
    ("place.distance_offset", "Bandits killed six farmers in Gidan Karo-Sabuwa, 45 km south of Gusau, on Monday.",
     "event"),
    ("place.region_locator", "Russian troops captured Izium, a town in Kharkiv region, on Monday.", "event"),
    ("place.narrowed", "Militants attacked a police post in Khyber Pakhtunkhwa province near Bannu on Sunday.",
     "event"),
    ("place.narrowed_next", "Gunmen killed six soldiers in Kandahar province on Monday, officials said. The ambush "
     "happened on a road near Spin Boldak.", "event"),
    ("place.narrowed_next", "A bomb killed four policemen south of Quetta on Monday. The blast struck a checkpoint "
     "in Mastung, officials said.", "event"),
    ("place.truce_not_venue",
     "Congolese government and M23 rebel delegates signed a truce in Doha on Monday.", "event"),
    ("place.same_region", "Gunmen killed three policemen in Kohat on Monday. Two days later, soldiers killed "
     "five militants in the same province, the army said.", "event"),
    ("place.across_edge", "Soldiers killed five gunmen along the border with Arizona in the state of Sonora "
     "on Tuesday, the army said.", "event"),
    ("place.speech_venue", "A police spokesman told reporters in Quetta that gunmen shot dead four labourers in "
     "Turbat on Friday.", "event"),
    ("place.unresolved_broad", "Gunmen killed nine soldiers near Kalembe-Nord on Sunday, the army said.\n"
     "The violence in North Kivu has displaced thousands of people this year.", "event"),
    ("place.dateline", "[20 May 2019]  GOMA (AFP) - Rebels shelled army positions on Monday, killing four soldiers.",
     "event"),
    ("subtype.coup.own_country_taken", "Army officers seized control of Chad on Friday, state television said.",
     "event"),
    ("discourse.entry_under_deal",
     "Kurdish-led forces agreed a deal with the Syrian government on Sunday to hand over towns in the north. "
     "Syrian army units entered the town of Amuda on Monday, state media said.", "event"),
    ("place.dateline_strategic",
     "BAMAKO, 22 May 2019 (AFP) - Soldiers fought jihadists near the town of Menaka on Sunday. The fighting lasted "
     "for hours. Many residents fled. Local leaders asked for calm. Police arrested a former minister on Monday, "
     "his lawyer said.", "event"),
    ("place.doers_last_act",
     "Gunmen attacked the village of Koro in central Mali on Sunday, killing four traders. The governor condemned "
     "the violence. Residents said they were afraid. Schools stayed closed. The gunmen also set fire to dozens of "
     "houses, a local official said.", "event"),
    ("date.raid_report", "Gunmen abducted 20 traders in Kagoro late on Friday. Three men who resisted were shot dead, "
     "a police spokesman told reporters on Monday.", "event"),
    ("date.found_after", "The bodies of seven farmers were found outside Kagoro on Monday, three days after gunmen "
     "raided the village.", "event"),
    ("drop.named_past_act", "A documentary about the Srebrenica massacre was shown in Tuzla on Monday.", "drop"),
    ("subtype.toll_of_attack", "The death toll from Saturday's attack in Kagoro has risen to 31.", "event"),
    ("date.report_not_act",
     "A rights group said on Tuesday that soldiers shot dead nine herders in Kumbo, two hamlets away from the main "
     "road in Cameroon, on April 4.", "event"),
    ("date.others_act_reported", "Human Rights Watch said on Monday that soldiers executed 12 villagers near "
     "Djibo.", "event"),
    ("date.before_report", "The army said on Tuesday that rebels had seized the town of Kidal.", "event"),
    ("date.before_told_act", "Soldiers retook the town of Kidal on Tuesday. Rebels had seized the town after a week "
     "of fighting.", "event"),
    ("date.length_of_act", "Calm returned to Honiara on Saturday after three days of rioting.", "event"),
    ("date.later_than_told", "Gunmen killed five villagers near Paoua on Sunday. Soldiers later clashed with the "
     "gunmen near the town.", "event"),
    ("date.apposed_clause",
     "Jihadists entered Djibo, the town they had besieged since last year, and killed 30 civilians, officials said.",
     "event"),
    ("date.since_of_state",
     "A car bomb killed four policemen in Mogadishu, a militant group, active in the city since 2008, said.",
     "event"),
    ("date.length_up_to_day",
     "Rebels fought soldiers for four days around Bambari before withdrawing on Sunday, the UN said.", "event"),
    ("date.days_after_told",
     "Gunmen shot dead a local chief in Kumba on 3 May. Hundreds of residents marched through Kumba in the days "
     "that followed.", "event"),
    ("date.place_own_time",
     "Rebels captured Bambari in March and Bria in June, the UN said.", "event"),
    ("date.shared_perfect",
     "In 2019 gunmen killed 40 villagers in Koro. Troops have since returned to Koro and arrested 12 suspects.",
     "event"),
    ("date.said_while",
     "The governor urged calm on Tuesday, saying gunmen had killed 12 villagers near Gusau.", "event"),
    ("date.owned_by_thing",
     "The mayor called on Tuesday for a review of last week's budget, saying police shot dead two traders in "
     "Bouake.", "event"),
    ("date.dateline_day",
     "KADUNA, Nigeria, May 17 (Reuters) - Gunmen killed six farmers near Birnin Gwari on Wednesday, police said.",
     "event"),
    ("date.since_compares",
     "Rebels killed nine soldiers near Beni on Monday in the deadliest attack in the area since 2016.", "event"),
    ("date.yardstick_own", "Gunmen shot dead four policemen in Kandahar on Monday, the second such attack in the "
     "city since last month's bombing of a checkpoint.", "event"),
    ("date.when_clause",
     "Rebels held the town of Kidal until 2014, when government troops recaptured it.", "event"),
    ("date.anaphoric_week",
     "Rebels seized the town of Kidal on Sunday. The previous week, they had ambushed an army convoy near Kidal.",
     "event"),
    ("date.dateline_is_filing",
     "GAROWE, 21 May 2019 (Puntland Post) – The government confirmed the house arrest of the deputy governor.",
     "event"),
    ("drop.in_name",
     "A truce between the junta and the Ta'ang National Liberation Army in northern Shan state broke down in June.",
     "drop"),
    ("subtype.weapons_of_assault",
     "Militants attacked the army post in Damboa with rifles and explosives late on Sunday, a soldier said.", "event"),
    ("settle.fire_in_fight", "The rebels fired rockets at the army base in Bunia and fought soldiers for hours on "
     "Monday.", "drop"),
    ("settle.attack_is_fight", "Gunmen attacked the bus near Bunia on Friday and the two sides exchanged fire for an "
     "hour, villagers said.", "drop"),
    ("subtype.weapon_of_fight",
     "In Sake, the two groups fought with rifles and homemade mortars for most of Monday night, residents said.",
     "event"),
    ("settle.surrender_in_capture",
     "The rebels said their fighters overran the last army positions in Kidal on Thursday, and that several "
     "hundred soldiers had surrendered.", "drop"),
    ("modality.plan_noun",
     "The minister said on Monday that taking the port of Hodeidah was a priority for his forces.",
     "drop"),
    ("subtype.detain.state", "Nigerian troops captured a Boko Haram commander in Maiduguri on Sunday.", "event"),
    ("subtype.detain.non_state", "Al-Shabaab fighters captured a district commissioner in Baidoa on Sunday.",
     "event"),
    ("settle.arrests_in_coup",
     "Soldiers seized power in Gabon on Wednesday and detained President Ali Bongo at his palace in Libreville.",
     "drop"),
    ("settle.charge_of_arrest",
     "Police in Kisumu have detained three suspects in connection with the killing of a councillor.", "drop"),
    ("settle.coup_charged_in_arrest",
     "Gendarmes in Ouagadougou on Tuesday arrested 12 soldiers suspected of taking part in the mutiny.", "drop"),
    ("settle.truce_stance", "The Kachin Independence Army said it remained committed to the truce in Myitkyina.",
     "drop"),
    ("settle.truce_unmade", "Under the terms of the deal, the militias were to leave Tripoli's airport.", "drop"),
    ("settle.retreat_in_progress", "Government troops were seen retreating from Gulu towards Kitgum on Monday, "
     "witnesses said.", "drop"),
    ("settle.crowd_of_things", "Thick smoke filled the streets of Sumy on Tuesday after the strike.", "drop"),
    ("settle.ousted_by_rebels", "Seleka rebels ousted the government from Bangui on Sunday, residents said.",
     "event"),
    ("settle.attacks_told_by_one", "Eastern Congo continues to suffer militia attacks, with five people killed in an "
     "assault on UN peacekeepers near Beni on Sunday.", "drop"),
    ("settle.damage_without_doer", "Dozens of homes in Shebekino have been destroyed, the regional governor said.",
     "drop"),
    ("sides.crowd_attack_riot", "An angry crowd attacked a police post in Kasungu on Sunday.", "event"),
    ("sides.counter_protest", "Thousands of opposition supporters marched in Tbilisi on Saturday. Government "
     "backers gathered in a counter-protest near parliament in Tbilisi on Saturday.", "event"),
    ("sides.force_on_crowd", "Riot police stormed a sit-in by nurses in Lilongwe on Monday.", "event"),
    ("sides.arrest_by_crowd_is_intervention", "In Kano, police fired tear gas at several hundred peaceful "
     "protesters gathered at the Sani Abacha Stadium on Thursday and again on Friday, when officers also arrested a "
     "journalist, according to a union.", "drop"),  # (folded into Friday's intervention: date.again_on_day)
    ("settle.crowd_turned_violent",
     "Hundreds of traders marched to the town hall in Mbarara on Monday. They set fire to two cars there.",
     "event"),
    ("settle.toll_once", "Bandits shot dead six traders and looted their shops in Bakura on Monday.",
     "event"),
    ("settle.looting_part_of_attack", "Gunmen killed six farmers in Bokkos on Sunday and burned about 40 houses.",
     "drop"),
    ("settle.victims_described_as_crowd", "The president withdrew the mining law on Tuesday, a day after police "
     "shot dead at least 12 people protesting against it in Tarkwa.", "drop"),
    ("settle.killed_at_protest",
     "Soldiers killed three villagers in Bumbuna on Friday as they dispersed a peaceful march against a quarry.",
     "event"),
    ("sides.violent_crowd_stopped", "Police fired tear gas at stone-throwing youths in Kisumu on Monday.", "event"),
    ("sides.violent_crowd_fired_on", "Police opened fire on a crowd that was stoning their vehicles in Kisumu on "
     "Monday, killing a student.", "event"),
    ("settle.riot_of_mob", "A mob lynched a suspected thief in Kaduna on Sunday, beating him and setting him "
     "alight.", "drop"),
    ("settle.destruction_in_riot", "Hundreds of youths stormed the town hall in Kisumu on Tuesday, throwing "
     "stones at police. The building was partly burned.", "drop"),
    ("settle.arrests_at_protest",
     "Hundreds of students marched through Kampala on Monday, and police detained 30 of them.", "event"),
    ("sides.civilians_as_mob", "Villagers near Gulu hacked two suspected witches to death on Saturday.", "event"),
    ("modality.framework", "Rebels pulled out of the town of Kitchanga on Monday under a deal brokered by Angola.",
     "drop"),
    ("sides.riot_outside_protest", "Prisoners at the jail in Mbale rioted on Monday and burned mattresses, "
     "officials said.", "event"),
    ("sides.mob_on_person", "An angry crowd set fire to a man accused of theft in Mbale on Monday.", "event"),
    ("settle.dispersal_on_protest_day", "Soldiers fired tear gas to scatter opposition supporters who had gathered "
     "at a roundabout in Kindia on Monday.", "event"),
    ("drop.described_freed", "A crowd attacked the gendarmerie in Kara on Tuesday and freed two men who had been "
     "detained there.", "drop"),
    ("place.campus_town", "Police fired tear gas at students on the campus of the University of Kisangani on "
     "Monday.", "event"),
    ("place.scene_police", "In Karachi police arrested 30 supporters of an opposition party on Thursday.", "event"),
    ("place.town_region", "Militants overran two army posts in the Ansongo region on Tuesday, killing five "
     "soldiers, officials in Mali said.", "event"),
    ("place.lead_named_next", "Eight soldiers were killed when insurgents ambushed their patrol on Friday, the "
     "army said. The patrol came under fire near Palma as it left the town.", "event"),
    ("place.district_seat", "Militants ambushed an army convoy in Kulgam district on Thursday, killing two soldiers, "
     "police in Kashmir said.", "event"),
    ("place.compass_region", "Hezbollah said it fired two rocket salvos into northern Israel on Tuesday.", "event"),
    ("place.scene_told",
     "In Gitega, crowds looted a market on Monday morning before police cleared the streets. The worst incident "
     "happened on Monday evening in Ngozi. Soldiers opened fire on a crowd outside the governor's office, killing "
     "three people, witnesses said.", "event"),
    ("place.told_next",
     "Unknown gunmen ambushed a lorry carrying workers on Thursday, killing five. The attack took place near Sehwan, "
     "police said.", "event"),
    ("place.line_dateline",
     "Quetta: Gunmen shot dead two shopkeepers on Monday, police said.\nTurbat: A bomb planted on a motorbike "
     "wounded four soldiers on Monday.", "event"),
    ("place.witness_next",
     "Armed men shot dead six farmers on Friday, police said. \"They surrounded the fields and opened fire,\" a "
     "villager in Kagoro told reporters.", "event"),
    ("place.pronoun_doers",
     "Gunmen raided a market in Gao on Friday. They looted shops and stole livestock, residents said.", "event"),
    # Session 5 rules that had no row of their own (sentences written for this table, other wars than the ones the
    # rules were written on).
    ("drop.decree", "The junta in Niger dissolved the parliament and the cabinet in Niamey on Friday.", "drop"),
    ("drop.fight_as_subject", "Clashes between soldiers and Ansar al-Sunna fighters around Macomia entered a third "
     "day on Friday.", "drop"),
    ("drop.background_elsewhere", "Soldiers repelled an attack by militants on a base in Kidal on Sunday. The "
     "militants had also ambushed a convoy in February 2018.", "drop"),
    ("drop.vague_extent", "Troops fought the Taliban near Kunduz on Sunday. Wide areas have since come under "
     "Taliban control, elders said.", "drop"),
    ("discourse.withdrawal_after_fight", "Al-Shabaab fighters stormed the army base in Bulo Burde on Sunday. Some "
     "soldiers pulled out, and the militants took over the base.", "event"),
    ("discourse.handover_told_next", "Federal troops took over the army camps at Humera and Dansha on Monday. The "
     "regional militia handed them over without resistance.", "event"),
    ("discourse.continuation", "Soldiers clashed with rebels in Beni on Tuesday. The clashes had subsided by "
     "Friday.", "event"),
    ("date.that_year", "The war began in 1994. In early March of that year, rebels shelled Kigali.", "event"),
    ("place.site_anaphor", "Rebels attacked the Bissalanca airport on Monday. Fighting near the airport went on "
     "into Tuesday, killing six soldiers.", "event"),
    ("place.capital_anaphor", "Protesters blocked roads in Kisumu on Tuesday. Police in the capital arrested 40 "
     "people on Wednesday.", "event"),
    ("modality.commemorated", "Mourners laid flowers in Halabja on Monday, the 30th anniversary of the massacre.",
     "drop"),
    ("modality.weapons_in_place", "Bombs buried in the fields near Marawi have kept farmers away, officials said on "
     "Monday.", "drop"),
    ("place.related_elsewhere", "The attack on a market in Baidoa on Sunday came as government troops were "
     "preparing an offensive towards Jilib.", "event"),
    ("place.weapon_target", "Ukrainian air defences intercepted a missile fired at Odesa and a drone launched "
     "towards Lviv on Monday.", "event"),
    ("subtype.coup.the_country", "Myanmar's military seized control of the country on Monday.", "event"),
    ("settle.cordon_in_coup", "Soldiers tried to overthrow the government of Guinea-Bissau on Tuesday, surrounding "
     "the presidential palace in Bissau.", "drop"),
    ("settle.ceded_in_capture", "Separatist fighters handed over the town of Zalingei to the army on Monday, and "
     "government troops entered it.", "event"),
    # Rules this session changed that had no row of their own.
    ("actor.agreement_parties", "The army and the ELN agreed a ceasefire in Quito on Sunday.", "event"),
    ("sides.default_state", "Houthi forces fired missiles at Jizan on Monday. Air defences intercepted two missiles "
     "over Jizan.", "event"),
    # session 31, real31x1
    ("modality.deal_terms", "The army and the rebels agreed a truce in Kidal on Sunday. The agreement provides for the "
     "release of soldiers held by the rebels.", "drop"),
    ("modality.sound_of_act", "Artillery fire and explosions shook the outskirts of Donetsk on Monday, the city "
     "council said.", "drop"),
    # battles15 (session 31)
    ("subtype.victims.pronoun_antecedent", "An army convoy was leaving Gao on Tuesday when it was ambushed by a group "
     "of men near Bourem.", "event"),
    ("subtype.victims.participle_noun", "The bodies of four gendarmes killed near Maroua on Sunday were flown to "
     "Yaounde.", "event"),
]


@pytest.fixture(scope="module")
def explained():
    texts = sorted({text for _r, text, _w in CASES})
    articles = [Article(id=f"rule-{i}", text=t, published=PUBLISHED) for i, t in enumerate(texts)]
    out = explain(articles)
    return {t: result for t, result in zip(texts, out, strict=True)}


@pytest.mark.parametrize(("rule", "text", "where"), CASES, ids=[f"{r}-{i}" for i, (r, _t, _w) in enumerate(CASES)])
def test_rule_fires_on_its_sentence(explained, rule: str, text: str, where: str) -> None:
    check(rule)
    trace, events = explained[text]
    if where == "event":
        fired = [e for e in events if rule in (e.rules or [])]
    else:
        fired = [d for s in trace.sentences for d in s.decisions if not d.kept and rule in d.rules]
    assert fired, "\n".join(explanation_lines(trace, events, rule_help=False))


def test_every_event_explains_itself(explained) -> None:
    for _trace, events in explained.values():
        for ev in events:
            assert ev.rules and all(isinstance(r, str) and r in RULES for r in ev.rules), ev
            assert "trigger.lexicon" in ev.rules


def _rule_literals() -> set[str]:
    """Every string literal of the extract package that looks like a rule id."""
    root = Path(__file__).resolve().parents[1] / "src" / "frontlog" / "extract"
    found: set[str] = set()
    prefixes = tuple(sorted({r.split(".")[0] + "." for r in RULES}))
    for path in root.glob("*.py"):
        if path.name == "rules.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith(prefixes) \
                    and " " not in node.value:
                found.add(node.value)
    return found


def test_every_rule_id_in_the_code_is_in_the_table_and_every_table_row_is_used() -> None:
    used = _rule_literals()
    assert used - set(RULES) == set(), "rule ids used in code but missing from RULES"
    assert set(RULES) - used == set(), "RULES rows that no code uses: remove them or use them"


def test_check_refuses_an_unknown_rule() -> None:
    with pytest.raises(KeyError, match="add it to"):
        check("place.guessed")


def test_extract_explain_writes_rules_and_plain_extract_does_not(tmp_path: Path) -> None:
    from frontlog.cli import commands

    (tmp_path / "a.txt").write_text("Rebels captured the town of Saraqib on Monday.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2019-05-22"}), encoding="utf-8")
    plain, explained = tmp_path / "plain.jsonl", tmp_path / "explained.jsonl"
    assert commands.main(["extract", str(tmp_path / "a.txt"), "-o", str(plain), "-q"]) == 0
    assert commands.main(["extract", str(tmp_path / "a.txt"), "-o", str(explained), "-q", "--explain"]) == 0
    p = [json.loads(x) for x in plain.read_text().splitlines()]
    e = [json.loads(x) for x in explained.read_text().splitlines()]
    assert p and all("rules" not in r for r in p)
    assert [dict(r, rules=None) for r in e] == [dict(r, rules=None) for r in p]
    assert all(r["rules"] and all(isinstance(x, str) for x in r["rules"]) for r in e)


def test_explain_command_prints_sentences_dropped_candidates_and_rules(tmp_path: Path, capsys) -> None:
    from frontlog.cli import commands

    (tmp_path / "b.txt").write_text("Rebels captured the town of Saraqib on Monday. Commanders said they may "
                                    "try to take Idlib next.\n", encoding="utf-8")
    (tmp_path / "b.meta.json").write_text(json.dumps({"published": "2019-05-22"}), encoding="utf-8")
    assert commands.main(["explain", str(tmp_path / "b.txt")]) == 0
    out = capsys.readouterr().out
    assert "sentence 1" in out and "[kept] 'captured'" in out
    assert "[dropped] 'take'" in out and "modality.speculative" in out
    assert "place.syntax: " + RULES["place.syntax"] in out
