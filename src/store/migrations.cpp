#include "store/migrations.h"

#include "store/database.h"
#include "store/hourlybackfill.h"
#include "store/logging.h"
#include "store/loglayout.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace vigie::store {

namespace {

// Times are INTEGER milliseconds since the epoch (UTC); days are yyyyMMdd.
// Remote objects keep typed columns plus `raw` (the JSON object as received).
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE customers(
  id TEXT PRIMARY KEY COLLATE NOCASE,
  company_name TEXT, domain TEXT, relationship TEXT, associated_partner_id TEXT,
  raw TEXT NOT NULL, synced_at INTEGER NOT NULL);
CREATE TABLE resellers(
  customer_id TEXT NOT NULL COLLATE NOCASE, id TEXT NOT NULL COLLATE NOCASE,
  name TEXT, mpn_id TEXT, raw TEXT NOT NULL, synced_at INTEGER NOT NULL,
  PRIMARY KEY(customer_id, id));
CREATE TABLE subscriptions(
  id TEXT PRIMARY KEY COLLATE NOCASE, customer_id TEXT NOT NULL COLLATE NOCASE,
  offer_id TEXT, offer_name TEXT, friendly_name TEXT, status TEXT, etag TEXT, partner_id TEXT,
  raw TEXT NOT NULL, synced_at INTEGER NOT NULL);
CREATE INDEX subscriptions_customer ON subscriptions(customer_id);
CREATE TABLE entitlements(
  id TEXT PRIMARY KEY COLLATE NOCASE, subscription_id TEXT NOT NULL COLLATE NOCASE,
  customer_id TEXT NOT NULL COLLATE NOCASE, friendly_name TEXT, status TEXT,
  raw TEXT NOT NULL, synced_at INTEGER NOT NULL);
CREATE INDEX entitlements_subscription ON entitlements(subscription_id);
CREATE TABLE alerts(
  id TEXT PRIMARY KEY COLLATE NOCASE,
  display_name TEXT, alert_type TEXT, status TEXT, severity TEXT, confidence TEXT,
  customer_id TEXT COLLATE NOCASE, subscription_id TEXT COLLATE NOCASE,
  reseller_tenant_id TEXT COLLATE NOCASE, catalog_offer_id TEXT,
  detected_at INTEGER, first_observed_at INTEGER, last_observed_at INTEGER,
  resolved_reason TEXT, resolved_at INTEGER, resolved_by TEXT,
  is_test INTEGER NOT NULL DEFAULT 0,
  raw TEXT NOT NULL, synced_at INTEGER NOT NULL);
CREATE INDEX alerts_status ON alerts(status, detected_at);
CREATE INDEX alerts_customer ON alerts(customer_id, detected_at);
CREATE TABLE alert_events(
  id INTEGER PRIMARY KEY, alert_id TEXT NOT NULL COLLATE NOCASE, at INTEGER NOT NULL,
  kind TEXT NOT NULL, old_status TEXT, new_status TEXT, detail TEXT);
CREATE INDEX alert_events_alert ON alert_events(alert_id, at);
CREATE TABLE signins(
  id TEXT NOT NULL, customer_id TEXT NOT NULL COLLATE NOCASE, created_at INTEGER NOT NULL,
  user_id TEXT, upn TEXT, app_id TEXT, app_name TEXT, ip TEXT, country TEXT,
  error_code INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL DEFAULT 'sync', raw TEXT NOT NULL);
CREATE UNIQUE INDEX signins_id ON signins(customer_id, id);
CREATE INDEX signins_time ON signins(customer_id, created_at);
CREATE TABLE audits(
  id TEXT NOT NULL, customer_id TEXT NOT NULL COLLATE NOCASE, activity_at INTEGER NOT NULL,
  category TEXT, activity TEXT, result TEXT, logged_by_service TEXT, actor TEXT,
  source TEXT NOT NULL DEFAULT 'sync', raw TEXT NOT NULL);
CREATE UNIQUE INDEX audits_id ON audits(customer_id, id);
CREATE INDEX audits_time ON audits(customer_id, activity_at);
CREATE TABLE spend_daily(
  subscription_id TEXT NOT NULL COLLATE NOCASE, customer_id TEXT NOT NULL COLLATE NOCASE,
  day INTEGER NOT NULL, cost REAL NOT NULL, currency TEXT, synced_at INTEGER NOT NULL,
  PRIMARY KEY(subscription_id, day));
CREATE INDEX spend_customer ON spend_daily(customer_id, day);
-- Daily rollups maintained at ingest: charts never scan raw events.
CREATE TABLE signin_daily(
  customer_id TEXT NOT NULL COLLATE NOCASE, day INTEGER NOT NULL,
  total INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(customer_id, day));
CREATE TABLE audit_daily(
  customer_id TEXT NOT NULL COLLATE NOCASE, day INTEGER NOT NULL,
  total INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(customer_id, day));
CREATE TABLE findings(
  id INTEGER PRIMARY KEY, rule_id TEXT NOT NULL, customer_id TEXT NOT NULL COLLATE NOCASE,
  subject TEXT NOT NULL, bucket_start INTEGER NOT NULL, severity TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'new', first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
  count INTEGER NOT NULL DEFAULT 0, evidence TEXT NOT NULL DEFAULT '[]',
  detail TEXT NOT NULL DEFAULT '{}', unconfigured INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  UNIQUE(rule_id, customer_id, subject, bucket_start));
CREATE INDEX findings_state ON findings(state, last_seen);
CREATE INDEX findings_customer ON findings(customer_id, last_seen);
CREATE TABLE rule_settings(
  customer_id TEXT PRIMARY KEY COLLATE NOCASE, settings TEXT NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE outbox(
  id INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  target_id TEXT NOT NULL, payload TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'queued',
  attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX outbox_state ON outbox(state, created_at);
CREATE TABLE notes(
  id INTEGER PRIMARY KEY, object_kind TEXT NOT NULL, object_id TEXT NOT NULL COLLATE NOCASE,
  text TEXT NOT NULL, author TEXT, created_at INTEGER NOT NULL);
CREATE INDEX notes_object ON notes(object_kind, object_id);
CREATE TABLE sync_state(
  stream TEXT PRIMARY KEY, cursor TEXT, watermark INTEGER, last_success INTEGER,
  last_error TEXT, updated_at INTEGER NOT NULL);
CREATE TABLE activity(
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT, verb TEXT NOT NULL,
  object_kind TEXT, object_id TEXT, detail TEXT);
CREATE INDEX activity_time ON activity(at);
)sql";

// Detection engine state (src/analytics): per-customer/stream watermark,
// threshold windows and baseline counts, so a later batch continues them.
constexpr const char *kSchemaV2 = R"sql(
CREATE TABLE detection_state(
  customer_id TEXT NOT NULL COLLATE NOCASE, stream TEXT NOT NULL,
  last_rowid INTEGER NOT NULL DEFAULT 0, first_event_at INTEGER,
  fields_seen TEXT NOT NULL DEFAULT '[]', updated_at INTEGER NOT NULL,
  PRIMARY KEY(customer_id, stream));
CREATE TABLE detection_windows(
  rule_id TEXT NOT NULL, customer_id TEXT NOT NULL COLLATE NOCASE, subject TEXT NOT NULL,
  events TEXT NOT NULL, active_bucket INTEGER,
  PRIMARY KEY(rule_id, customer_id, subject));
CREATE TABLE detection_counts(
  rule_id TEXT NOT NULL, customer_id TEXT NOT NULL COLLATE NOCASE, subject TEXT NOT NULL,
  bucket INTEGER NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY(rule_id, customer_id, subject, bucket));
CREATE INDEX findings_rule ON findings(rule_id, first_seen);
)sql";

// Sign-ins in (customer, time, id) order with every typed column: a
// detection pass walks this index alone, in the order it evaluates, and reads
// the raw JSON (most of a row's bytes) only for the events a rule inspects.
// It replaces signins_time, its prefix.
constexpr const char *kSchemaV3 = R"sql(
CREATE INDEX signins_scan ON signins(customer_id, created_at, id, error_code, app_id, app_name,
  user_id, upn, ip, country);
DROP INDEX signins_time;
)sql";

