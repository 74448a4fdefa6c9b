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

/// The data folder: `CLUSTER_DESK_DATA_DIR` when set and not empty, else the OS's
/// app-data folder for the app.
pub fn data_dir(app_data_dir: impl FnOnce() -> Option<PathBuf>) -> PathBuf {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => app_data_dir().unwrap_or_else(|| PathBuf::from(".")),
    }
}

/// Local wall time, the clock the core is given.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}
