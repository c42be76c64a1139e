//! The corpus the benchmarks run on.
#![allow(dead_code)] // each bench uses part of it

/// The corpus articles (`corpus/*.txt`, UTF-8), in file-name order.
pub fn corpus() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("corpus is UTF-8")).collect()
}

/// The corpus articles, normalized (what the later stages read).
pub fn normalized_corpus() -> Vec<String> {
    corpus().iter().map(|t| zhnews::normalize(t).into_string()).collect()
}

/// The real pages of `../shared/realdev/` (`*.txt`, in file-name order), or `None` with one
/// line on stderr when that folder is absent (a clone without the shared data).
pub fn realdev() -> Option<Vec<String>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/realdev");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipping the realdev benchmarks: {dir} is absent");
        return None;
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Some(files.iter().filter_map(|p| std::fs::read(p).ok()).map(|b| String::from_utf8_lossy(&b).into_owned()).collect())
}