// The sign-in's authentication protocol (Graph `authenticationProtocol`:
// oAuth2, ropc, deviceCode...) as a typed column in the scan index: the ROPC
// rule (A7) then needs no raw JSON, which a pass reads only where a rule
// looks inside it (reading it was most of a pass's cost). Existing rows take
// it from their raw JSON.
constexpr const char *kSchemaV4 = R"sql(
ALTER TABLE signins ADD COLUMN auth_protocol TEXT;
UPDATE signins SET auth_protocol = CASE WHEN json_valid(raw)
  THEN nullif(json_extract(raw, '$.authenticationProtocol'), '') END;
DROP INDEX signins_scan;
CREATE INDEX signins_scan ON signins(customer_id, created_at, id, error_code, app_id, app_name,
  user_id, upn, ip, country, auth_protocol);
)sql";

// The compact event layout (issue #23): sign-ins and audits keyed by
// (customer, time, id), so new events append to the tree instead of landing
// at random places of a (customer, id) index, in WITHOUT ROWID tables that
// are their own covering index (the scan index duplicated every typed column);
// the raw JSON compressed per row with the customer's dictionary (raw_dicts,
// src/store/rawcodec.h). `rowid` is a real column there: the insertion
// sequence the detection watermarks count in, copied from the old rowids (a
// trigger numbers rows inserted without one). Run by migrateLogLayout
// (loglayout.cpp), which copies the rows in batches between the two scripts.
constexpr const char *kSchemaV5 = R"sql(
CREATE TABLE IF NOT EXISTS raw_dicts(
  id INTEGER PRIMARY KEY, customer_id TEXT NOT NULL COLLATE NOCASE, stream TEXT NOT NULL,
  samples INTEGER NOT NULL, created_at INTEGER NOT NULL, dict BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS raw_dicts_customer ON raw_dicts(customer_id, stream);
CREATE TABLE IF NOT EXISTS signins_v5(
  id TEXT NOT NULL, customer_id TEXT NOT NULL COLLATE NOCASE, created_at INTEGER NOT NULL,
  user_id TEXT, upn TEXT, app_id TEXT, app_name TEXT, ip TEXT, country TEXT,
  error_code INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL DEFAULT 'sync', raw NOT NULL,
  auth_protocol TEXT, rowid INTEGER,
  PRIMARY KEY(customer_id, created_at, id)) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS signins_seq ON signins_v5(rowid);
CREATE TABLE IF NOT EXISTS audits_v5(
  id TEXT NOT NULL, customer_id TEXT NOT NULL COLLATE NOCASE, activity_at INTEGER NOT NULL,
  category TEXT, activity TEXT, result TEXT, logged_by_service TEXT, actor TEXT,
  source TEXT NOT NULL DEFAULT 'sync', raw NOT NULL, rowid INTEGER,
  PRIMARY KEY(customer_id, activity_at, id)) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS audits_seq ON audits_v5(rowid);
CREATE TABLE IF NOT EXISTS migration_v5(stream TEXT PRIMARY KEY, done_rowid INTEGER NOT NULL);
)sql";
constexpr const char *kSchemaV5Swap = R"sql(
DROP TABLE signins;
DROP TABLE audits;
ALTER TABLE signins_v5 RENAME TO signins;
ALTER TABLE audits_v5 RENAME TO audits;
CREATE TRIGGER signins_seq_fill AFTER INSERT ON signins WHEN NEW.rowid IS NULL BEGIN
  UPDATE signins SET rowid = (SELECT coalesce(max(rowid), 0) + 1 FROM signins)
  WHERE customer_id = NEW.customer_id AND created_at = NEW.created_at AND id = NEW.id; END;
