//! The printed forms, each a function from the core's records to PDF bytes.

pub mod attendance_sheet;
pub mod household_register;
pub mod market_brief;
pub mod market_interview_form;
