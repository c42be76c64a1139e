//! A record shown on its page: one self-contained HTML file (inline CSS, no script, no
//! network) in the manner of spaCy's displaCy, with the page's structure and repairs.
//!
//! **In:** the text a record's offsets index (the input, or [`Article::text`]), the
//! [`Article`], the role of each line (from the article stage, mapped to the text) and the
//! [`Layout`] it was extracted with. **Out:** an HTML document: every line of the text with
//! its role as a margin tag (furniture greyed), every fact mention and repair highlighted in
//! place (`<mark class="f-… " data-span="START-END" title="…">`, one colour per type, the
//! record in the tooltip; repairs show `before → after`), and a side table of the record
//! (meta, counts, the facts).
//!
//! The document's `<body>` holds one `<div class="zhnews-view">` with its own `<style>`,
//! every rule scoped to it: embeddable as is in another page (a notebook cell).
//!
//! **Guarantees:** every character of the text appears exactly once, escaped (the page
//! cannot inject markup); a mark crossing another is cut in two pieces that carry the same
//! `data-span`, so the text of a mention is the text of its pieces; offsets outside the
//! text are ignored. Linear in the text and the number of marks (n log n).

use crate::names::variant_name;
use crate::span::Span;
use crate::{Article, DateMention, Mention};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt::Write;

/// How the record was extracted: it decides the roles of the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// By [`Extractor::extract`](crate::Extractor::extract) and its kin: the page's own lines.
    #[default]
    Page,
    /// By [`Extractor::extract_text`](crate::Extractor::extract_text): every line is body (the
    /// first is the title when the record has one).
    Fragment,
}

/// The fact types and repairs, in the order of the legend: (class, label).
const TYPES: &[(&str, &str)] = &[
    ("f-inst", "institution"),
    ("f-fig", "figure"),
    ("f-date", "date"),
    ("f-prog", "program"),
    ("f-person", "person"),
    ("f-event", "event"),
    ("f-repair", "repair"),
];

/// One highlighted span: byte offsets into the text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Mark {
    start: usize,
    /// Longer marks open first (they enclose the shorter ones that start with them).
    end: Reverse<usize>,
    class: &'static str,
    /// Code-point offsets, as in the record: the `data-span` of every piece.
    key: (usize, usize),
    tip: String,
}

