-- A store made by frontlog at schema 4 (48-bit event ids, blocks by sub-type|country) from three invented
-- reports, with a correction, a rejection and a split: tests/test_store_safety.py migrates it.
PRAGMA user_version = 4;
BEGIN TRANSACTION;
CREATE TABLE articles (
            id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, url TEXT, title TEXT, published TEXT, source TEXT,
            text TEXT NOT NULL, n_mentions INTEGER NOT NULL, ingested_at TEXT NOT NULL);
INSERT INTO "articles" VALUES('old-a','sha256:old-a','https://example.org/old-a','Report old-a','2015-11-09','Test Wire','Invented report old-a for the migration test.',2,'2026-12-03T08:36:26+00:00');
INSERT INTO "articles" VALUES('old-b','sha256:old-b','https://example.org/old-b','Report old-b','2015-11-09','Test Wire','Invented report old-b for the migration test.',1,'2026-12-03T08:36:26+00:00');
INSERT INTO "articles" VALUES('old-c','sha256:old-c','https://example.org/old-c','Report old-c','2015-11-09','Test Wire','Invented report old-c for the migration test.',2,'2026-12-03T08:36:26+00:00');
CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, mention_ids TEXT NOT NULL,
            field TEXT NOT NULL, value TEXT, note TEXT, who TEXT NOT NULL, at TEXT NOT NULL);
INSERT INTO "corrections" VALUES(1,'ev-a71a4145bcf1','["m-98ab26624abefde1", "m-daf1a13c4dfba3a7"]','fatalities','20','checked the wire','ana','2026-12-03T08:36:26+00:00');
INSERT INTO "corrections" VALUES(2,'ev-a71a4145bcf1','["m-98ab26624abefde1", "m-daf1a13c4dfba3a7"]','actor2','"Islamic State"','checked the wire','ana','2026-12-03T08:36:26+00:00');
INSERT INTO "corrections" VALUES(3,'ev-8d2d54eac9fa','["m-102f91b46dcf6dd4", "m-a997c5d9bdffc948"]','split','"m-a997c5d9bdffc948"','two different raids','ana','2026-12-03T08:36:26+00:00');
CREATE TABLE dirty_blocks (block TEXT PRIMARY KEY);
CREATE TABLE event_mentions (
            mention_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, position INTEGER NOT NULL, reason TEXT NOT NULL);
INSERT INTO "event_mentions" VALUES('m-98ab26624abefde1','ev-a71a4145bcf1',0,'first report (anchor)');
INSERT INTO "event_mentions" VALUES('m-daf1a13c4dfba3a7','ev-a71a4145bcf1',1,'joined: same sub-type (Government regains territory); 5.6 km between Khanasir countryside and Khanasir (limit 25 km at precision 2); window 2015-11-04..2015-11-04 overlaps 2015-11-02..2015-11-08; actors agree (Syrian Government Forces / none)');
INSERT INTO "event_mentions" VALUES('m-160c913f135ce7c6','ev-348706f94876',0,'first report (anchor)');
INSERT INTO "event_mentions" VALUES('m-a997c5d9bdffc948','ev-443577d2557b',0,'split off by an analyst: stands alone');
INSERT INTO "event_mentions" VALUES('m-102f91b46dcf6dd4','ev-8d2d54eac9fa',0,'first report (anchor)');
CREATE TABLE events (
            rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, block TEXT NOT NULL, anchor_mention TEXT NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, actor1 TEXT, actor2 TEXT,
            assoc_actors TEXT NOT NULL, location TEXT, country TEXT, admin1 TEXT, latitude REAL, longitude REAL,
            geo_precision INTEGER, date_start TEXT, date_end TEXT, date_precision TEXT, fatalities INTEGER,
            fatalities_reported TEXT NOT NULL, count INTEGER, claimed_by TEXT, evidence TEXT NOT NULL,
            confidence REAL NOT NULL, url TEXT, sources TEXT NOT NULL, n_mentions INTEGER NOT NULL,
            corrected TEXT NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL);
