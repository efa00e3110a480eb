//! `khien`: the one binary. Glue only: it parses the command line, opens the registry, and
//! either serves the HTTP API or runs an operator command against the registry.

#![forbid(unsafe_code)]

mod cli;
mod output;
mod serve;
mod setup;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("lỗi: không khởi động được bộ thực thi (cannot start the runtime): {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lỗi (error): {e:#}");
            ExitCode::FAILURE
        }
    }
}
