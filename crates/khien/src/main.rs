//! `khien`: the one binary. Glue only: it parses the command line, opens the registry, and
//! either serves the HTTP API or runs an operator command against the registry.

#![forbid(unsafe_code)]

/// Prints a line on standard output; a closed pipe (`khien ... | head`) ends the program
/// quietly instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut out = std::io::stdout().lock();
        if let Err(e) = writeln!(out, $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
        }
    }};
}

mod cases;
mod cli;
mod forms;
mod keys;
mod log;
mod output;
mod scan;
mod scan_registry;
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
