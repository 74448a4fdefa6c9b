//! Spreadsheet exports of the registers (being written).
