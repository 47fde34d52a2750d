//! The `keyhound` binary: parses the command line and runs the command. All logic lives in the
//! library and in `cli`; this stays thin.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
