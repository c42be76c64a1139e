//! Keeps the extractor's scores on `corpus/` and on the development set `corpus/dev/` at or
//! above their floors. The floors only ever rise: when the eval improves, raise them here in
//! the same commit.

#[path = "support/eval.rs"]
mod eval;

use eval::{score, GoldArticle, Score};

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

fn score_set(set: &str, expected_articles: usize) -> Score {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(set);
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
    assert_eq!(articles, expected_articles, "every article of {set} has gold");
    total
}

/// Floors of the development set (articles of other outlets, regions and scripts).
const DEV_F1_FLOORS: &[(&str, f64)] = &[
    ("institutions", 0.91),
    ("figures", 0.98),
    ("dates", 0.95),
    ("programs (strict)", 0.84),
    ("programs (lenient)", 0.90),
    ("people", 1.0),
    ("events", 1.0),
];
const DEV_RATES: Rates = Rates { figure_subjects: 0.78, people_organizations: 0.77, meta: 0.98, body: 1.0 };

const CORPUS_RATES: Rates = Rates {
    figure_subjects: FIGURE_SUBJECTS,
    people_organizations: PEOPLE_ORGANIZATIONS,
    meta: META_FIELDS,
    body: BODY_CHECKS,
};

struct Rates {
    figure_subjects: f64,
    people_organizations: f64,
    meta: f64,
    body: f64,
}

#[test]
fn corpus_scores_stay_above_their_floors() {
    check(&score_set("corpus", 5), F1_FLOORS, &CORPUS_RATES);
}

#[test]
fn dev_scores_stay_above_their_floors() {
    check(&score_set("corpus/dev", 10), DEV_F1_FLOORS, &DEV_RATES);
}

fn check(s: &Score, f1_floors: &[(&str, f64)], floors: &Rates) {
    let mut failures = Vec::new();
    for (name, counts) in s.rows() {
        let floor = f1_floors.iter().find(|(n, _)| *n == name).map(|&(_, f)| f).expect("a floor per row");
        if counts.f1() < floor {
            failures.push(format!("{name}: F1 {:.3} < floor {floor}", counts.f1()));
        }
    }
    let rates = [
        ("figure subjects", s.figure_subjects.rate(), floors.figure_subjects),
        ("people organizations", s.people_organizations.rate(), floors.people_organizations),
        ("meta fields", s.meta.rate(), floors.meta),
        ("body checks", s.body.rate(), floors.body),
    ];
    for (name, rate, floor) in rates {
        if rate < floor {
            failures.push(format!("{name}: {rate:.3} < floor {floor}"));
        }
    }
    assert!(failures.is_empty(), "below the floor:\n{}\n\n{}", failures.join("\n"), s.table());
}
