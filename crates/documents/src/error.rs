//! Errors of the documents crate.

use cluster_core::CoreError;

#[derive(Debug, thiserror::Error)]
pub enum DocError {
    #[error(transparent)]
    Core(#[from] CoreError),
    #[error("the embedded font {name} could not be read: {detail}")]
    Font { name: &'static str, detail: String },
    #[error("writing {path} failed: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("building the spreadsheet failed: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("drawing a chart failed: {0}")]
    Chart(String),
}

pub type Result<T, E = DocError> = std::result::Result<T, E>;