/// Renders `article` on `text` (what its offsets index). `roles` gives the role name of byte
/// spans of `text` (lines, in order); a line it does not cover is shown as body (or blank).
pub(crate) fn render(text: &str, article: &Article, roles: &[(Span, &'static str)]) -> String {
    let lines: Vec<Span> = crate::text::line_spans(text).collect();
    let mut marks = split_at_lines(fact_marks(article, &CodePoints::of(text)), &lines);
    marks.sort();
    let mut out = String::with_capacity(text.len() * 3 + 4096);
    head(&mut out, article);
    out.push_str("<main><section class=\"page\">\n");
    let mut marks = marks.into_iter().peekable();
    let mut role_at = roles.iter().peekable();
    for &line in &lines {
        while role_at.next_if(|(r, _)| r.end <= line.start && r.start < line.start).is_some() {}
        let role = match role_at.peek() {
            Some((r, name)) if r.start <= line.end && line.start <= r.end && !line.is_empty() => name,
            _ if line.is_empty() => "blank",
            _ => "body",
        };
        let mut in_line = Vec::new();
        while let Some(m) = marks.next_if(|m| m.start <= line.end) {
            in_line.push(m);
        }
        write_line(&mut out, text, line, role, in_line);
    }
    out.push_str("</section>\n");
    side_table(&mut out, article);
    out.push_str("</main>\n</div>\n</body>\n</html>\n");
    out
}

/// Every mark cut into one piece per line it covers (line breaks stay outside marks).
fn split_at_lines(marks: Vec<Mark>, lines: &[Span]) -> Vec<Mark> {
    let mut out = Vec::with_capacity(marks.len());
    for m in marks {
        let first = lines.partition_point(|l| l.end < m.start);
        for line in lines[first..].iter().take_while(|l| l.start < m.end.0) {
            let (start, end) = (m.start.max(line.start), m.end.0.min(line.end));
            if start < end {
                out.push(Mark { start, end: Reverse(end), ..m.clone() });
            }
        }
    }
    out
}

/// Byte offsets of code points, to turn a record's offsets into byte spans of the text.
struct CodePoints(Vec<usize>);

impl CodePoints {
    fn of(text: &str) -> Self {
        CodePoints(text.char_indices().map(|(i, _)| i).chain([text.len()]).collect())
    }

    /// The byte span of code points `start..end`; `None` when outside the text or empty.
    fn span(&self, start: usize, end: usize) -> Option<Span> {
        (start < end && end < self.0.len()).then(|| Span::new(self.0[start], self.0[end]))
    }
}

/// Every mention of every fact, and every repair, as a mark.
fn fact_marks(a: &Article, cp: &CodePoints) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut add = |class: &'static str, m: (usize, usize), tip: String| {
        if let Some(s) = cp.span(m.0, m.1) {
            marks.push(Mark { start: s.start, end: Reverse(s.end), class, key: m, tip });
        }
    };
    let at = |m: &Mention| (m.start, m.end);
    for i in &a.institutions {
        let region = i.region.as_deref().map(|r| format!(" · region {r}")).unwrap_or_default();
        let tip = format!("institution: {} · {}{region}", i.name, variant_name(&i.kind));
        i.mentions.iter().for_each(|m| add("f-inst", at(m), tip.clone()));
    }
    for f in &a.figures {
        add("f-fig", at(&f.mention), figure_tip(f));
    }
    for d in &a.dates {
        add("f-date", at(&d.mention), date_tip(d));
    }
    for p in &a.programs {
        let category = p.category.as_deref().map(|c| format!(" · {c}")).unwrap_or_default();
        add("f-prog", at(&p.mention), format!("program: {}{category}", p.name));
    }
    for p in &a.people {
        let mut tip = format!("person: {}", p.name);
        if !p.titles.is_empty() {
            let _ = write!(tip, " · {}", p.titles.join("、"));
        }
        if let Some(o) = &p.organization {
            let _ = write!(tip, " · {o}");
        }
        p.mentions.iter().for_each(|m| add("f-person", at(m), tip.clone()));
    }
    for e in &a.events {
        let date = e.date.as_deref().map(|d| format!(" · {d}")).unwrap_or_default();
        e.mentions.iter().for_each(|m| add("f-event", at(m), format!("event: {}{date}", e.name)));
    }
    for r in &a.repairs {
        add("f-repair", (r.start, r.end), format!("{}: {} → {}", variant_name(&r.kind), r.before, r.after));
    }
    marks
}

fn figure_tip(f: &crate::Figure) -> String {
    let mut tip = format!("figure: {}", f.value);
    if let Some(u) = f.upper {
        let _ = write!(tip, "–{u}");
    }
    if let Some(unit) = &f.unit {
        tip.push_str(unit);
    }
    let _ = write!(tip, " · {} · {}", variant_name(&f.kind), variant_name(&f.approx));
    if let Some(s) = &f.subject {
        let _ = write!(tip, " · subject {s}");
    }
    tip
}

fn date_tip(d: &DateMention) -> String {
    let mut tip = format!("date: {}", d.value);
    if let Some(end) = &d.end_value {
        let _ = write!(tip, " – {end}");
    }
    let _ = write!(tip, " · {}", variant_name(&d.kind));
    if let Some(label) = &d.label {
        let _ = write!(tip, " · {label}");
    }
    tip
}

