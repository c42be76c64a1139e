//! Keeps the extractor's scores on `corpus/` at or above their floors. The floors only ever
//! rise: when the eval improves, raise them here in the same commit.

use zhnews::eval::{score, GoldArticle, Score};

/// (fact type, minimum F1)
const F1_FLOORS: &[(&str, f64)] = &[
    ("institutions", 1.0),
    ("figures", 1.0),
    ("dates", 1.0),
    ("programs (strict)", 1.0),
    ("programs (lenient)", 1.0),
    ("people", 1.0),
    ("events", 1.0),
];

/// Minimum agreement rates on attributes, meta fields and body checks.
const FIGURE_SUBJECTS: f64 = 0.94;
const PEOPLE_ORGANIZATIONS: f64 = 1.0;
const META_FIELDS: f64 = 1.0;
const BODY_CHECKS: f64 = 1.0;

fn corpus_score() -> Score {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let extractor = zhnews::Extractor::new();
    let mut total = Score::default();
    let mut articles = 0;
    for entry in std::fs::read_dir(dir.join("gold")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            let gold: GoldArticle = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let bytes = std::fs::read(dir.join(format!("{}.txt", gold.id))).unwrap();
            total.add(&score(&gold, &extractor.extract_bytes(&bytes).unwrap()));
            articles += 1;
        }
    }
    assert_eq!(articles, 5, "every corpus article has gold");
    total
}

#[test]
fn corpus_scores_stay_above_their_floors() {
    let s = corpus_score();
    let mut failures = Vec::new();
    for (name, counts) in s.rows() {
        let floor = F1_FLOORS.iter().find(|(n, _)| *n == name).map(|&(_, f)| f).expect("a floor per row");
        if counts.f1() < floor {
            failures.push(format!("{name}: F1 {:.3} < floor {floor}", counts.f1()));
        }
    }
    let rates = [
        ("figure subjects", s.figure_subjects.rate(), FIGURE_SUBJECTS),
        ("people organizations", s.people_organizations.rate(), PEOPLE_ORGANIZATIONS),
        ("meta fields", s.meta.rate(), META_FIELDS),
        ("body checks", s.body.rate(), BODY_CHECKS),
    ];
    for (name, rate, floor) in rates {
        if rate < floor {
            failures.push(format!("{name}: {rate:.3} < floor {floor}"));
        }
    }
    assert!(failures.is_empty(), "below the floor:\n{}\n\n{}", failures.join("\n"), s.table());
}
