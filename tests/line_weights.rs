//! The weights files of the scored line classifier: the ones in force
//! (`src/lexicon/line_weights.tsv`) and the fitted ones (`src/lexicon/line_weights_fitted.tsv`,
//! written by `scripts/fit-layout.sh`) parse, and the fitted file was fitted on the runtime's
//! own features: the list it records is the runtime's, in its order (a feature added to the
//! classifier without a refit fails here).

use zhnews::internals::line_weights;

fn read(file: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon").join(file)).unwrap()
}

#[test]
fn both_weights_files_parse() {
    for file in ["line_weights.tsv", "line_weights_fitted.tsv"] {
        line_weights::check(&read(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    assert!(line_weights::check("body\tno_such_feature\t1").is_err());
    assert!(line_weights::check("nobody\tbias\t1").is_err());
    assert!(line_weights::check("body\tbias\tmany").is_err());
}

#[test]
fn the_fitted_file_records_the_runtime_features() {
    let fitted = read("line_weights_fitted.tsv");
    let recorded: Vec<&str> = fitted
        .lines()
        .find_map(|l| l.strip_prefix("# features:"))
        .expect("a `# features:` line")
        .split_whitespace()
        .collect();
    let runtime: Vec<String> = line_weights::features().into_iter().map(|(f, _)| f).collect();
    assert_eq!(recorded, runtime);
    // Every row weighs a line role or the title; title-only features only for the title.
    let roles = line_weights::line_roles();
    let title_only: Vec<String> = line_weights::features().into_iter().filter(|f| f.1).map(|f| f.0).collect();
    for row in fitted.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let fields: Vec<&str> = row.split('\t').collect();
        assert_eq!(fields.len(), 3, "{row}");
        let title = fields[0] == line_weights::title_role();
        assert!(title || roles.contains(&fields[0]), "{row}");
        assert!(title || !title_only.iter().any(|f| f == fields[1]), "{row}");
    }
}

/// Given weights are put in force once, before any parser is built; a second file is refused.
#[test]
fn given_weights_are_in_force_once() {
    line_weights::use_line_weights(&read("line_weights_fitted.tsv")).unwrap();
    assert!(line_weights::use_line_weights(&read("line_weights.tsv")).unwrap_err().contains("already in force"));
    // A parser built now decides with them: a line of prose is body.
    let parser = zhnews::internals::ArticleParser::new();
    let page = "某县新设胸痛中心\n2024-05-01 来源：某县融媒体中心\n县医院今日启用胸痛中心，救治时间大幅缩短。";
    let decisions = parser.line_decisions(page);
    assert_eq!(decisions.last().map(|d| d.role), Some("body"));
    assert_eq!(decisions[1].role, "meta");
}
