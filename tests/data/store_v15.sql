-- A store made by frontlog at schema 15 (tests/store_fixture.py): three invented reports with a correction, a rejection and a split.
BEGIN TRANSACTION;
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
CREATE TABLE articles (
            id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, url TEXT, title TEXT, published TEXT, source TEXT,
            text TEXT NOT NULL, n_mentions INTEGER NOT NULL, ingested_at TEXT NOT NULL, knowledge TEXT);
CREATE TABLE mentions (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL, block TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            actor1 TEXT, actor2 TEXT, assoc_actors TEXT NOT NULL, location TEXT, country TEXT, latitude REAL,
            longitude REAL, geo_precision INTEGER, date_start TEXT, date_end TEXT, date_precision TEXT,
            fatalities INTEGER, count INTEGER, claimed_by TEXT, evidence TEXT NOT NULL, confidence REAL NOT NULL,
            url TEXT, admin1 TEXT, inter1 INTEGER, inter2 INTEGER, location_resolved INTEGER NOT NULL DEFAULT 1);
CREATE TABLE events (
            rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, block TEXT NOT NULL, anchor_mention TEXT NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, actor1 TEXT, actor2 TEXT,
            assoc_actors TEXT NOT NULL, location TEXT, country TEXT, admin1 TEXT, latitude REAL, longitude REAL,
            geo_precision INTEGER, date_start TEXT, date_end TEXT, date_precision TEXT, fatalities INTEGER,
            fatalities_reported TEXT NOT NULL, count INTEGER, claimed_by TEXT, evidence TEXT NOT NULL,
            confidence REAL NOT NULL, url TEXT, sources TEXT NOT NULL, n_mentions INTEGER NOT NULL,
            corrected TEXT NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL, inter1 INTEGER, inter2 INTEGER, location_resolved INTEGER NOT NULL DEFAULT 1, links TEXT NOT NULL DEFAULT '[]');
CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, mention_ids TEXT NOT NULL,
            field TEXT NOT NULL, value TEXT, note TEXT, who TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE rejections (
            id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, mention_ids TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('reject', 'restore')), note TEXT, who TEXT NOT NULL,
            at TEXT NOT NULL);