CREATE TRIGGER audits_seq_fill AFTER INSERT ON audits WHEN NEW.rowid IS NULL BEGIN
  UPDATE audits SET rowid = (SELECT coalesce(max(rowid), 0) + 1 FROM audits)
  WHERE customer_id = NEW.customer_id AND activity_at = NEW.activity_at AND id = NEW.id; END;
DROP TABLE migration_v5;
)sql";

// Customers page (issue 21): tags an analyst puts on customers, detection
// settings shared by every customer of a tag (a customer's own settings still
// win), and whether a tenant's log stream can be read at all (sign-ins need an
// Entra ID P1/P2 licence): a property of the tenant, re-probed once a day.
constexpr const char *kSchemaV7 = R"sql(
CREATE TABLE customer_tags(
  customer_id TEXT NOT NULL COLLATE NOCASE, tag TEXT NOT NULL COLLATE NOCASE,
  created_at INTEGER NOT NULL, PRIMARY KEY(customer_id, tag));
CREATE INDEX customer_tags_tag ON customer_tags(tag);
CREATE TABLE tag_rule_settings(
  tag TEXT PRIMARY KEY COLLATE NOCASE, settings TEXT NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE log_availability(
  customer_id TEXT NOT NULL COLLATE NOCASE, stream TEXT NOT NULL, available INTEGER NOT NULL,
  reason TEXT, probed_at INTEGER NOT NULL, PRIMARY KEY(customer_id, stream));
)sql";

