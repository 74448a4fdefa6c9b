//! The office's SQLite file: opening, pragmas, migrations and the schema-version guard.

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::error::{CoreError, DbContext, Result};

/// File name of the office database inside the data folder.
pub const DB_FILE: &str = "cluster-desk.sqlite3";

/// Numbered migrations, each applied in its own transaction. Append only: a shipped
/// migration is never edited, since offices already ran it.
static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        // 1: gazetteer tables, office, settings, registers with their indexes.
        M::up(include_str!("../migrations/0001_registers.sql")),
        // 2: product catalogue, markets, study campaigns, vendor interviews.
        M::up(include_str!("../migrations/0002_market_study.sql")),
        // 3: SLG meetings, district forums (participants, agenda), clusters and plans.
        M::up(include_str!("../migrations/0003_meetings_forums.sql")),
        // 4: producer groups, by-laws, production plans, trainings, buyer links.
        M::up(include_str!("../migrations/0004_producer_groups.sql")),
        M::up(include_str!("../migrations/0005_contracts.sql")),
        M::up(include_str!("../migrations/0006_budgets.sql")),
    ])
});

/// The schema version this program writes (SQLite's `user_version`).
pub fn schema_version() -> u32 {
    // One migration per version; the vector above is the only source of the count.
    MIGRATION_COUNT
}

const MIGRATION_COUNT: u32 = 6;

pub struct Store {
    pub(crate) conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the office database in `dir`, migrates it and loads
    /// the gazetteer on first start.
    pub fn open_in_dir(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| CoreError::Io {
            path: dir.display().to_string(),
            source,
        })?;
        Store::open(&dir.join(DB_FILE))
    }

    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).ctx("opening the database file")?;
        let mut store = Store { conn };
        store.prepare(true)?;
        Ok(store)
    }

    /// A private in-memory database, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().ctx("opening an in-memory database")?;
        let mut store = Store { conn };
        store.prepare(false)?;
        Ok(store)
    }

    /// Runs `work` so that either all of its writes land or none do. Nests: the store's
    /// own multi-row writes use savepoints too.
    pub fn atomically<T>(&mut self, work: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.conn
            .execute_batch("SAVEPOINT atomically")
            .ctx("starting a change")?;
        match work(self) {
            Ok(value) => {
                self.conn
                    .execute_batch("RELEASE atomically")
                    .ctx("committing a change")?;
                Ok(value)
            }
            Err(e) => {
                // The rollback's own failure would hide the cause: report the cause.
                let _ = self
                    .conn
                    .execute_batch("ROLLBACK TO atomically; RELEASE atomically");
                Err(e)
            }
        }
    }

    fn prepare(&mut self, wal: bool) -> Result<()> {
        // A second window or a backup tool may hold the file briefly: wait, do not fail.
        self.conn
            .busy_timeout(std::time::Duration::from_secs(5))
            .ctx("setting the busy timeout")?;
        if wal {
            // WAL survives power cuts better and lets readers run beside the writer.
            self.conn
                .pragma_update(None, "journal_mode", "WAL")
                .ctx("switching to WAL")?;
            self.conn
                .pragma_update(None, "synchronous", "NORMAL")
                .ctx("setting synchronous mode")?;
        }
        // SQLite's default 2 MB page cache thrashes on a province-size import (the random
        // ids spread index writes); 32 MB keeps it in memory and is spent only when used.
        self.conn
            .pragma_update(None, "cache_size", -32_768)
            .ctx("sizing the page cache")?;
        // Statement journals (every insert with a trigger writes one) stay in memory.
        self.conn
            .pragma_update(None, "temp_store", "MEMORY")
            .ctx("keeping temporary data in memory")?;
        self.conn
            .pragma_update(None, "foreign_keys", "ON")
            .ctx("enabling foreign keys")?;
        self.guard_version()?;
        MIGRATIONS.to_latest(&mut self.conn)?;
        crate::gazetteer::ensure_loaded(&mut self.conn)?;
        self.ensure_catalogue()?;
        Ok(())
    }

    /// Refuses a database written by a newer program before touching it.
    fn guard_version(&self) -> Result<()> {
        let found: u32 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .ctx("reading the schema version")?;
        let known = schema_version();
        if found > known {
            return Err(CoreError::DatabaseTooNew { found, known });
        }
        Ok(())
    }
}

/// How times are written in the database: local wall time, ISO 8601 to the second.
pub(crate) fn stamp(now: chrono::NaiveDateTime) -> String {
    now.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// A new record id: random UUIDs never collide when districts are merged.
pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_count_matches_the_list() {
        assert!(
            MIGRATIONS.validate().is_ok(),
            "migrations must be valid SQL"
        );
        let store = Store::open_in_memory().unwrap();
        let v: u32 = store
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(
            v,
            schema_version(),
            "MIGRATION_COUNT must equal the migrations listed"
        );
    }

    #[test]
    fn a_file_database_keeps_its_data_across_starts() {
        let dir = tempfile::tempdir().unwrap();
        let now = crate::testing::now();
        {
            let mut store = Store::open_in_dir(dir.path()).unwrap();
            store.load_demo(now).unwrap();
        }
        assert!(dir.path().join(DB_FILE).exists());
        let store = Store::open_in_dir(dir.path()).unwrap();
        let d = store.dashboard(now).unwrap();
        assert!(d.households > 250, "the demo survives a restart");
        assert_eq!(
            store.gazetteer_counts().unwrap().villages,
            14576,
            "the gazetteer loads once"
        );
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: bool = store
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert!(fk, "foreign keys are enforced");
    }

    #[test]
    fn an_older_program_refuses_a_newer_database_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open_in_dir(dir.path()).unwrap());
        let path = dir.path().join(DB_FILE);
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", schema_version() + 1)
            .unwrap();
        drop(conn);
        match Store::open(&path) {
            Err(CoreError::DatabaseTooNew { found, known }) => {
                assert_eq!((found, known), (schema_version() + 1, schema_version()));
            }
            Err(e) => panic!("expected DatabaseTooNew, got {e}"),
            Ok(_) => panic!("a newer database must be refused"),
        }
        let conn = Connection::open(&path).unwrap();
        let v: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(
            v,
            schema_version() + 1,
            "the refused database is not touched"
        );
    }
}
