//! A progress line on stderr for scans that take more than a moment: blobs and bytes scanned and
//! the rate. Only on a terminal; redirected stderr gets warnings and nothing else.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use keyhound::scan::Scanner;

/// How long a scan runs before progress is shown.
const DELAY: Duration = Duration::from_millis(800);
/// How often the line is redrawn.
const TICK: Duration = Duration::from_millis(200);

/// Runs `work`, drawing progress from `scanner`'s counters while it runs.
pub fn while_running<T>(scanner: &Scanner, work: impl FnOnce() -> T) -> T {
    if !std::io::stderr().is_terminal() {
        return work();
    }
    let done = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| draw(scanner, &done));
        let out = work();
        done.store(true, Ordering::Relaxed);
        out
    })
}

fn draw(scanner: &Scanner, done: &AtomicBool) {
    let start = Instant::now();
    let mut shown = false;
    while !done.load(Ordering::Relaxed) {
        std::thread::sleep(TICK);
        let elapsed = start.elapsed();
        if elapsed < DELAY || done.load(Ordering::Relaxed) {
            continue;
        }
        let (blobs, bytes) = scanner.progress();
        let mib = bytes as f64 / (1 << 20) as f64;
        let rate = mib / elapsed.as_secs_f64();
        eprint!("\r\x1b[2Kkeyhound: {blobs} blobs, {mib:.0} MiB scanned ({rate:.0} MiB/s)");
        let _ = std::io::stderr().flush();
        shown = true;
    }
    if shown {
        eprint!("\r\x1b[2K");
    }
}