INSERT INTO "events" VALUES(3,'ev-a71a4145bcf1','Government regains territory|SY','m-98ab26624abefde1','Battles','Government regains territory','Syrian Government Forces','Islamic State','[]','Khanasir','SY',NULL,35.7819,37.4978,1,'2015-11-04','2015-11-04','day',20,'[15, 12]',NULL,NULL,'["old-b says Government regains territory at Khanasir countryside on 2015-11-02.", "old-a says Government regains territory at Khanasir on 2015-11-04."]',0.55,'https://example.org/old-b','[{"doc_id": "old-b", "url": "https://example.org/old-b", "title": "Report old-b", "published": "2015-11-09", "source": "Test Wire"}, {"doc_id": "old-a", "url": "https://example.org/old-a", "title": "Report old-a", "published": "2015-11-09", "source": "Test Wire"}]',2,'["fatalities", "actor2"]',0,1796286986);
INSERT INTO "events" VALUES(4,'ev-348706f94876','Armed clash|SY','m-160c913f135ce7c6','Battles','Armed clash','Islamic State','Syrian Government Forces','[]','Kweiris Airbase','SY',NULL,36.19,37.58,1,'2015-10-01','2015-11-09','month',NULL,'[]',NULL,NULL,'["Fighting went on around the airbase."]',0.5,'https://example.org/old-c','[{"doc_id": "old-c", "url": "https://example.org/old-c", "title": "Report old-c", "published": "2015-11-09", "source": "Test Wire"}]',1,'[]',1,1796286986);
INSERT INTO "events" VALUES(5,'ev-443577d2557b','Air/drone strike|SY','m-a997c5d9bdffc948','Explosions/Remote violence','Air/drone strike','Russian Armed Forces',NULL,'[]','Aleppo','SY',NULL,36.2,37.15,1,'2015-11-06','2015-11-06','day',NULL,'[]',NULL,NULL,'["Jets bombed the city of Aleppo."]',0.5,'https://example.org/old-c','[{"doc_id": "old-c", "url": "https://example.org/old-c", "title": "Report old-c", "published": "2015-11-09", "source": "Test Wire"}]',1,'[]',0,1796286986);
INSERT INTO "events" VALUES(6,'ev-8d2d54eac9fa','Air/drone strike|SY','m-102f91b46dcf6dd4','Explosions/Remote violence','Air/drone strike','Russian Armed Forces',NULL,'[]','Aleppo','SY',NULL,36.2,37.15,1,'2015-11-06','2015-11-06','day',NULL,'[]',NULL,NULL,'["Warplanes struck Aleppo on Friday."]',0.5,'https://example.org/old-a','[{"doc_id": "old-a", "url": "https://example.org/old-a", "title": "Report old-a", "published": "2015-11-09", "source": "Test Wire"}]',1,'[]',0,1796286986);
CREATE VIRTUAL TABLE events_geo USING rtree(rid, min_lat, max_lat, min_lon, max_lon);
INSERT INTO "events_geo" VALUES(3,3.578189849853515625e+01,3.57819061279296874995e+01,3.74977989196777343754e+01,37.497802734375);
INSERT INTO "events_geo" VALUES(4,3.61899986267089843758e+01,3.61900024414062499995e+01,3.757999420166015625e+01,3.75800018310546874995e+01);
INSERT INTO "events_geo" VALUES(5,3.61999969482421874995e+01,3.62000007629394531254e+01,3.71499938964843750004e+01,3.715000152587890625e+01);
INSERT INTO "events_geo" VALUES(6,3.61999969482421874995e+01,3.62000007629394531254e+01,3.71499938964843750004e+01,3.715000152587890625e+01);
CREATE TABLE mentions (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL, block TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            actor1 TEXT, actor2 TEXT, assoc_actors TEXT NOT NULL, location TEXT, country TEXT, latitude REAL,
            longitude REAL, geo_precision INTEGER, date_start TEXT, date_end TEXT, date_precision TEXT,
            fatalities INTEGER, count INTEGER, claimed_by TEXT, evidence TEXT NOT NULL, confidence REAL NOT NULL,
            url TEXT);