// Covering indexes for the Overview's charts and KPI tiles (store/alertcharts):
// alerts per day by severity, type or customer, the open alerts per customer
// and subscription, and the resolutions of a period, each read from its index
// alone, never from the rows with their raw JSON. SQLite keeps them in step
// on every alert write, so they cannot drift from the table as a hand-kept
// alerts-per-day rollup could when an alert's severity or status changes.
constexpr const char *kSchemaV8 = R"sql(
CREATE INDEX alerts_trend ON alerts(detected_at, is_test, severity, alert_type, customer_id);
CREATE INDEX alerts_open ON alerts(status, is_test, customer_id, severity, subscription_id,
  detected_at);
CREATE INDEX alerts_resolution ON alerts(resolved_at, status, is_test, detected_at);
)sql";

// Failed sign-ins per customer, day and error code, kept at ingest beside
// signin_daily (the drill-down's "failed sign-ins by error code" chart reads
// it, never the raw rows). Existing rows are counted once here.
constexpr const char *kSchemaV10 = R"sql(
CREATE TABLE signin_errors_daily(
  customer_id TEXT NOT NULL COLLATE NOCASE, day INTEGER NOT NULL, error_code INTEGER NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(customer_id, day, error_code));
INSERT INTO signin_errors_daily(customer_id, day, error_code, count)
  SELECT customer_id,
         CAST(strftime('%Y%m%d', (created_at - ((created_at % 86400000) + 86400000) % 86400000)
                                 / 1000, 'unixepoch') AS INTEGER),
         error_code, count(*)
  FROM signins WHERE error_code != 0 GROUP BY 1, 2, 3;
)sql";

// Sign-ins (and failed ones) and audits per customer and UTC hour, kept at
// ingest beside the daily rollups: the alert detail's ±24 h context reads 48
// rows of each instead of counting every event of the window (a rollup row
// per customer-hour is ~40 bytes; a covering index would cost ~60 bytes per
// event). Run by migrateHourlyRollups (hourlybackfill.cpp), which counts the
// cached events in resumable batches with its cursor in migration_v11.
constexpr const char *kSchemaV11 = R"sql(
CREATE TABLE IF NOT EXISTS signin_hourly(
  customer_id TEXT NOT NULL COLLATE NOCASE, hour INTEGER NOT NULL,
  total INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(customer_id, hour)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_hourly(
  customer_id TEXT NOT NULL COLLATE NOCASE, hour INTEGER NOT NULL,
  total INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(customer_id, hour)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS migration_v11(stream TEXT PRIMARY KEY, done_rowid INTEGER NOT NULL);
)sql";

// Daily spend in its own key order (subscription, day): every spend view reads
// a subscription's days in that order, and in a rowid table each index entry
// cost a lookup of its row (47,000 random page reads for the Spend page of
// 200 customers; the table is its own covering index now).
constexpr const char *kSchemaV12 = R"sql(
CREATE TABLE spend_daily_v12(
  subscription_id TEXT NOT NULL COLLATE NOCASE, customer_id TEXT NOT NULL COLLATE NOCASE,
  day INTEGER NOT NULL, cost REAL NOT NULL, currency TEXT, synced_at INTEGER NOT NULL,
  PRIMARY KEY(subscription_id, day)) WITHOUT ROWID;
INSERT INTO spend_daily_v12(subscription_id, customer_id, day, cost, currency, synced_at)
  SELECT subscription_id, customer_id, day, cost, currency, synced_at FROM spend_daily;
DROP TABLE spend_daily;
ALTER TABLE spend_daily_v12 RENAME TO spend_daily;
CREATE INDEX spend_customer ON spend_daily(customer_id, day);
)sql";

