//! Khiên's calendar: the Vietnamese lunar calendar computed at UTC+7 ([`lunar`]), public
//! holidays and working days ([`holidays`]) and the counting of legal periods under the Civil
//! Code ([`period`]).
//!
//! Pure computation: no I/O, no clock. Every statutory clock of Khiên stands on this crate, so
//! each rule cites its source and is tested against hand-worked cases.

#![forbid(unsafe_code)]

pub mod holidays;
pub mod lunar;
pub mod period;

pub use holidays::{Calendar, Holiday, Scope};