INSERT INTO "mentions" VALUES('m-daf1a13c4dfba3a7','old-a',0,'Government regains territory|SY','Battles','Government regains territory','Syrian Government Forces',NULL,'[]','Khanasir','SY',35.7819,37.4978,1,'2015-11-04','2015-11-04','day',12,NULL,NULL,'["old-a says Government regains territory at Khanasir on 2015-11-04."]',0.5,'https://example.org/old-a');
INSERT INTO "mentions" VALUES('m-102f91b46dcf6dd4','old-a',1,'Air/drone strike|SY','Explosions/Remote violence','Air/drone strike','Russian Armed Forces',NULL,'[]','Aleppo','SY',36.2,37.15,1,'2015-11-06','2015-11-06','day',NULL,NULL,NULL,'["Warplanes struck Aleppo on Friday."]',0.5,'https://example.org/old-a');
INSERT INTO "mentions" VALUES('m-98ab26624abefde1','old-b',0,'Government regains territory|SY','Battles','Government regains territory',NULL,NULL,'[]','Khanasir countryside','SY',35.8119,3.75477999999999951792e+01,2,'2015-11-02','2015-11-08','week',15,NULL,NULL,'["old-b says Government regains territory at Khanasir countryside on 2015-11-02."]',0.5,'https://example.org/old-b');
INSERT INTO "mentions" VALUES('m-a997c5d9bdffc948','old-c',0,'Air/drone strike|SY','Explosions/Remote violence','Air/drone strike','Russian Armed Forces',NULL,'[]','Aleppo','SY',36.2,37.15,1,'2015-11-06','2015-11-06','day',NULL,NULL,NULL,'["Jets bombed the city of Aleppo."]',0.5,'https://example.org/old-c');
INSERT INTO "mentions" VALUES('m-160c913f135ce7c6','old-c',1,'Armed clash|SY','Battles','Armed clash','Islamic State','Syrian Government Forces','[]','Kweiris Airbase','SY',36.19,37.58,1,'2015-10-01','2015-11-09','month',NULL,NULL,NULL,'["Fighting went on around the airbase."]',0.5,'https://example.org/old-c');
CREATE TABLE rejections (
            id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, mention_ids TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('reject', 'restore')), note TEXT, who TEXT NOT NULL,
            at TEXT NOT NULL);
