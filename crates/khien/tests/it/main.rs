//! End-to-end tests: the real `khien` binary, its CLI and its server on 127.0.0.1:0.
//!
//! One test binary with modules (each file in `tests/` would link separately). Tests that
//! need PostgreSQL run when `KHIEN_TEST_POSTGRES_URL` is set at build time and are reported as
//! ignored, with the reason, when it is not.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail by panicking"
)]

mod access;
mod architecture;
mod bad_input;
mod browser;
mod cases;
mod cli;
mod console;
mod forms;
mod harness;
mod log;
mod logs;
mod matrix;
mod registers;
mod scan;
mod sessions;
mod subjects;
mod vault;
mod witness;
