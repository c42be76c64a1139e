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
//! Meta fields are compared exactly, and reported per field; body checks count
//! `body_must_contain` strings present and `body_must_not_contain` (furniture) strings absent,
//! reported apart. Events match by name or by one of the gold's aliases.
//!
//! Not part of the library: included by `tests/eval_floor.rs`, `tests/gold_offsets.rs` and
//! `examples/eval.rs` with `#[path = "…/support/eval.rs"] mod eval;` (each uses a part).
#![allow(dead_code)]

use serde::{Deserialize, Serialize};
use zhnews::{Article, DateMention, Event, Figure, Institution, Mention, Person, Program};

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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoldArticle {
    pub id: String,
    pub meta: GoldMeta,
    pub institutions: Vec<Institution>,
    pub figures: Vec<Figure>,
    pub dates: Vec<DateMention>,
    pub programs: Vec<Program>,
    pub people: Vec<Person>,
    pub events: Vec<GoldEvent>,
    pub body_must_contain: Vec<String>,
    pub body_must_not_contain: Vec<String>,
}

/// A gold event: the record's fields plus `aliases` (short forms of a canonical name such as
/// `党的二十大`), which the record does not carry yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldEvent {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub date: Option<String>,
    pub mentions: Vec<Mention>,
}

impl GoldEvent {
    /// True when `name` is this event's name or one of its aliases.
    pub fn is_called(&self, name: &str) -> bool {
        self.name == name || self.aliases.iter().any(|a| a == name)
    }
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

/// How the disagreements on an optional string attribute of matched pairs (a figure's subject,
/// a person's organization) are shaped: an aggregate that tells which way a rule errs without
/// showing any page's strings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Shapes {
    /// Gold has a value, the prediction none.
    pub missing: usize,
    /// The prediction has a value, gold none.
    pub extra: usize,
    /// The prediction is a proper part of the gold value.
    pub shorter: usize,
    /// The gold value is a proper part of the prediction.
    pub longer: usize,
    /// Both present, neither inside the other.
    pub other: usize,
}

impl Shapes {
    /// Counts one disagreement (`g != p`); equal values count nothing.
    fn count(&mut self, g: Option<&str>, p: Option<&str>) {
        match (g, p) {
            (Some(g), Some(p)) if g == p => {}
            (None, None) => {}
            (Some(_), None) => self.missing += 1,
            (None, Some(_)) => self.extra += 1,
            (Some(g), Some(p)) if g.contains(p) => self.shorter += 1,
            (Some(g), Some(p)) if p.contains(g) => self.longer += 1,
            _ => self.other += 1,
        }
    }

    fn add(&mut self, o: Shapes) {
        self.missing += o.missing;
        self.extra += o.extra;
        self.shorter += o.shorter;
        self.longer += o.longer;
        self.other += o.other;
    }

    fn line(&self, name: &str) -> String {
        format!(
            "  {:<20} missing {} extra {} shorter {} longer {} other {}\n",
            name, self.missing, self.extra, self.shorter, self.longer, self.other
        )
    }
}

/// Scores of one article or of a whole corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    pub institutions: Counts,
    pub figures: Counts,
    pub figure_subjects: Agreement,
    /// The shapes of the subject disagreements counted in `figure_subjects`.
    pub figure_subject_shapes: Shapes,
    pub dates: Counts,
    pub programs_strict: Counts,
    pub programs_lenient: Counts,
    pub people: Counts,
    pub people_organizations: Agreement,
    /// The shapes of the organization disagreements counted in `people_organizations`.
    pub people_organization_shapes: Shapes,
    /// People's organizations that name the same body: equal, or the names of an
    /// institution pair matched as one (the gold record may be named by another form).
    pub people_organizations_same_body: Agreement,
    pub events: Counts,
    /// All meta fields together (title, published_at, source, authors, editors, original_title).
    pub meta: Agreement,
    pub meta_fields: MetaScore,
    /// The shapes of the disagreements of each meta field of [`META_FIELDS`] (a list field
    /// compared as its items joined by `、`, empty as none).
    pub meta_shapes: [Shapes; 6],
    /// Both kinds of body checks together.
    pub body: Agreement,
    /// `body_must_contain` strings present in the body.
    pub body_kept: Agreement,
    /// `body_must_not_contain` (furniture) strings absent from the body.
    pub furniture_dropped: Agreement,
}

/// The meta fields scored, in order.
pub const META_FIELDS: [&str; 6] = ["title", "published_at", "source", "authors", "editors", "original_title"];

