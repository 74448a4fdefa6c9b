//! Text: shaping, line-break opportunities, and lines.

pub mod breaks;
pub mod layout;
pub mod shape;

pub use layout::{Line, Style, wrap};
