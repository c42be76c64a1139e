//! Scores extracted records against gold annotations (the format of `corpus/gold/*.json`).
//!
//! Matching rules, per fact type (each gold fact matches at most one predicted fact):
//! - institutions: by name, or a name of one side among the other's aliases;
//! - figures: by `value` + `unit` + `upper` (subject agreement reported separately);
//! - dates: by `value` + `end_value`;
//! - programs: by name, *strict* (equal) and *lenient* (one contains the other);
//! - people: by name (organization agreement reported separately);
//! - events: by name.
//!
//! Meta fields are compared exactly; body checks count `body_must_contain` strings present
//! and `body_must_not_contain` strings absent.
//!
//! Not part of the library: included by `tests/eval_floor.rs`, `tests/gold_offsets.rs` and
//! `examples/eval.rs` with `#[path = "…/support/eval.rs"] mod eval;` (each uses a part).
#![allow(dead_code)]

use serde::{Deserialize, Serialize};
use zhnews::{Article, DateMention, Event, Figure, Institution, Person, Program};

/// Gold metadata (the subset of `meta` that annotators fill).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldMeta {
    pub title: Option<String>,
    pub published_at: Option<String>,
    pub source: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub editors: Vec<String>,
    pub original_title: Option<String>,
}

/// One gold annotation file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    pub meta: GoldMeta,
    #[serde(default)]
    pub institutions: Vec<Institution>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub dates: Vec<DateMention>,
    #[serde(default)]
    pub programs: Vec<Program>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub body_must_contain: Vec<String>,
    #[serde(default)]
    pub body_must_not_contain: Vec<String>,
}

/// True/false positives and negatives of one fact type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Agreement on an attribute among matched pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Agreement {
    pub agree: usize,
    pub total: usize,
}

impl Agreement {
    pub fn rate(&self) -> f64 {
        ratio(self.agree, self.total)
    }
    fn add(&mut self, o: Agreement) {
        self.agree += o.agree;
        self.total += o.total;
    }
}

/// Scores of one article or of a whole corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    pub institutions: Counts,
    pub figures: Counts,
    pub figure_subjects: Agreement,
    pub dates: Counts,
    pub programs_strict: Counts,
    pub programs_lenient: Counts,
    pub people: Counts,
    pub people_organizations: Agreement,
    pub events: Counts,
    pub meta: Agreement,
    pub body: Agreement,
}

impl Score {
    /// Adds another score (to total a corpus).
    pub fn add(&mut self, o: &Score) {
        self.institutions.add(o.institutions);
        self.figures.add(o.figures);
        self.figure_subjects.add(o.figure_subjects);
        self.dates.add(o.dates);
        self.programs_strict.add(o.programs_strict);
        self.programs_lenient.add(o.programs_lenient);
        self.people.add(o.people);
        self.people_organizations.add(o.people_organizations);
        self.events.add(o.events);
        self.meta.add(o.meta);
        self.body.add(o.body);
    }

    /// The fact-type rows `(name, counts)` in a fixed order.
    pub fn rows(&self) -> Vec<(&'static str, Counts)> {
        vec![
            ("institutions", self.institutions),
            ("figures", self.figures),
            ("dates", self.dates),
            ("programs (strict)", self.programs_strict),
            ("programs (lenient)", self.programs_lenient),
            ("people", self.people),
            ("events", self.events),
        ]
    }

    /// A plain-text table.
    pub fn table(&self) -> String {
        let mut s = format!("{:<20} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}\n", "fact", "tp", "fp", "fn", "P", "R", "F1");
        for (name, c) in self.rows() {
            s += &format!(
                "{:<20} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}\n",
                name,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            );
        }
        let agreements = [
            ("figure subjects", self.figure_subjects),
            ("people orgs", self.people_organizations),
            ("meta fields", self.meta),
            ("body checks", self.body),
        ];
        for (name, a) in agreements {
            s += &format!("{:<20} {:>5}/{:<5} {:>7.3}\n", name, a.agree, a.total, a.rate());
        }
        s
    }
}

/// Greedy one-to-one matching; returns matched `(gold, predicted)` index pairs and counts.
fn matching<G, P>(gold: &[G], pred: &[P], same: impl Fn(&G, &P) -> bool) -> (Vec<(usize, usize)>, Counts) {
    let mut used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(pi) = (0..pred.len()).find(|&pi| !used[pi] && same(g, &pred[pi])) {
            used[pi] = true;
            pairs.push((gi, pi));
        }
    }
    let tp = pairs.len();
    (pairs, Counts { tp, fp: pred.len() - tp, fn_: gold.len() - tp })
}

fn lenient(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (a.contains(b) || b.contains(a))
}