// The insertion sequence without its indexes (issue 23). `signins_seq` and
// `audits_seq` took ~99 B per event on a synced cache (an index of a WITHOUT
// ROWID table carries the whole (customer, time, id) key): 16 % of the disk.
// What they served: the next rowid (max) and incremental detection's
// "this customer's rows after rowid W". `log_batches` keeps, per write batch
// and customer, the last rowid it took and the span of event times it wrote
// (one row per ~1,000 events): the next rowid is its max, and the rows after
// W lie within the times of the batches after W, read down the table's key.
// Existing events become one batch per customer.
constexpr const char *kSchemaV14 = R"sql(
CREATE TABLE log_batches(
  stream TEXT NOT NULL, last_rowid INTEGER NOT NULL,
  customer_id TEXT NOT NULL COLLATE NOCASE, first_at INTEGER NOT NULL, last_at INTEGER NOT NULL,
  PRIMARY KEY(stream, last_rowid)) WITHOUT ROWID;
CREATE INDEX log_batches_customer ON log_batches(stream, customer_id, last_rowid);
INSERT INTO log_batches(stream, last_rowid, customer_id, first_at, last_at)
  SELECT 'signins', max(rowid), customer_id, min(created_at), max(created_at) FROM signins
  GROUP BY customer_id;
INSERT INTO log_batches(stream, last_rowid, customer_id, first_at, last_at)
  SELECT 'audits', max(rowid), customer_id, min(activity_at), max(activity_at) FROM audits
  GROUP BY customer_id;
DROP TRIGGER signins_seq_fill;
DROP TRIGGER audits_seq_fill;
DROP INDEX signins_seq;
DROP INDEX audits_seq;
-- Rows written without a rowid (by hand, or tests) still get the next one,
-- recorded as a batch of their own.
CREATE TRIGGER signins_seq_fill AFTER INSERT ON signins WHEN NEW.rowid IS NULL BEGIN
  INSERT INTO log_batches(stream, last_rowid, customer_id, first_at, last_at)
    VALUES('signins', (SELECT coalesce(max(last_rowid), 0) + 1 FROM log_batches
                       WHERE stream = 'signins'), NEW.customer_id, NEW.created_at, NEW.created_at);
  UPDATE signins SET rowid = (SELECT max(last_rowid) FROM log_batches WHERE stream = 'signins')
  WHERE customer_id = NEW.customer_id AND created_at = NEW.created_at AND id = NEW.id; END;
CREATE TRIGGER audits_seq_fill AFTER INSERT ON audits WHEN NEW.rowid IS NULL BEGIN
  INSERT INTO log_batches(stream, last_rowid, customer_id, first_at, last_at)
    VALUES('audits', (SELECT coalesce(max(last_rowid), 0) + 1 FROM log_batches
                      WHERE stream = 'audits'), NEW.customer_id, NEW.activity_at, NEW.activity_at);
  UPDATE audits SET rowid = (SELECT max(last_rowid) FROM log_batches WHERE stream = 'audits')
  WHERE customer_id = NEW.customer_id AND activity_at = NEW.activity_at AND id = NEW.id; END;
)sql";

