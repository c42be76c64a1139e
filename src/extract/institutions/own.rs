//! A department written alone as the page's source (`来源：宣传科`) is a unit of the body
//! whose own page this is: `<body><department>`, known also by the department's name.
//!
//! The page's own body is the one its self-reference names (`我中心召开…` → the body whose
//! name ends with `中心`: a record of the article, else a place + suffix name written on a
//! line outside the body, such as the site's breadcrumb), else the first body the article
//! names with its place (a department's page opens with its own body's business).
//!
//! On a page whose places lie more in Hong Kong, Macau or Taiwan than on the mainland, a
//! field office written bare as a word of its own (`卫生局表示`) is the territory's own
//! office, named as printed.

use super::lexicon::InstitutionExtractor;
use super::merge::Draft;
use super::regions::ArticleRegions;
use crate::extract::doc::Doc;
use crate::facts::InstitutionKind;
use crate::span::Span;
use crate::text::is_han;
use memchr::memmem::Finder;

/// A body of the article that may own the page: named with a place of its own, no outlet.
fn may_own_page(d: &Draft) -> bool {
    d.kind != InstitutionKind::Media && d.region.as_ref().is_some_and(|r| r.chars().count() > 1)
}

impl InstitutionExtractor {
    /// The record of the department written alone as the page's source, if the page's own
    /// body is known (see the module contract).
    pub(super) fn source_department(&self, doc: &Doc<'_>, drafts: &[Draft], regions: &ArticleRegions) -> Option<Draft> {
        let field = doc.layout.source.as_ref()?;
        let written = doc.text.get(field.span.start..field.span.end)?;
        let dept = written.trim();
        if !dept.chars().all(is_han) || !self.department_alone(dept) {
            return None;
        }
        let start = field.span.start + (written.len() - written.trim_start().len());
        let (name, kind, region) = self.own_body(doc, drafts, regions)?;
        Some(Draft {
            name: format!("{name}{dept}"),
            kind,
            region,
            core: String::new(),
            suffix: String::new(),
            region_key: String::new(),
            named: true,
            surfaces: vec![dept.to_string()],
            mentions: vec![Span::new(start, start + dept.len())],
            has_bare: false,
        })
    }

    /// The page's own body as (name, kind, region).
    fn own_body(
        &self,
        doc: &Doc<'_>,
        drafts: &[Draft],
        regions: &ArticleRegions,
    ) -> Option<(String, InstitutionKind, Option<String>)> {
        let in_body = |w: &str| {
            let finder = Finder::new(w);
            doc.sentence_spans().iter().any(|s| finder.find(s.slice(doc.text).as_bytes()).is_some())
        };
        let Some(&(_, head)) = self.own_references.iter().find(|(w, _)| in_body(w)) else {
            let first = drafts.iter().filter(|d| may_own_page(d)).min_by_key(|d| d.mentions.iter().min().copied())?;
            return Some((first.name.clone(), first.kind, first.region.clone()));
        };
        if let Some(d) = drafts.iter().find(|d| may_own_page(d) && d.name.ends_with(head)) {
            return Some((d.name.clone(), d.kind, d.region.clone()));
        }
        // The body named on a line of the page's frame (`位置：某市疾病预防控制中心 >`).
        doc.text.split(|c: char| !is_han(c)).filter(|piece| piece.ends_with(head)).find_map(|piece| {
            let c = self.structured_outlet(piece, Span::new(0, 0))?;
            let placed = !c.region.is_empty() && c.region.iter().all(|r| r.chars().count() > 1);
            placed.then(|| {
                let n = self.record_name(&c, regions);
                (n.name, c.kind, n.region_chain)
            })
        })
    }
}

/// `d` (a source department) with its mentions in the body: the department's name written
/// where no other record's mention is.
pub(super) fn with_body_mentions(doc: &Doc<'_>, mut d: Draft, drafts: &[Draft]) -> Draft {
    let Some(dept) = d.surfaces.first().cloned() else { return d };
    let finder = Finder::new(dept.as_bytes());
    for s in doc.sentence_spans() {
        for pos in finder.find_iter(s.slice(doc.text).as_bytes()) {
            let m = Span::new(s.start + pos, s.start + pos + dept.len());
            if !drafts.iter().flat_map(|o| &o.mentions).any(|o| o.overlaps(m)) {
                d.mentions.push(m);
            }
        }
    }
    d
}

/// Most characters of a field office written bare (`卫生局`, `社会工作局`).
const MAX_BARE_OFFICE_CHARS: usize = 6;

impl InstitutionExtractor {
    /// On a page about Hong Kong, Macau or Taiwan, a field office written bare as a word of
    /// its own (`卫生局表示`, `，卫生署呼吁`) is the territory's own office, named as printed
    /// (`docs/FACTS.md`: such bodies keep their printed names): a government suffix that a
    /// place alone may open (`region_ok`), of three characters or more, not right after
    /// another Han word that could open it (a place or core: those are walked as names),
    /// nor before a title.
    pub(super) fn bare_offices(&self, doc: &Doc<'_>, regions: &ArticleRegions) -> Vec<super::find::Candidate> {
        let mut out = Vec::new();
        for (i, whole) in doc.sentence_spans().iter().enumerate() {
            // The sentence's tokens, read once an office matches in it.
            let mut read = None;
            for m in self.suffix_ac.find_iter(whole.slice(doc.text)) {
                let suffix = &self.suffixes[m.pattern().as_usize()];
                let n = whole.slice(doc.text)[m.range()].chars().count();
                if suffix.kind != InstitutionKind::Government
                    || !suffix.region_ok
                    || !(3..=MAX_BARE_OFFICE_CHARS).contains(&n)
                {
                    continue;
                }
                let sentence = read.get_or_insert_with(|| doc.sentence(i));
                let span = Span::new(whole.start + m.start(), whole.start + m.end());
                let Some(k) = sentence.tokens.iter().position(|t| t.span == span) else { continue };
                let opens = k == 0 || {
                    let prev = &sentence.tokens[k - 1];
                    !prev.text.chars().all(is_han) || super::lexicon::STOP_TAGS.contains(&prev.tag)
                };
                // Before a title the office is part of it (`卫生局局长`, `docs/FACTS.md`).
                if opens && !self.title_at(&doc.text[span.end..]) {
                    let surface = span.slice(doc.text).to_string();
                    out.push(super::find::Candidate {
                        span,
                        surface: surface.clone(),
                        region: Vec::new(),
                        core: String::new(),
                        kind: suffix.kind,
                        suffix: String::new(),
                        named: Some(surface),
                        bare: false,
                    });
                }
            }
        }
        if out.is_empty() || !self.page_outside_mainland(doc, regions) {
            out.clear();
        }
        out
    }

    /// True when the places the page names lie more in Hong Kong, Macau or Taiwan than on
    /// the mainland.
    fn page_outside_mainland(&self, doc: &Doc<'_>, regions: &ArticleRegions) -> bool {
        let mut balance = 0i32;
        for sentence in doc.sentences() {
            for t in &sentence.tokens {
                if let Some(r) = self.region_token(t.text, t.tag).filter(|r| r.chars().count() > 1).map(str::to_string)
                {
                    balance += if self.outside_mainland(std::slice::from_ref(&r), regions) { 1 } else { -1 };
                }
            }
        }
        balance > 0
    }
}
