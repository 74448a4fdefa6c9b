//! Cluster Desk's printed and exported documents. PDF text is shaped with rustybuzz and
//! broken into lines with ICU4X here, never by the PDF library, so Khmer prints right;
//! spreadsheets are written with rust_xlsxwriter. Reads the core's types; knows
//! nothing of Tauri.

pub mod charts;
pub mod error;
pub mod files;
pub mod fonts;
pub mod forms;
pub mod labels;
pub mod lang;
pub mod pdf;
pub mod text;
pub mod xlsx;
pub mod xlsx_budget;
pub mod xlsx_contracts;
pub mod xlsx_study;

pub use error::{DocError, Result};
pub use lang::{LangMode, Text};