Status applyUpTo(Database &db, int target, const MigrationProgress &progress)
{
    const Result<qint64> readVersion = db.queryInt("PRAGMA user_version");
    if (!readVersion)
        return readVersion.error();
    const qint64 current = *readVersion;
    if (current > latestSchemaVersion()) {
        return Error::make(Error::Kind::TooNew,
                           QCoreApplication::translate(
                               "Store",
                               "The cache %1 was written by a newer version of Vigie (schema %2; "
                               "this version knows up to %3). It was left untouched; "
                               "update Vigie or use another cache with --cache.")
                               .arg(db.path())
                               .arg(current)
                               .arg(latestSchemaVersion()));
    }
    if (current >= target)
        return {};

    // Rounds of one transaction, each up to the next resumable migration,
    // which then runs in transactions of its own.
    while (true) {
        Transaction tx(db, Transaction::Kind::Immediate);
        if (!tx.isActive())
            return tx.beginStatus();
        // Another process may have migrated while we waited for the lock.
        const Result<qint64> readNow = db.queryInt("PRAGMA user_version");
        if (!readNow)
            return readNow.error();
        const qint64 now = *readNow;
        const Migration *resumable = nullptr;
        for (const Migration &m : migrations()) {
            if (m.version <= now || m.version > target)
                continue;
            if (m.resumable) {
                resumable = &m;
                break;
            }
            qCInfo(lcStore) << "migrating" << db.path() << "to schema" << m.version
                            << m.description;
            if (Status s = db.exec(m.sql); !s)
                return s;
            if (Status s = db.exec("PRAGMA user_version=" + QByteArray::number(m.version)); !s)
                return s;
        }
        if (Status s =
                db.exec("PRAGMA application_id=" + QByteArray::number(Database::kApplicationId));
            !s)
            return s;
        if (Status s = tx.commit(); !s || !resumable)
            return s;
        qCInfo(lcStore) << "migrating" << db.path() << "to schema" << resumable->version
                        << resumable->description;
        if (Status s = resumable->resumable(db, progress); !s)
            return s;
    }
}

// The analyst's ticks on each customer's response checklist (the keys of
// core/responsechecklist.h), one row per customer and item.
constexpr const char *kSchemaV6 = R"sql(
CREATE TABLE checklist_ticks(
  customer_id TEXT NOT NULL COLLATE NOCASE, item_key TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0, at INTEGER NOT NULL, by TEXT,
  PRIMARY KEY(customer_id, item_key));
)sql";

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1, "initial schema", kSchemaV1},
        {2, "detection state", kSchemaV2},
        {3, "sign-in scan index", kSchemaV3},
        {4, "sign-in authentication protocol", kSchemaV4},
        {5, "compact event layout", kSchemaV5, &migrateLogLayout},
        {6, "response checklist ticks", kSchemaV6},
        {7, "customer tags, tag settings, log availability", kSchemaV7},
        {8, "alert chart indexes", kSchemaV8},
        {10, "failed sign-ins per day by error code", kSchemaV10},
        {11, "hourly sign-in and audit rollups", kSchemaV11, &migrateHourlyRollups},
        {12, "daily spend in key order", kSchemaV12},
        {14, "insertion-sequence spans instead of rowid indexes", kSchemaV14},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().last().version;
}

Status migrate(Database &db, const MigrationProgress &progress)
{
    return applyUpTo(db, latestSchemaVersion(), progress);
}

Status migrateTo(Database &db, int version)
{
    return applyUpTo(db, version, {});
}

const char *logLayoutSwapSql()
{
    return kSchemaV5Swap;
}

Result<bool> beginResumableMigration(Database &db, int version)
{
    Transaction tx(db, Transaction::Kind::Immediate);
    const Result<bool> done = migrationFinishedElsewhere(tx, db, version);
    if (!done)
        return done.error();
    if (*done)
        return false;
    for (const Migration &m : migrations()) {
        if (m.version == version) {
            if (Status s = db.exec(m.sql); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<bool> migrationFinishedElsewhere(const Transaction &tx, Database &db, int version)
{
    if (!tx.isActive())
        return tx.beginStatus().error();
    const Result<qint64> v = db.queryInt("PRAGMA user_version");
    if (!v)
        return v.error();
    return *v >= version;
}

} // namespace vigie::store
