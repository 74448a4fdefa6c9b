//! How an error crosses IPC: `{code, message, violations}`. The UI branches on `code`
//! and words the message in the user's language from its locale files (`errors.<code>`,
//! `rules.<rule>`); `message` is English for logs and bug reports.

use cluster_core::{CoreError, ErrorCode, Violation};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    pub violations: Vec<Violation>,
}

impl From<CoreError> for IpcError {
    fn from(e: CoreError) -> Self {
        if matches!(
            e.code(),
            ErrorCode::Database | ErrorCode::Io | ErrorCode::Internal
        ) {
            eprintln!("cluster-desk: {e}");
        }
        IpcError {
            code: e.code(),
            message: e.to_string(),
            violations: e.violations().to_vec(),
        }
    }
}

impl From<cluster_documents::DocError> for IpcError {
    fn from(e: cluster_documents::DocError) -> Self {
        use cluster_documents::DocError;
        match e {
            DocError::Core(core) => core.into(),
            DocError::Io { .. } => {
                eprintln!("cluster-desk: {e}");
                IpcError {
                    code: ErrorCode::Io,
                    message: e.to_string(),
                    violations: Vec::new(),
                }
            }
            DocError::Font { .. } | DocError::Xlsx(_) | DocError::Chart(_) => {
                eprintln!("cluster-desk: {e}");
                IpcError::internal(e.to_string())
            }
        }
    }
}

impl IpcError {
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError {
            code: ErrorCode::Internal,
            message: message.into(),
            violations: Vec::new(),
        }
    }
}