INSERT INTO "rejections" VALUES(1,'ev-348706f94876','["m-160c913f135ce7c6"]','reject','not in the sources','ana','2026-12-03T08:36:26+00:00');
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
INSERT INTO "schema_version" VALUES(1,'2026-12-03T08:36:26+00:00');
INSERT INTO "schema_version" VALUES(2,'2026-12-03T08:36:26+00:00');
INSERT INTO "schema_version" VALUES(3,'2026-12-03T08:36:26+00:00');
INSERT INTO "schema_version" VALUES(4,'2026-12-03T08:36:26+00:00');
CREATE TABLE timeline_counts (grain TEXT NOT NULL, f TEXT NOT NULL, day TEXT NOT NULL, k TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (grain, f, day, k)) WITHOUT ROWID;
INSERT INTO "timeline_counts" VALUES(':a','','2015-11-04','Syrian Government Forces',1);
INSERT INTO "timeline_counts" VALUES(':a','','2015-11-06','Russian Armed Forces',2);
INSERT INTO "timeline_counts" VALUES(':c','','2015-11-04','SY',1);
INSERT INTO "timeline_counts" VALUES(':c','','2015-11-06','SY',2);
INSERT INTO "timeline_counts" VALUES(':t','','2015-11-04','Battles',1);
INSERT INTO "timeline_counts" VALUES(':t','','2015-11-06','Explosions/Remote violence',2);
INSERT INTO "timeline_counts" VALUES('c:a','SY','2015-11-04','Syrian Government Forces',1);
INSERT INTO "timeline_counts" VALUES('c:a','SY','2015-11-06','Russian Armed Forces',2);
INSERT INTO "timeline_counts" VALUES('c:c','SY','2015-11-04','SY',1);
INSERT INTO "timeline_counts" VALUES('c:c','SY','2015-11-06','SY',2);
INSERT INTO "timeline_counts" VALUES('c:t','SY','2015-11-04','Battles',1);
INSERT INTO "timeline_counts" VALUES('c:t','SY','2015-11-06','Explosions/Remote violence',2);
INSERT INTO "timeline_counts" VALUES('s:a','Air/drone strike','2015-11-06','Russian Armed Forces',2);
INSERT INTO "timeline_counts" VALUES('s:a','Government regains territory','2015-11-04','Syrian Government Forces',1);
INSERT INTO "timeline_counts" VALUES('s:c','Air/drone strike','2015-11-06','SY',2);
INSERT INTO "timeline_counts" VALUES('s:c','Government regains territory','2015-11-04','SY',1);
INSERT INTO "timeline_counts" VALUES('s:t','Air/drone strike','2015-11-06','Explosions/Remote violence',2);
INSERT INTO "timeline_counts" VALUES('s:t','Government regains territory','2015-11-04','Battles',1);
INSERT INTO "timeline_counts" VALUES('t:a','Battles','2015-11-04','Syrian Government Forces',1);
INSERT INTO "timeline_counts" VALUES('t:a','Explosions/Remote violence','2015-11-06','Russian Armed Forces',2);
INSERT INTO "timeline_counts" VALUES('t:c','Battles','2015-11-04','SY',1);
INSERT INTO "timeline_counts" VALUES('t:c','Explosions/Remote violence','2015-11-06','SY',2);
INSERT INTO "timeline_counts" VALUES('t:t','Battles','2015-11-04','Battles',1);
INSERT INTO "timeline_counts" VALUES('t:t','Explosions/Remote violence','2015-11-06','Explosions/Remote violence',2);
INSERT INTO "timeline_counts" VALUES('x:a','Islamic State','2015-11-04','Syrian Government Forces',1);
INSERT INTO "timeline_counts" VALUES('x:a','Russian Armed Forces','2015-11-06','Russian Armed Forces',2);
INSERT INTO "timeline_counts" VALUES('x:a','Syrian Government Forces','2015-11-04','Syrian Government Forces',1);
INSERT INTO "timeline_counts" VALUES('x:c','Islamic State','2015-11-04','SY',1);
INSERT INTO "timeline_counts" VALUES('x:c','Russian Armed Forces','2015-11-06','SY',2);
INSERT INTO "timeline_counts" VALUES('x:c','Syrian Government Forces','2015-11-04','SY',1);
INSERT INTO "timeline_counts" VALUES('x:t','Islamic State','2015-11-04','Battles',1);
INSERT INTO "timeline_counts" VALUES('x:t','Russian Armed Forces','2015-11-06','Explosions/Remote violence',2);
INSERT INTO "timeline_counts" VALUES('x:t','Syrian Government Forces','2015-11-04','Battles',1);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_block ON mentions(block);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX events_block ON events(block);
CREATE INDEX events_type_date ON events(event_type, date_start, date_end, rejected);
CREATE INDEX events_sub_date ON events(sub_event_type, date_start, date_end, rejected);
CREATE INDEX events_date ON events(date_start, date_end, rejected, event_type, sub_event_type, country,
                                           fatalities, actor1, actor2, assoc_actors, latitude, longitude);
CREATE INDEX events_country_date ON events(country, date_start, date_end, rejected);
CREATE INDEX events_span ON events(julianday(date_end) - julianday(date_start));
CREATE INDEX events_odd_window ON events(date_start) WHERE (date_end IS NULL OR date_end < date_start);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('corrections',3);
INSERT INTO "sqlite_sequence" VALUES('rejections',1);
COMMIT;
