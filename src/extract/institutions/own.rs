//! A department written alone as the page's source (`来源：宣传科`) is a unit of the body
//! whose own page this is: `<body><department>`, known also by the department's name.
//!
//! The page's own body is the one its self-reference names (`我中心召开…` → the body whose
//! name ends with `中心`: a record of the article, else a place + suffix name written on a
//! line outside the body, such as the site's breadcrumb), else the first body the article
//! names with its place (a department's page opens with its own body's business).

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
