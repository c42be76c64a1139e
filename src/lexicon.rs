//! The format shared by the data files in `src/lexicon/`: one entry per line, `#` starts a
//! comment, blank lines are skipped. Each stage parses the fields of its own files.

/// The entries of a lexicon file: its lines without comments and surrounding spaces, blank
/// lines skipped.
pub fn entries(src: &str) -> impl Iterator<Item = &str> {
    src.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    /// The example that documented `entries`.
    #[test]
    fn example_entries() {
        let src = "# heading\n卫健委 20000 nt\n\n疾控中心  # abbreviation\n";
        let entries: Vec<&str> = crate::lexicon::entries(src).collect();
        assert_eq!(entries, ["卫健委 20000 nt", "疾控中心"]);
    }
}