CREATE TABLE dirty_blocks (block TEXT PRIMARY KEY);
CREATE VIRTUAL TABLE events_geo USING rtree(rid, min_lat, max_lat, min_lon, max_lon);
CREATE TABLE timeline_counts (grain TEXT NOT NULL, f TEXT NOT NULL, day TEXT NOT NULL, k TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (grain, f, day, k)) WITHOUT ROWID;
CREATE VIRTUAL TABLE events_fts USING fts5(evidence, tags, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE timeline_recent (grain TEXT NOT NULL, f TEXT NOT NULL, day TEXT NOT NULL, k TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (grain, f, day, k)) WITHOUT ROWID;
CREATE TABLE dirty_spans (block TEXT NOT NULL, lo TEXT NOT NULL, hi TEXT NOT NULL, PRIMARY KEY (block, lo, hi)) WITHOUT ROWID;
CREATE TABLE events_recent (
            rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, block TEXT NOT NULL, anchor_mention TEXT NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, actor1 TEXT, actor2 TEXT,
            assoc_actors TEXT NOT NULL, location TEXT, country TEXT, admin1 TEXT, latitude REAL, longitude REAL,
            geo_precision INTEGER, date_start TEXT, date_end TEXT, date_precision TEXT, fatalities INTEGER,
            fatalities_reported TEXT NOT NULL, count INTEGER, claimed_by TEXT, evidence TEXT NOT NULL,
            confidence REAL NOT NULL, url TEXT, sources TEXT NOT NULL, n_mentions INTEGER NOT NULL,
            corrected TEXT NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL, inter1 INTEGER, inter2 INTEGER, location_resolved INTEGER NOT NULL DEFAULT 1, links TEXT NOT NULL DEFAULT '[]');
CREATE TABLE events_gone (rid INTEGER PRIMARY KEY);
CREATE TABLE mentions_recent (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL, block TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            actor1 TEXT, actor2 TEXT, assoc_actors TEXT NOT NULL, location TEXT, country TEXT, latitude REAL,
            longitude REAL, geo_precision INTEGER, date_start TEXT, date_end TEXT, date_precision TEXT,
            fatalities INTEGER, count INTEGER, claimed_by TEXT, evidence TEXT NOT NULL, confidence REAL NOT NULL,
            url TEXT, admin1 TEXT, inter1 INTEGER, inter2 INTEGER, location_resolved INTEGER NOT NULL DEFAULT 1);
INSERT INTO "schema_version" (version, applied_at) VALUES (1, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (2, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (3, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (4, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (5, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (6, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (7, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (8, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (9, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (10, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (11, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (12, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (13, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (14, '2026-12-05T09:45:07+00:00');
INSERT INTO "schema_version" (version, applied_at) VALUES (15, '2026-12-05T09:45:07+00:00');
INSERT INTO "articles" (id, content_hash, url, title, published, source, text, n_mentions, ingested_at, knowledge) VALUES ('mali-a', 'sha256:mali-a', 'https://example.org/mali-a', 'Report mali-a', '2013-01-16', 'Test Wire', 'Invented report mali-a for the migration test.', 2, '2026-12-05T09:45:07+00:00', NULL);
INSERT INTO "articles" (id, content_hash, url, title, published, source, text, n_mentions, ingested_at, knowledge) VALUES ('mali-b', 'sha256:mali-b', 'https://example.org/mali-b', 'Report mali-b', '2013-01-16', 'Test Wire', 'Invented report mali-b for the migration test.', 1, '2026-12-05T09:45:07+00:00', NULL);
INSERT INTO "articles" (id, content_hash, url, title, published, source, text, n_mentions, ingested_at, knowledge) VALUES ('mali-c', 'sha256:mali-c', 'https://example.org/mali-c', 'Report mali-c', '2013-01-16', 'Test Wire', 'Invented report mali-c for the migration test.', 1, '2026-12-05T09:45:07+00:00', NULL);
INSERT INTO "mentions" (id, article_id, seq, block, event_type, sub_event_type, actor1, actor2, assoc_actors, location, country, latitude, longitude, geo_precision, date_start, date_end, date_precision, fatalities, count, claimed_by, evidence, confidence, url, admin1, inter1, inter2, location_resolved) VALUES ('m-37391bedfc747a79', 'mali-a', 0, 'Air/drone strike|ML|2013|14:-4', 'Explosions/Remote violence', 'Air/drone strike', 'Military Forces of France', 'Ansar Dine', '[]', 'Konna', 'ML', 14.95, -3.89, 1, '2013-01-12', '2013-01-12', 'day', 4, NULL, NULL, '["French jets hit rebel trucks outside Konna on Saturday."]', 0.5, 'https://example.org/mali-a', NULL, 8, 2, 1);
INSERT INTO "mentions" (id, article_id, seq, block, event_type, sub_event_type, actor1, actor2, assoc_actors, location, country, latitude, longitude, geo_precision, date_start, date_end, date_precision, fatalities, count, claimed_by, evidence, confidence, url, admin1, inter1, inter2, location_resolved) VALUES ('m-69fcdf439bedec1b', 'mali-a', 1, 'Non-state actor overtakes territory|ML|2013|14:-7', 'Battles', 'Non-state actor overtakes territory', 'Military Forces of France', NULL, '[]', 'Diabaly', 'ML', 14.69, -6.02, 1, '2013-01-14', '2013-01-14', 'day', NULL, NULL, NULL, '["Rebels rolled into Diabaly on Monday, residents said."]', 0.5, 'https://example.org/mali-a', NULL, 8, 0, 1);
INSERT INTO "mentions" (id, article_id, seq, block, event_type, sub_event_type, actor1, actor2, assoc_actors, location, country, latitude, longitude, geo_precision, date_start, date_end, date_precision, fatalities, count, claimed_by, evidence, confidence, url, admin1, inter1, inter2, location_resolved) VALUES ('m-30b39392587254c8', 'mali-b', 0, 'Air/drone strike|ML|2013|14:-4', 'Explosions/Remote violence', 'Air/drone strike', 'Military Forces of France', 'Ansar Dine', '[]', 'Konna', 'ML', 14.95, -3.89, 1, '2013-01-12', '2013-01-12', 'day', 6, NULL, NULL, '["Warplanes pounded a rebel column near Konna."]', 0.5, 'https://example.org/mali-b', NULL, 8, 2, 1);
INSERT INTO "mentions" (id, article_id, seq, block, event_type, sub_event_type, actor1, actor2, assoc_actors, location, country, latitude, longitude, geo_precision, date_start, date_end, date_precision, fatalities, count, claimed_by, evidence, confidence, url, admin1, inter1, inter2, location_resolved) VALUES ('m-2d4867b8528c124f', 'mali-c', 0, 'Armed clash|ML|2013|14:-7', 'Battles', 'Armed clash', 'Military Forces of France', 'Ansar Dine', '[]', 'Diabaly', 'ML', 14.69, -6.02, 1, '2013-01-15', '2013-01-15', 'day', 2, NULL, NULL, '["Soldiers and rebels exchanged fire at Diabaly."]', 0.5, 'https://example.org/mali-c', NULL, 8, 2, 1);
INSERT INTO "events" (rid, id, block, anchor_mention, event_type, sub_event_type, actor1, actor2, assoc_actors, location, country, admin1, latitude, longitude, geo_precision, date_start, date_end, date_precision, fatalities, fatalities_reported, count, claimed_by, evidence, confidence, url, sources, n_mentions, corrected, rejected, updated_at, inter1, inter2, location_resolved, links) VALUES (12329240494080, 'ev-9d3dbd006865f9bf', 'Air/drone strike|ML|2013|14:-4', 'm-37391bedfc747a79', 'Explosions/Remote violence', 'Air/drone strike', 'Military Forces of France', 'Ansar Dine', '[]', 'Konna', 'ML', NULL, 14.95, -3.89, 1, '2013-01-12', '2013-01-12', 'day', 4, '[4]', NULL, NULL, '["French jets hit rebel trucks outside Konna on Saturday."]', 0.5, 'https://example.org/mali-a', '[{"doc_id": "mali-a", "url": "https://example.org/mali-a", "title": "Report mali-a", "published": "2013-01-16", "source": "Test Wire"}]', 1, '[]', 0, 1796463907, 8, 2, 1, '[["m-37391bedfc747a79", "first report (anchor)"]]');
INSERT INTO "events" (rid, id, block, anchor_mention, event_type, sub_event_type, actor1, actor2, assoc_actors, location, country, admin1, latitude, longitude, geo_precision, date_start, date_end, date_precision, fatalities, fatalities_reported, count, claimed_by, evidence, confidence, url, sources, n_mentions, corrected, rejected, updated_at, inter1, inter2, location_resolved, links) VALUES (12329240494081, 'ev-ce26a7553ae18eb1', 'Air/drone strike|ML|2013|14:-4', 'm-30b39392587254c8', 'Explosions/Remote violence', 'Air/drone strike', 'Military Forces of France', 'Ansar Dine', '[]', 'Konna', 'ML', NULL, 14.95, -3.89, 1, '2013-01-12', '2013-01-12', 'day', 6, '[6]', NULL, NULL, '["Warplanes pounded a rebel column near Konna."]', 0.5, 'https://example.org/mali-b', '[{"doc_id": "mali-b", "url": "https://example.org/mali-b", "title": "Report mali-b", "published": "2013-01-16", "source": "Test Wire"}]', 1, '[]', 0, 1796463907, 8, 2, 1, '[["m-30b39392587254c8", "split off by an analyst: stands alone"]]');
INSERT INTO "events" (rid, id, block, anchor_mention, event_type, sub_event_type, actor1, actor2, assoc_actors, location, country, admin1, latitude, longitude, geo_precision, date_start, date_end, date_precision, fatalities, fatalities_reported, count, claimed_by, evidence, confidence, url, sources, n_mentions, corrected, rejected, updated_at, inter1, inter2, location_resolved, links) VALUES (12329274048512, 'ev-f7608d1d9f96c41e', 'Non-state actor overtakes territory|ML|2013|14:-7', 'm-69fcdf439bedec1b', 'Battles', 'Non-state actor overtakes territory', 'Ansar Dine', NULL, '[]', 'Diabaly', 'ML', NULL, 14.69, -6.02, 1, '2013-01-14', '2013-01-14', 'day', 3, '[]', NULL, NULL, '["Rebels rolled into Diabaly on Monday, residents said."]', 0.5, 'https://example.org/mali-a', '[{"doc_id": "mali-a", "url": "https://example.org/mali-a", "title": "Report mali-a", "published": "2013-01-16", "source": "Test Wire"}]', 1, '["actor1", "fatalities"]', 0, 1796463907, NULL, 0, 1, '[["m-69fcdf439bedec1b", "first report (anchor)"]]');
INSERT INTO "events" (rid, id, block, anchor_mention, event_type, sub_event_type, actor1, actor2, assoc_actors, location, country, admin1, latitude, longitude, geo_precision, date_start, date_end, date_precision, fatalities, fatalities_reported, count, claimed_by, evidence, confidence, url, sources, n_mentions, corrected, rejected, updated_at, inter1, inter2, location_resolved, links) VALUES (12329290825728, 'ev-faab9a5576a38a75', 'Armed clash|ML|2013|14:-7', 'm-2d4867b8528c124f', 'Battles', 'Armed clash', 'Military Forces of France', 'Ansar Dine', '[]', 'Diabaly', 'ML', NULL, 14.69, -6.02, 1, '2013-01-15', '2013-01-15', 'day', 2, '[2]', NULL, NULL, '["Soldiers and rebels exchanged fire at Diabaly."]', 0.5, 'https://example.org/mali-c', '[{"doc_id": "mali-c", "url": "https://example.org/mali-c", "title": "Report mali-c", "published": "2013-01-16", "source": "Test Wire"}]', 1, '[]', 1, 1796463907, 8, 2, 1, '[["m-2d4867b8528c124f", "first report (anchor)"]]');
INSERT INTO "corrections" (id, event_id, mention_ids, field, value, note, who, at) VALUES (1, 'ev-f7608d1d9f96c41e', '["m-69fcdf439bedec1b"]', 'actor1', '"Ansar Dine"', 'checked the wire', 'ana', '2026-12-05T09:45:07+00:00');
INSERT INTO "corrections" (id, event_id, mention_ids, field, value, note, who, at) VALUES (2, 'ev-f7608d1d9f96c41e', '["m-69fcdf439bedec1b"]', 'fatalities', '3', 'checked the wire', 'ana', '2026-12-05T09:45:07+00:00');
INSERT INTO "corrections" (id, event_id, mention_ids, field, value, note, who, at) VALUES (3, 'ev-9d3dbd006865f9bf', '["m-37391bedfc747a79", "m-30b39392587254c8"]', 'split', '"m-30b39392587254c8"', 'two strikes', 'ana', '2026-12-05T09:45:07+00:00');
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" (name, seq) VALUES ('corrections', 3);
INSERT INTO "sqlite_sequence" (name, seq) VALUES ('rejections', 1);
INSERT INTO "rejections" (id, event_id, mention_ids, action, note, who, at) VALUES (1, 'ev-faab9a5576a38a75', '["m-2d4867b8528c124f"]', 'reject', 'a rumour', 'ana', '2026-12-05T09:45:07+00:00');
DELETE FROM "events_geo_rowid";
INSERT INTO "events_geo_rowid" (rowid, nodeno) VALUES (12329240494080, 1);
INSERT INTO "events_geo_rowid" (rowid, nodeno) VALUES (12329240494081, 1);
INSERT INTO "events_geo_rowid" (rowid, nodeno) VALUES (12329274048512, 1);
INSERT INTO "events_geo_rowid" (rowid, nodeno) VALUES (12329290825728, 1);
DELETE FROM "events_geo_node";
INSERT INTO "events_geo_node" (nodeno, data) VALUES (1, X'0000000400000B36A2000000416B0A3D416B0A3FC0C0A3D9C0C0A3D700000B36A3000000416B0A3D416B0A3FC0C0A3D9C0C0A3D700000B36A0000000416F3333416F3335C078F5C3C078F5C100000B36A0000001416F3333416F3335C078F5C3C078F5C1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000');
DELETE FROM "events_geo_parent";
DELETE FROM "events_fts_data";
INSERT INTO "events_fts_data" (id, block) VALUES (1, X'042328');
INSERT INTO "events_fts_data" (id, block) VALUES (10, X'000000000105050005010101020101030101040101050101');
INSERT INTO "events_fts_data" (id, block) VALUES (137438953473, X'000002F602306182E6EA80808000020D02026E6482E6EA98808000020302017482E6EA988080000207010D6365393363333837383030356182E6EA8080800006010104988080000601010402056F6C756D6E82E6EA80808000020F010D6435383034613037633863346682E6EA8080800006010107020C62353338363436313537376282E6EA98808000060101070206696162616C7982E6EA98808000040803010965786368616E67656482E6EA98808000020501046669726582E6EA988080000206020572656E636882E6EA808080000202010D6730353864353734386262303782E6EA988080000601010A020C37633262316330343634383682E6EA808080000601010A010368697482E6EA80808000020401046A65747382E6EA808080000203010D6B31623137343633633462393882E6EA988080000601010B020C36376132653761616131643982E6EA808080000601010B02046F6E6E6182E6EA8080800006080B03010D6E63356163623638646161386282E6EA80808000060101089880800006010108020365617282E6EA80808000021001026F6E82E6EA808080000209020675747369646582E6EA8080800002070107706F756E64656482E6EA80808000020C0105726562656C82E6EA8080800004050B06017382E6EA988080000204010D7337616332306135643633333582E6EA8080800006010103020C61633435323433653265313882E6EA9880800006010103030674757264617982E6EA80808000020A02076F6C646965727382E6EA988080000202010D7434386130623537383263373182E6EA9880800006010102020C65323738616532623232383482E6EA808080000601010202057275636B7382E6EA8080800002060109776172706C616E657382E6EA80808000020B010D7865316333343962636431643482E6EA80808000060101059880800006010105020C66396337303936316434373782E6EA80808000060101069880800006010106010D7933303339656564343766353082E6EA80808000060101099880800006010109040C0D0C22101A1912140F101A190E0F1A1911220E0D1112110C1A1911121A1910142221');
INSERT INTO "events_fts_data" (id, block) VALUES (274877906945, X'0000016E0E306365393363333837383030356182E6EA9080800006010104010D6432326261313065356330653782E6EA90808000060101060206696162616C7982E6EA90808000040507010D6730353864353734386262303782E6EA90808000060101090104696E746F82E6EA908080000204010D6B31623137343633633462393882E6EA908080000601010A01066D6F6E64617982E6EA908080000207010D6E63356163623638646161386282E6EA908080000601010701026F6E82E6EA9080800002060106726562656C7382E6EA9080800002020307736964656E747382E6EA90808000020802056F6C6C656482E6EA908080000203010D7331366164393731313461346282E6EA9080800006010103020361696482E6EA908080000209010D7434386130623537383263373182E6EA9080800006010102010D7866396337303936316434373782E6EA9080800006010105010D7933303339656564343766353082E6EA9080800006010108041A1A121A0F1A111A0D1112101A0E1A1A');
INSERT INTO "events_fts_data" (id, block) VALUES (412316860417, X'000001840E306365393363333837383030356182E6EA9080800007010104010D6432326261313065356330653782E6EA90808000070101060206696162616C7982E6EA90808000050507010D6730353864353734386262303782E6EA90808000070101090104696E746F82E6EA908080000304010D6B31623137343633633462393882E6EA908080000701010A01066D6F6E64617982E6EA908080000307010D6E63356163623638646161386282E6EA908080000701010701026F6E82E6EA9080800003060106726562656C7382E6EA9080800003020307736964656E747382E6EA90808000030802056F6C6C656482E6EA908080000303010D7331366164393731313461346282E6EA9080800007010103020361696482E6EA908080000309010D7434386130623537383263373182E6EA9080800007010102010D7865316333343962636431643482E6EA9080800006010105020C66396337303936316434373782E6EA9080800001010D7933303339656564343766353082E6EA9080800007010108041A1A121A0F1A111A0D1112101A0E1A1A16');
INSERT INTO "events_fts_data" (id, block) VALUES (549755813889, X'000001920430616E6482E6EA98808000030302017482E6EA988080000307010D6365393363333837383030356182E6EA9880800007010104010D6462353338363436313537376282E6EA98808000070101080206696162616C7982E6EA98808000050803010965786368616E67656482E6EA98808000030501046669726582E6EA988080000306010D6730353864353734386262303782E6EA988080000701010B010D6B31623137343633633462393882E6EA988080000701010C010D6E63356163623638646161386282E6EA9880800007010109010D7232393832613435386133363482E6EA988080000601010702056562656C7382E6EA988080000304010D7361633435323433653265313882E6EA988080000701010302076F6C646965727382E6EA988080000302010D7434386130623537383263373182E6EA9880800007010102010D7865316333343962636431643482E6EA9880800007010105020C66396337303936316434373782E6EA9880800007010106010D7933303339656564343766353082E6EA988080000701010A040E0C1A1A12140F1A1A1A1A101A121A1A19');
INSERT INTO "events_fts_data" (id, block) VALUES (687194767361, X'0000022802306182E6EA8080800001010204010D6365393363333837383030356182E6EA8080800007010104010601010402056F6C756D6E82E6EA8080800001010206010D6435383034613037633863346682E6EA8080800007010107010601010701066672656E636882E6EA808080000302010D6737633262316330343634383682E6EA808080000701010A010601010A010368697482E6EA80808000030401046A65747382E6EA808080000303010D6B36376132653761616131643982E6EA808080000701010B010601010B02046F6E6E6182E6EA8080800005080501040803010D6E63356163623638646161386282E6EA80808000070101080106010108020365617282E6EA808080000101020701026F6E82E6EA808080000309020675747369646582E6EA8080800003070107706F756E64656482E6EA80808000010102030105726562656C82E6EA808080000305010205010D7337616332306135643633333582E6EA8080800007010103010601010302076174757264617982E6EA80808000030A010D7465323738616532623232383482E6EA8080800007010102010601010202057275636B7382E6EA8080800003060109776172706C616E657382E6EA8080800001010202010D7865316333343962636431643482E6EA80808000070101050106010105020C66396337303936316434373782E6EA80808000070101060106010106010D7933303339656564343766353082E6EA80808000070101090106010109040E1F121F111F0E0F1F141F100D1114131F121F10161F1E');
DELETE FROM "events_fts_idx";
INSERT INTO "events_fts_idx" (segid, term, pgno) VALUES (1, X'', 2);
INSERT INTO "events_fts_idx" (segid, term, pgno) VALUES (2, X'', 2);
INSERT INTO "events_fts_idx" (segid, term, pgno) VALUES (3, X'', 2);
INSERT INTO "events_fts_idx" (segid, term, pgno) VALUES (4, X'', 2);
INSERT INTO "events_fts_idx" (segid, term, pgno) VALUES (5, X'', 2);
DELETE FROM "events_fts_docsize";
INSERT INTO "events_fts_docsize" (id, sz) VALUES (12329240494080, X'0A0A');
INSERT INTO "events_fts_docsize" (id, sz) VALUES (12329240494081, X'080A');
INSERT INTO "events_fts_docsize" (id, sz) VALUES (12329274048512, X'0909');
INSERT INTO "events_fts_docsize" (id, sz) VALUES (12329290825728, X'080B');
DELETE FROM "events_fts_config";
INSERT INTO "events_fts_config" (k, v) VALUES ('version', 4);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES (':a', '', '2013-01-12', 'Military Forces of France', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES (':a', '', '2013-01-14', 'Ansar Dine', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES (':c', '', '2013-01-12', 'ML', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES (':c', '', '2013-01-14', 'ML', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES (':t', '', '2013-01-12', 'Explosions/Remote violence', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES (':t', '', '2013-01-14', 'Battles', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('c:a', 'ML', '2013-01-12', 'Military Forces of France', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('c:a', 'ML', '2013-01-14', 'Ansar Dine', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('c:c', 'ML', '2013-01-12', 'ML', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('c:c', 'ML', '2013-01-14', 'ML', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('c:t', 'ML', '2013-01-12', 'Explosions/Remote violence', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('c:t', 'ML', '2013-01-14', 'Battles', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('s:a', 'Air/drone strike', '2013-01-12', 'Military Forces of France', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('s:a', 'Non-state actor overtakes territory', '2013-01-14', 'Ansar Dine', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('s:c', 'Air/drone strike', '2013-01-12', 'ML', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('s:c', 'Non-state actor overtakes territory', '2013-01-14', 'ML', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('s:t', 'Air/drone strike', '2013-01-12', 'Explosions/Remote violence', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('s:t', 'Non-state actor overtakes territory', '2013-01-14', 'Battles', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('t:a', 'Battles', '2013-01-14', 'Ansar Dine', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('t:a', 'Explosions/Remote violence', '2013-01-12', 'Military Forces of France', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('t:c', 'Battles', '2013-01-14', 'ML', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('t:c', 'Explosions/Remote violence', '2013-01-12', 'ML', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('t:t', 'Battles', '2013-01-14', 'Battles', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('t:t', 'Explosions/Remote violence', '2013-01-12', 'Explosions/Remote violence', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:a', 'Ansar Dine', '2013-01-12', 'Military Forces of France', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:a', 'Ansar Dine', '2013-01-14', 'Ansar Dine', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:a', 'Military Forces of France', '2013-01-12', 'Military Forces of France', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:c', 'Ansar Dine', '2013-01-12', 'ML', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:c', 'Ansar Dine', '2013-01-14', 'ML', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:c', 'Military Forces of France', '2013-01-12', 'ML', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:t', 'Ansar Dine', '2013-01-12', 'Explosions/Remote violence', 2);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:t', 'Ansar Dine', '2013-01-14', 'Battles', 1);
INSERT INTO "timeline_recent" (grain, f, day, k, n) VALUES ('x:t', 'Military Forces of France', '2013-01-12', 'Explosions/Remote violence', 2);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_block ON mentions(block);
CREATE INDEX articles_knowledge ON articles(knowledge);
CREATE INDEX events_block ON events(block);
CREATE INDEX events_type_date ON events(event_type, date_start, date_end, rejected);
CREATE INDEX events_sub_date ON events(sub_event_type, date_start, date_end, rejected);
CREATE INDEX events_date ON events(date_start, date_end, rejected, event_type, sub_event_type, country,
                                           fatalities, actor1, actor2, assoc_actors, latitude, longitude);
CREATE INDEX events_country_date ON events(country, date_start, date_end, rejected);
CREATE INDEX events_span ON events(julianday(date_end) - julianday(date_start));
CREATE INDEX events_odd_window ON events(date_start) WHERE (date_end IS NULL OR date_end < date_start);
CREATE INDEX events_rejected ON events(rid) WHERE rejected = 1;
CREATE INDEX events_recent_block ON events_recent(block);
CREATE INDEX mentions_recent_article ON mentions_recent(article_id);
CREATE INDEX mentions_recent_block ON mentions_recent(block);
CREATE VIEW mentions_all AS SELECT * FROM mentions UNION ALL SELECT * FROM mentions_recent;
PRAGMA user_version = 15;
COMMIT;