/// Scores one predicted record against its gold annotation.
pub fn score(gold: &GoldArticle, pred: &Article) -> Score {
    let mut s = Score::default();
    let inst_same = |g: &Institution, p: &Institution| {
        g.name == p.name || g.aliases.contains(&p.name) || p.aliases.contains(&g.name)
    };
    s.institutions = matching(&gold.institutions, &pred.institutions, inst_same).1;

    let (pairs, counts) = matching(&gold.figures, &pred.figures, |g, p| {
        (g.value - p.value).abs() < 0.01
            && g.unit == p.unit
            && match (g.upper, p.upper) {
                (None, None) => true,
                (Some(a), Some(b)) => (a - b).abs() < 0.01,
                _ => false,
            }
    });
    s.figures = counts;
    s.figure_subjects = Agreement {
        agree: pairs.iter().filter(|&&(g, p)| gold.figures[g].subject == pred.figures[p].subject).count(),
        total: pairs.len(),
    };

    s.dates = matching(&gold.dates, &pred.dates, |g, p| g.value == p.value && g.end_value == p.end_value).1;
    s.programs_strict = matching(&gold.programs, &pred.programs, |g, p| g.name == p.name).1;
    s.programs_lenient = matching(&gold.programs, &pred.programs, |g, p| lenient(&g.name, &p.name)).1;

    let (pairs, counts) = matching(&gold.people, &pred.people, |g, p| g.name == p.name);
    s.people = counts;
    s.people_organizations = Agreement {
        agree: pairs.iter().filter(|&&(g, p)| gold.people[g].organization == pred.people[p].organization).count(),
        total: pairs.len(),
    };
    s.events = matching(&gold.events, &pred.events, |g, p| g.name == p.name).1;

    let m = &pred.meta;
    let g = &gold.meta;
    let checks = [
        g.title == m.title,
        g.published_at == m.published_at,
        g.source == m.source,
        g.authors == m.authors,
        g.editors == m.editors,
        g.original_title == m.original_title,
    ];
    s.meta = Agreement { agree: checks.iter().filter(|&&c| c).count(), total: checks.len() };
    let present = gold.body_must_contain.iter().filter(|t| pred.body.contains(t.as_str())).count();
    let absent = gold.body_must_not_contain.iter().filter(|t| !pred.body.contains(t.as_str())).count();
    s.body =
        Agreement { agree: present + absent, total: gold.body_must_contain.len() + gold.body_must_not_contain.len() };
    s
}

/// Differences between gold and prediction, one line each, for error analysis.
pub fn differences(gold: &GoldArticle, pred: &Article) -> Vec<String> {
    fn diff<G, P>(
        out: &mut Vec<String>,
        what: &str,
        gold: &[G],
        pred: &[P],
        same: impl Fn(&G, &P) -> bool,
        show_g: impl Fn(&G) -> String,
        show_p: impl Fn(&P) -> String,
    ) {
        let (pairs, _) = matching(gold, pred, &same);
        for (i, g) in gold.iter().enumerate() {
            if !pairs.iter().any(|&(gi, _)| gi == i) {
                out.push(format!("missed {what}: {}", show_g(g)));
            }
        }
        for (i, p) in pred.iter().enumerate() {
            if !pairs.iter().any(|&(_, pi)| pi == i) {
                out.push(format!("spurious {what}: {}", show_p(p)));
            }
        }
    }
    let mut out = Vec::new();
    let (g, m) = (&gold.meta, &pred.meta);
    let meta_fields: [(&str, String, String); 6] = [
        ("title", format!("{:?}", g.title), format!("{:?}", m.title)),
        ("published_at", format!("{:?}", g.published_at), format!("{:?}", m.published_at)),
        ("source", format!("{:?}", g.source), format!("{:?}", m.source)),
        ("authors", format!("{:?}", g.authors), format!("{:?}", m.authors)),
        ("editors", format!("{:?}", g.editors), format!("{:?}", m.editors)),
        ("original_title", format!("{:?}", g.original_title), format!("{:?}", m.original_title)),
    ];
    for (field, want, got) in meta_fields {
        if want != got {
            out.push(format!("meta {field}: expected {want}, got {got}"));
        }
    }
    for t in gold.body_must_contain.iter().filter(|t| !pred.body.contains(t.as_str())) {
        out.push(format!("body lacks {t:?}"));
    }
    for t in gold.body_must_not_contain.iter().filter(|t| pred.body.contains(t.as_str())) {
        out.push(format!("body has furniture {t:?}"));
    }
    let inst = |i: &Institution| format!("{} ({:?}) aliases={:?}", i.name, i.kind, i.aliases);
    diff(
        &mut out,
        "institution",
        &gold.institutions,
        &pred.institutions,
        |g, p| g.name == p.name || g.aliases.contains(&p.name) || p.aliases.contains(&g.name),
        inst,
        inst,
    );
    let fig =
        |f: &Figure| format!("{} {:?}-{:?} {:?} subject={:?}", f.mention.text, f.value, f.upper, f.unit, f.subject);
    diff(
        &mut out,
        "figure",
        &gold.figures,
        &pred.figures,
        |g, p| (g.value - p.value).abs() < 0.01 && g.unit == p.unit && g.upper == p.upper,
        fig,
        fig,
    );
    let date = |d: &DateMention| format!("{} → {}/{:?}", d.mention.text, d.value, d.end_value.map(|v| v.to_string()));
    diff(
        &mut out,
        "date",
        &gold.dates,
        &pred.dates,
        |g, p| g.value == p.value && g.end_value == p.end_value,
        date,
        date,
    );
    let prog = |p: &Program| format!("{} [{:?}] ({})", p.name, p.category, p.mention.text);
    diff(&mut out, "program", &gold.programs, &pred.programs, |g, p| g.name == p.name, prog, prog);
    let person = |p: &Person| format!("{} {:?} @ {:?}", p.name, p.titles, p.organization);
    diff(&mut out, "person", &gold.people, &pred.people, |g, p| g.name == p.name, person, person);
    let event = |e: &Event| format!("{} date={:?}", e.name, e.date);
    diff(&mut out, "event", &gold.events, &pred.events, |g, p| g.name == p.name, event, event);
    out
}