/// One line: its role tag and its text with the marks that start in it (ends clipped to it).
fn write_line(out: &mut String, text: &str, line: Span, role: &str, marks: Vec<Mark>) {
    let _ = write!(out, "<div class=\"line r-{role}\"><span class=\"role\">{role}</span><span class=\"text\">");
    let mut heap: BinaryHeap<Reverse<Mark>> = marks.into_iter().map(Reverse).collect();
    let mut open: Vec<usize> = Vec::new(); // the ends of the open marks, innermost last
    let mut pos = line.start;
    while let Some(Reverse(mut m)) = heap.pop() {
        let start = m.start.max(pos);
        while let Some(&end) = open.last().filter(|&&end| end <= start) {
            close(out, text, &mut pos, end);
            open.pop();
        }
        escape_into(out, &text[pos..start]);
        pos = start;
        if let Some(&outer) = open.last() {
            if m.end.0 > outer {
                // Crossing the enclosing mark: this piece ends with it, the rest follows.
                heap.push(Reverse(Mark { start: outer, ..m.clone() }));
                m.end = Reverse(outer);
            }
        }
        if m.end.0 <= pos {
            continue;
        }
        let _ = write!(out, "<mark class=\"{}\" data-span=\"{}-{}\" title=\"", m.class, m.key.0, m.key.1);
        escape_into(out, &m.tip);
        out.push_str("\">");
        open.push(m.end.0);
    }
    while let Some(end) = open.pop() {
        close(out, text, &mut pos, end);
    }
    escape_into(out, &text[pos..line.end]);
    out.push_str("</span></div>\n");
}

/// Writes the text up to `end` and closes the innermost mark.
fn close(out: &mut String, text: &str, pos: &mut usize, end: usize) {
    escape_into(out, &text[*pos..end]);
    *pos = end;
    out.push_str("</mark>");
}

/// HTML-escapes `s` (text and attribute values).
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

const CSS: &str = include_str!("show.css");

/// The document head, the title and the legend.
fn head(out: &mut String, a: &Article) {
    let title = escaped(a.meta.title.as_deref().unwrap_or("(no title)"));
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title} — zhnews</title>\n\
         </head>\n<body>\n<div class=\"zhnews-view\">\n<style>\n{CSS}</style>\n<header><h1>{title}</h1><p class=\"legend\">"
    );
    for (class, label) in TYPES {
        let _ = write!(out, "<mark class=\"{class}\">{label}</mark> ");
    }
    out.push_str("<span class=\"r-furniture\">furniture greyed</span></p></header>\n");
}

/// The record beside the page: meta, counts and the facts.
fn side_table(out: &mut String, a: &Article) {
    out.push_str("<aside>\n<table>\n");
    let m = &a.meta;
    let row = |out: &mut String, k: &str, v: &str| {
        let _ = writeln!(out, "<tr><th>{k}</th><td>{}</td></tr>", escaped(v));
    };
    row(out, "title", m.title.as_deref().unwrap_or("—"));
    row(out, "published_at", m.published_at.as_deref().unwrap_or("—"));
    row(out, "source", m.source.as_deref().unwrap_or("—"));
    row(out, "authors", &m.authors.join("、"));
    row(out, "editors", &m.editors.join("、"));
    row(out, "script / encoding", &format!("{} / {}", variant_name(&m.script), m.encoding));
    let counts = [
        ("repairs", a.repairs.len()),
        ("institutions", a.institutions.len()),
        ("figures", a.figures.len()),
        ("dates", a.dates.len()),
        ("programs", a.programs.len()),
        ("people", a.people.len()),
        ("events", a.events.len()),
    ];
    for (k, n) in counts {
        row(out, k, &n.to_string());
    }
    out.push_str("</table>\n");
    fact_list(
        out,
        "institutions",
        "f-inst",
        a.institutions.iter().map(|i| format!("{} · {}", i.name, variant_name(&i.kind))),
    );
    fact_list(out, "figures", "f-fig", a.figures.iter().map(figure_tip));
    fact_list(out, "dates", "f-date", a.dates.iter().map(date_tip));
    fact_list(out, "programs", "f-prog", a.programs.iter().map(|p| p.name.clone()));
    fact_list(out, "people", "f-person", a.people.iter().map(|p| p.name.clone()));
    fact_list(out, "events", "f-event", a.events.iter().map(|e| e.name.clone()));
    out.push_str("</aside>\n");
}

fn fact_list(out: &mut String, heading: &str, class: &str, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<h2>{heading}</h2>\n<ul class=\"{class}\">");
    for item in items {
        let _ = write!(out, "<li>{}</li>", escaped(&item));
    }
    out.push_str("</ul>\n");
}
