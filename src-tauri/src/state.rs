//! The app's one database connection.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use cluster_core::Store;

use crate::error::IpcError;

/// Overrides the data folder (tests, portable use, training laptops).
pub const DATA_DIR_ENV: &str = "CLUSTER_DESK_DATA_DIR";

/// One connection behind a mutex is enough: one person uses the app at a time, every
/// command is a few milliseconds, and SQLite serialises writers anyway.
pub struct AppState {
    store: Mutex<Result<Store, IpcError>>,
    data_dir: PathBuf,
}

impl AppState {
    /// Opens the office database. A failure (a newer database, a locked or unreadable
    /// file) does not stop the app: every command then answers with that error, and the
    /// UI explains it instead of the window never appearing.
    pub fn open(data_dir: &Path) -> AppState {
        AppState {
            store: Mutex::new(Store::open_in_dir(data_dir).map_err(IpcError::from)),
            data_dir: data_dir.to_owned(),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Runs `f` on the store, turning its error into the IPC shape.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Store) -> cluster_core::Result<T>,
    ) -> Result<T, IpcError> {
        // A panic in an earlier command poisons the lock but cannot leave the store half
        // written (SQLite rolls back an unfinished transaction), so carry on with it.
        let mut guard = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_mut() {
            Ok(store) => f(store).map_err(IpcError::from),
            Err(e) => Err(e.clone()),
        }
    }
}

impl AppState {
    /// Runs a documents-crate job (printing, exporting) on the store.
    pub fn with_doc<T>(
        &self,
        f: impl FnOnce(&Store) -> cluster_documents::Result<T>,
    ) -> Result<T, IpcError> {
        let guard = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_ref() {
            Ok(store) => f(store).map_err(IpcError::from),
            Err(e) => Err(e.clone()),
        }
    }
}

/// The data folder: `CLUSTER_DESK_DATA_DIR` when set and not empty, else the OS's
/// app-data folder for the app.
pub fn data_dir(app_data_dir: impl FnOnce() -> Option<PathBuf>) -> PathBuf {
    choose_data_dir(std::env::var_os(DATA_DIR_ENV), app_data_dir)
}

fn choose_data_dir(
    from_env: Option<std::ffi::OsString>,
    app_data_dir: impl FnOnce() -> Option<PathBuf>,
) -> PathBuf {
    match from_env {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => app_data_dir().unwrap_or_else(|| PathBuf::from(".")),
    }
}

/// Local wall time, the clock the core is given.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

#[cfg(test)]
mod tests {
    use cluster_core::ErrorCode;

    use super::*;

    #[test]
    fn the_environment_overrides_the_app_data_folder() {
        let os = || Some(PathBuf::from("/os/app-data"));
        assert_eq!(
            choose_data_dir(Some("/training".into()), os),
            PathBuf::from("/training")
        );
        assert_eq!(
            choose_data_dir(Some("".into()), os),
            PathBuf::from("/os/app-data")
        );
        assert_eq!(choose_data_dir(None, os), PathBuf::from("/os/app-data"));
    }

    #[test]
    fn commands_answer_from_a_fresh_database_in_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path());
        assert_eq!(state.with(|s| s.office()).unwrap(), None);
        let err = state.with(|s| s.require_office()).unwrap_err();
        assert_eq!(err.code, ErrorCode::OfficeNotSetUp);
        assert!(dir.path().join(cluster_core::store::DB_FILE).exists());
    }

    #[test]
    fn a_database_that_cannot_be_opened_is_reported_by_every_command() {
        let dir = tempfile::tempdir().unwrap();
        drop(cluster_core::Store::open_in_dir(dir.path()).unwrap());
        let file = dir.path().join(cluster_core::store::DB_FILE);
        let conn = rusqlite::Connection::open(file).unwrap();
        conn.pragma_update(None, "user_version", cluster_core::schema_version() + 1)
            .unwrap();
        drop(conn);

        let state = AppState::open(dir.path());
        for _ in 0..2 {
            let err = state.with(|s| s.settings()).unwrap_err();
            assert_eq!(err.code, ErrorCode::DatabaseTooNew);
            assert!(err.message.contains("newer"), "{}", err.message);
        }
    }
}
