//! A combining step run after people (pipeline order: institutions → people → this step):
//! a company read by the people stage as an executive's employer, named where it opens the
//! clause right before the post (`，青禾科技总经理张晓明表示` → `青禾科技`; posts of
//! `[company_leaders]` of `body_references.txt`), is an institution of kind `company`, with
//! that span as its mention, when the institutions pass found no body there. Such a name is
//! a company named by its brand (FACTS.md, institutions) that the suffix rules cannot see:
//! no company word closes it and the tagger may read the brand as a verb or adjective.
//! A company already recorded by its brand alone (`青禾、金穗两家` … `金穗科技总监甲`) is the
//! same company: the fuller name becomes its name, the brand an alias.
//!
//! Cost: one pass over the people and their mentions, none over the sentences.

use super::InstitutionExtractor;
use crate::extract::doc::{Doc, Facts};
use crate::extract::people::company_before_title;
use crate::facts::{Institution, InstitutionKind};
use crate::lexicon::COMPANY_WORDS;
use crate::span::Span;

/// Where a person's employer is written as a company opening the clause before the post
/// that precedes the mention at `at`: the span of the company's name.
fn employer_span(text: &str, at: usize, title: &str, employer: &str) -> Option<Span> {
    let before = text.get(..at)?.strip_suffix(title)?;
    let (start, end) = company_before_title(before, title)?;
    (&before[start..end] == employer).then(|| Span::new(start, end))
}

/// True when `employer` is `brand` followed by company words only (`来电` + `科技`).
fn brand_with_trade(employer: &str, brand: &str) -> bool {
    let Some(mut rest) = employer.strip_prefix(brand).filter(|r| !r.is_empty()) else { return false };
    while let Some(r) = COMPANY_WORDS.words().chain(["公司"]).find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    rest.is_empty()
}

/// Gives the company record `i`, recorded by its brand alone, the fuller name `employer`
/// written at `span`.
fn rename_brand(i: &mut Institution<Span>, employer: &str, span: Span) {
    let brand = std::mem::replace(&mut i.name, employer.to_string());
    i.aliases.retain(|a| a != employer);
    if !i.aliases.contains(&brand) {
        i.aliases.push(brand);
    }
    i.mentions.push(span);
    i.mentions.sort();
}

impl InstitutionExtractor {
    /// Adds the companies the people stage read as employers (see the module contract).
    pub(super) fn add_employers(doc: &Doc<'_>, facts: &mut Facts) {
        let text = doc.text;
        let mut found: Vec<Institution<Span>> = Vec::new();
        for p in &facts.people {
            let (Some(employer), [title]) = (&p.organization, p.titles.as_slice()) else { continue };
            let known = |i: &Institution<Span>| i.name == *employer || i.aliases.contains(employer);
            if facts.institutions.iter().any(known) {
                continue;
            }
            for span in p.mentions.iter().filter_map(|m| employer_span(text, m.start, title, employer)) {
                if facts.institutions.iter().flat_map(|i| &i.mentions).any(|m| m.overlaps(span)) {
                    continue;
                }
                let brand = |i: &&mut Institution<Span>| {
                    i.kind == InstitutionKind::Company && brand_with_trade(employer, &i.name)
                };
                if let Some(i) = facts.institutions.iter_mut().find(brand) {
                    rename_brand(i, employer, span);
                    continue;
                }
                match found.iter_mut().find(|i| known(i)) {
                    Some(i) => i.mentions.push(span),
                    None => found.push(Institution {
                        name: employer.clone(),
                        kind: InstitutionKind::Company,
                        region: None,
                        aliases: Vec::new(),
                        mentions: vec![span],
                    }),
                }
            }
        }
        for mut i in found {
            i.mentions.sort();
            i.mentions.dedup();
            let first = i.mentions[0].start;
            let at = facts.institutions.partition_point(|o| o.mentions.first().is_some_and(|m| m.start < first));
            facts.institutions.insert(at, i);
        }
    }
}
