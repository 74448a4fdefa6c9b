//! Where printed and exported files go, and what happens to them: the officer picks a
//! folder with the system's dialog, the file is written there and opened in the
//! default viewer for printing.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use cluster_documents::LangMode;

/// Writes every print and export into this folder without asking, and opens nothing:
/// for unattended runs (tests, a training laptop's fixed folder).
pub const PRINT_DIR_ENV: &str = "CLUSTER_DESK_PRINT_DIR";

/// The language a document is printed in, chosen at print time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum PrintMode {
    #[serde(rename = "km")]
    Km,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "km-en")]
    KmEn,
}

impl From<PrintMode> for LangMode {
    fn from(mode: PrintMode) -> LangMode {
        match mode {
            PrintMode::Km => LangMode::Km,
            PrintMode::En => LangMode::En,
            PrintMode::KmEn => LangMode::KmEn,
        }
    }
}

/// How far a long export has gone, sent as the `export-progress` event.
#[derive(Debug, Clone, Copy, Serialize, TS)]
pub struct ExportProgress {
    pub done: u32,
    pub total: u32,
}

pub const PROGRESS_EVENT: &str = "export-progress";

/// The folder to write into; `None` when the officer cancelled the dialog.
pub async fn choose_folder(app: &AppHandle) -> Option<(PathBuf, bool)> {
    if let Some(dir) = std::env::var_os(PRINT_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some((PathBuf::from(dir), false));
    }
    let app = app.clone();
    // The dialog blocks until the officer answers: keep it off the async runtime.
    let picked =
        tauri::async_runtime::spawn_blocking(move || app.dialog().file().blocking_pick_folder())
            .await
            .ok()
            .flatten()?;
    picked.into_path().ok().map(|p| (p, true))
}

/// Opens a written file in the system's viewer, when the officer chose the folder.
pub fn show(path: &std::path::Path, interactive: bool) {
    if interactive && let Err(e) = tauri_plugin_opener::open_path(path, None::<&str>) {
        // The file is written; only the viewer failed. The UI shows where it is.
        eprintln!("cluster-desk: could not open {}: {e}", path.display());
    }
}

/// A progress callback that reports every step to the window.
pub fn progress(app: &AppHandle) -> impl FnMut(u32, u32) + '_ {
    move |done, total| {
        let _ = app.emit(PROGRESS_EVENT, ExportProgress { done, total });
    }
}

/// Asks for the folder, runs `job` into it on the store, opens the result. `None`
/// when the officer cancelled.
pub async fn deliver(
    app: &AppHandle,
    state: &crate::state::AppState,
    job: impl FnOnce(&cluster_core::Store, &std::path::Path) -> cluster_documents::Result<PathBuf>,
) -> Result<Option<String>, crate::error::IpcError> {
    let Some((dir, interactive)) = choose_folder(app).await else {
        return Ok(None);
    };
    let path = state.with_doc(|store| job(store, &dir))?;
    show(&path, interactive);
    Ok(Some(path.display().to_string()))
}