/// Agreement per meta field of [`META_FIELDS`] (pages where the field equals the gold exactly).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct MetaScore(pub [Agreement; 6]);

impl MetaScore {
    /// `(field, agreement)` in the order of [`META_FIELDS`].
    pub fn rows(&self) -> impl Iterator<Item = (&'static str, Agreement)> + '_ {
        META_FIELDS.into_iter().zip(self.0)
    }

    fn add(&mut self, o: &MetaScore) {
        self.0.iter_mut().zip(o.0).for_each(|(a, b)| a.add(b));
    }

    fn total(&self) -> Agreement {
        let mut t = Agreement::default();
        self.0.iter().for_each(|&a| t.add(a));
        t
    }
}

/// Each meta field of [`META_FIELDS`] as `(gold, predicted)`, spelled for comparison and display.
fn meta_pairs(gold: &GoldMeta, pred: &zhnews::Meta) -> [(String, String); 6] {
    let pair = |g: &dyn std::fmt::Debug, p: &dyn std::fmt::Debug| (format!("{g:?}"), format!("{p:?}"));
    [
        pair(&gold.title, &pred.title),
        pair(&gold.published_at, &pred.published_at),
        pair(&gold.source, &pred.source),
        pair(&gold.authors, &pred.authors),
        pair(&gold.editors, &pred.editors),
        pair(&gold.original_title, &pred.original_title),
    ]
}

/// The shape of each meta field's disagreement, in the order of [`META_FIELDS`].
fn meta_shapes(gold: &GoldMeta, pred: &zhnews::Meta) -> [Shapes; 6] {
    let joined = |v: &[String]| (!v.is_empty()).then(|| v.join("、"));
    let pairs = [
        (gold.title.clone(), pred.title.clone()),
        (gold.published_at.clone(), pred.published_at.clone()),
        (gold.source.clone(), pred.source.clone()),
        (joined(&gold.authors), joined(&pred.authors)),
        (joined(&gold.editors), joined(&pred.editors)),
        (gold.original_title.clone(), pred.original_title.clone()),
    ];
    pairs.map(|(g, p)| {
        let mut shapes = Shapes::default();
        shapes.count(g.as_deref(), p.as_deref());
        shapes
    })
}

impl Agreement {
    fn of(agree: bool) -> Agreement {
        Agreement { agree: usize::from(agree), total: 1 }
    }
}

impl Score {
    /// Adds another score (to total a corpus).
    pub fn add(&mut self, o: &Score) {
        self.institutions.add(o.institutions);
        self.figures.add(o.figures);
        self.figure_subjects.add(o.figure_subjects);
        self.figure_subject_shapes.add(o.figure_subject_shapes);
        self.dates.add(o.dates);
        self.programs_strict.add(o.programs_strict);
        self.programs_lenient.add(o.programs_lenient);
        self.people.add(o.people);
        self.people_organizations.add(o.people_organizations);
        self.people_organization_shapes.add(o.people_organization_shapes);
        self.people_organizations_same_body.add(o.people_organizations_same_body);
        self.events.add(o.events);
        self.meta.add(o.meta);
        self.meta_fields.add(&o.meta_fields);
        self.meta_shapes.iter_mut().zip(o.meta_shapes).for_each(|(a, b)| a.add(b));
        self.body.add(o.body);
        self.body_kept.add(o.body_kept);
        self.furniture_dropped.add(o.furniture_dropped);
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

    /// The meta field rows: agreement, then the shapes of the fields that disagree somewhere.
    fn meta_rows(&self) -> String {
        let mut s = String::new();
        for (name, a) in self.meta_fields.rows() {
            s += &format!("  meta {:<15} {:>5}/{:<5} {:>7.3}\n", name, a.agree, a.total, a.rate());
        }
        for (name, shapes) in META_FIELDS.iter().zip(&self.meta_shapes) {
            if *shapes != Shapes::default() {
                s += &shapes.line(&format!("{name} off"));
            }
        }
        s
    }

    /// A plain-text table of the page-structure rows only (meta fields and body checks), for
    /// sets whose gold annotates no facts.
    pub fn layout_table(&self) -> String {
        let mut s =
            format!("{:<20} {:>5}/{:<5} {:>7.3}\n", "meta fields", self.meta.agree, self.meta.total, self.meta.rate());
        s += &self.meta_rows();
        s +=
            &format!("{:<20} {:>5}/{:<5} {:>7.3}\n", "body checks", self.body.agree, self.body.total, self.body.rate());
        for (name, a) in [("body kept", self.body_kept), ("furniture dropped", self.furniture_dropped)] {
            s += &format!("  {:<20} {:>5}/{:<5} {:>7.3}\n", name, a.agree, a.total, a.rate());
        }
        s
    }

    /// This score's rows of the fact types `keys` (of [`FACT_KEYS`]) only; the other fact
    /// types and the page-structure rows are zero.
    pub fn facts_of(&self, keys: &[String]) -> Score {
        let has = |key: &str| keys.iter().any(|k| k == key);
        let mut s = Score::default();
        if has("institutions") {
            s.institutions = self.institutions;
        }
        if has("figures") {
            s.figures = self.figures;
            s.figure_subjects = self.figure_subjects;
            s.figure_subject_shapes = self.figure_subject_shapes;
        }
        if has("dates") {
            s.dates = self.dates;
        }
        if has("programs") {
            s.programs_strict = self.programs_strict;
            s.programs_lenient = self.programs_lenient;
        }
        if has("people") {
            s.people = self.people;
            s.people_organizations = self.people_organizations;
            s.people_organization_shapes = self.people_organization_shapes;
            s.people_organizations_same_body = self.people_organizations_same_body;
        }
        if has("events") {
            s.events = self.events;
        }
        s
    }

    /// A plain-text table.
    pub fn table(&self) -> String {
        let mut s = self.fact_rows(true);
        s += &self.meta_rows();
        for (name, a) in [("body kept", self.body_kept), ("furniture dropped", self.furniture_dropped)] {
            s += &format!("  {:<20} {:>5}/{:<5} {:>7.3}\n", name, a.agree, a.total, a.rate());
        }
        s
    }

    /// A plain-text table of the fact rows only (with the figure-subject and organization
    /// agreements), for pages whose page structure is scored apart.
    pub fn facts_table(&self) -> String {
        self.fact_rows(false)
    }

    /// The fact rows and the agreements, those of page structure too when `layout`.
    fn fact_rows(&self, layout: bool) -> String {
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
        for (name, a) in agreements.into_iter().take(if layout { 4 } else { 2 }) {
            s += &format!("{:<20} {:>5}/{:<5} {:>7.3}\n", name, a.agree, a.total, a.rate());
        }
        s += &self.figure_subject_shapes.line("subjects off");
        s += &self.people_organization_shapes.line("orgs off");
        s += &format!(
            "  {:<20} {:>5}/{:<5} {:>7.3}\n",
            "orgs same body",
            self.people_organizations_same_body.agree,
            self.people_organizations_same_body.total,
            self.people_organizations_same_body.rate()
        );
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

/// Figures match by value, unit and upper end (to a hundredth).
fn same_figure(g: &Figure, p: &Figure) -> bool {
    (g.value - p.value).abs() < 0.01
        && g.unit == p.unit
        && match (g.upper, p.upper) {
            (None, None) => true,
            (Some(a), Some(b)) => (a - b).abs() < 0.01,
            _ => false,
        }
}

/// Scores one predicted record against its gold annotation.
pub fn score(gold: &GoldArticle, pred: &Article) -> Score {
    let mut s = Score::default();
    let inst_same = |g: &Institution, p: &Institution| {
        g.name == p.name || g.aliases.contains(&p.name) || p.aliases.contains(&g.name)
    };
    let (inst_pairs, counts) = matching(&gold.institutions, &pred.institutions, inst_same);
    s.institutions = counts;

    let (pairs, counts) = matching(&gold.figures, &pred.figures, same_figure);
    s.figures = counts;
    s.figure_subjects = Agreement {
        agree: pairs.iter().filter(|&&(g, p)| gold.figures[g].subject == pred.figures[p].subject).count(),
        total: pairs.len(),
    };
    for &(g, p) in &pairs {
        s.figure_subject_shapes.count(gold.figures[g].subject.as_deref(), pred.figures[p].subject.as_deref());
    }

    s.dates = matching(&gold.dates, &pred.dates, |g, p| g.value == p.value && g.end_value == p.end_value).1;
    s.programs_strict = matching(&gold.programs, &pred.programs, |g, p| g.name == p.name).1;
    s.programs_lenient = matching(&gold.programs, &pred.programs, |g, p| lenient(&g.name, &p.name)).1;

    let (pairs, counts) = matching(&gold.people, &pred.people, |g, p| g.name == p.name);
    s.people = counts;
    s.people_organizations = Agreement {
        agree: pairs.iter().filter(|&&(g, p)| gold.people[g].organization == pred.people[p].organization).count(),
        total: pairs.len(),
    };
    for &(g, p) in &pairs {
        s.people_organization_shapes
            .count(gold.people[g].organization.as_deref(), pred.people[p].organization.as_deref());
    }
    s.people_organizations_same_body = Agreement {
        agree: pairs
            .iter()
            .filter(|&&(g, p)| {
                same_body(gold, pred, &inst_pairs, &gold.people[g].organization, &pred.people[p].organization)
            })
            .count(),
        total: pairs.len(),
    };
    s.events = matching(&gold.events, &pred.events, |g, p| g.is_called(&p.name)).1;

    s.meta_fields = MetaScore(meta_pairs(&gold.meta, &pred.meta).map(|(want, got)| Agreement::of(want == got)));
    s.meta = s.meta_fields.total();
    s.meta_shapes = meta_shapes(&gold.meta, &pred.meta);
    let present = gold.body_must_contain.iter().filter(|t| pred.body.contains(t.as_str())).count();
    let absent = gold.body_must_not_contain.iter().filter(|t| !pred.body.contains(t.as_str())).count();
    s.body_kept = Agreement { agree: present, total: gold.body_must_contain.len() };
    s.furniture_dropped = Agreement { agree: absent, total: gold.body_must_not_contain.len() };
    s.body = Agreement { agree: present + absent, total: s.body_kept.total + s.furniture_dropped.total };
    s
}

/// True when two organizations of a person name the same body: equal, or the names of a
/// gold and a predicted institution matched as one (`inst_pairs`).
fn same_body(
    gold: &GoldArticle,
    pred: &Article,
    inst_pairs: &[(usize, usize)],
    g: &Option<String>,
    p: &Option<String>,
) -> bool {
    match (g, p) {
        (Some(g), Some(p)) => {
            g == p
                || inst_pairs
                    .iter()
                    .any(|&(gi, pi)| gold.institutions[gi].name == *g && pred.institutions[pi].name == *p)
        }
        _ => g == p,
    }
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
    for (field, (want, got)) in META_FIELDS.into_iter().zip(meta_pairs(&gold.meta, &pred.meta)) {
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
    diff(&mut out, "figure", &gold.figures, &pred.figures, same_figure, fig, fig);
    for (g, p) in matching(&gold.figures, &pred.figures, same_figure).0 {
        let (g, p) = (&gold.figures[g], &pred.figures[p]);
        if g.subject != p.subject {
            out.push(format!("figure subject: {} expected {:?}, got {:?}", g.mention.text, g.subject, p.subject));
        }
    }
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
    let inst_pairs = matching(&gold.institutions, &pred.institutions, |g, p| {
        g.name == p.name || g.aliases.contains(&p.name) || p.aliases.contains(&g.name)
    })
    .0;
    for (g, p) in matching(&gold.people, &pred.people, |g, p| g.name == p.name).0 {
        let (g, p) = (&gold.people[g], &pred.people[p]);
        if g.organization != p.organization {
            let same =
                if same_body(gold, pred, &inst_pairs, &g.organization, &p.organization) { " (same body)" } else { "" };
            out.push(format!("person org: {} expected {:?}, got {:?}{same}", g.name, g.organization, p.organization));
        }
    }
    let gold_event = |e: &GoldEvent| format!("{} aliases={:?} date={:?}", e.name, e.aliases, e.date);
    let event = |e: &Event| format!("{} date={:?}", e.name, e.date);
    diff(&mut out, "event", &gold.events, &pred.events, |g, p| g.is_called(&p.name), gold_event, event);
    out
}

/// One page: its gold, the record extracted from its text, and the score.
#[derive(Debug, Clone)]
pub struct ScoredPage {
    pub gold: GoldArticle,
    pub article: Article,
    pub score: Score,
    /// The fact types its gold annotates, when that is not all of them (a page of
    /// [`score_fact_pages`]); its score counts only these.
    pub annotated: Option<Vec<String>>,
}

impl ScoredPage {
    /// True when a line of [`differences`] is about a fact type this page's gold annotates.
    pub fn annotates_line(&self, line: &str) -> bool {
        let Some(keys) = &self.annotated else { return true };
        let rest = line.trim_start_matches("missed ").trim_start_matches("spurious ");
        FACT_KEYS.iter().any(|(key, word)| rest.starts_with(word) && keys.iter().any(|k| k == key))
    }
}

/// The fact types a facts-only gold file may annotate (its keys), with the word that opens
/// their lines in [`differences`].
pub const FACT_KEYS: [(&str, &str); 6] = [
    ("institutions", "institution"),
    ("figures", "figure"),
    ("dates", "date"),
    ("programs", "program"),
    ("people", "person"),
    ("events", "event"),
];

/// Extracts every page that has a gold file in `gold_dir` (`ID.json`) from `texts_dir/ID.txt`
/// and scores it; pages in file-name order. Errors name the file.
pub fn score_pages(
    extractor: &zhnews::Extractor,
    gold_dir: &std::path::Path,
    texts_dir: &std::path::Path,
) -> Result<Vec<ScoredPage>, String> {
    score_pages_with(gold_dir, texts_dir, "txt", |bytes| extractor.extract_bytes(bytes).map_err(|e| e.to_string()))
}

/// [`score_pages`] for pages `texts_dir/ID.EXT` read by `extract` (HTML pages: `"html"` and
/// [`zhnews::Extractor::extract_html`]).
pub fn score_pages_with(
    gold_dir: &std::path::Path,
    texts_dir: &std::path::Path,
    ext: &str,
    extract: impl Fn(&[u8]) -> Result<Article, String>,
) -> Result<Vec<ScoredPage>, String> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(gold_dir)
        .map_err(|e| format!("{}: {e}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let json = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let gold: GoldArticle = serde_json::from_str(&json).map_err(|e| format!("{}: {e}", path.display()))?;
            let text_path = texts_dir.join(format!("{}.{ext}", gold.id));
            let bytes = std::fs::read(&text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
            let article = extract(&bytes).map_err(|e| format!("{}: {e}", text_path.display()))?;
            let score = score(&gold, &article);
            Ok(ScoredPage { gold, article, score, annotated: None })
        })
        .collect()
}

/// `id → split name` from a `SPLIT.tsv` (header line `id<TAB>split`, then one page a line).
pub fn read_split(path: &std::path::Path) -> Result<std::collections::BTreeMap<String, String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once('\t'))
        .map(|(id, split)| (id.trim().to_string(), split.trim().to_string()))
        .collect())
}

/// Pages with facts gold kept apart from their page-structure gold: `facts_dir/FAMILY/ID.json`
/// holds `id` and some fact-type keys of [`FACT_KEYS`] (a family of types annotated together,
/// e.g. `institutions/` with `institutions` and `people`). Each page's files are merged into its
/// gold `gold_dir/ID.json`, the page `pages_dir/ID.EXT` is read by `extract`, and its score
/// counts only the annotated fact types (page structure is scored by [`score_pages_with`]).
pub fn score_fact_pages(
    gold_dir: &std::path::Path,
    facts_dir: &std::path::Path,
    pages_dir: &std::path::Path,
    ext: &str,
    extract: impl Fn(&[u8]) -> Result<Article, String>,
) -> Result<Vec<ScoredPage>, String> {
    use std::collections::BTreeMap;
    let read_json = |path: &std::path::Path| -> Result<serde_json::Map<String, serde_json::Value>, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut facts: BTreeMap<String, serde_json::Map<String, serde_json::Value>> = BTreeMap::new();
    let mut families: Vec<std::path::PathBuf> = match std::fs::read_dir(facts_dir) {
        Ok(dir) => dir.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect(),
        Err(_) => return Ok(Vec::new()),
    };
    families.sort();
    for family in families {
        let dir = std::fs::read_dir(&family).map_err(|e| format!("{}: {e}", family.display()))?;
        for path in dir.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "json"))
        {
            let file = read_json(&path)?;
            let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let merged = facts.entry(id).or_default();
            for (key, value) in file {
                if key == "id" {
                    continue;
                }
                if !FACT_KEYS.iter().any(|(k, _)| *k == key) || merged.contains_key(&key) {
                    return Err(format!("{}: key {key:?} is no fact type or is annotated twice", path.display()));
                }
                merged.insert(key, value);
            }
        }
    }
    facts
        .into_iter()
        .map(|(id, facts)| {
            let mut gold = read_json(&gold_dir.join(format!("{id}.json")))?;
            let annotated: Vec<String> = facts.keys().cloned().collect();
            gold.extend(facts);
            let gold: GoldArticle =
                serde_json::from_value(serde_json::Value::Object(gold)).map_err(|e| format!("{id} facts: {e}"))?;
            let page_path = pages_dir.join(format!("{id}.{ext}"));
            let bytes = std::fs::read(&page_path).map_err(|e| format!("{}: {e}", page_path.display()))?;
            let article = extract(&bytes).map_err(|e| format!("{}: {e}", page_path.display()))?;
            let score = score(&gold, &article).facts_of(&annotated);
            Ok(ScoredPage { gold, article, score, annotated: Some(annotated) })
        })
        .collect()
}
