//! Mentions into records: one draft per organization, later mentions (short forms,
//! declared abbreviations, other region prefixes) joined to it.

use super::find::{Boundaries, Candidate};
use super::lexicon::{Abbreviation, InstitutionExtractor, LEGAL_FORMS, PARTY_COMMITTEE};
use super::regions::ArticleRegions;
use crate::extract::doc::Doc;
use crate::extract::quotes;
use crate::facts::InstitutionKind;
use crate::span::Span;
use crate::text::is_han;
use rustc_hash::FxHashMap;

/// One record under construction.
#[derive(Debug, Clone)]
pub(super) struct Draft {
    pub(super) name: String,
    pub(super) kind: InstitutionKind,
    pub(super) region: Option<String>,
    pub(super) core: String,
    pub(super) suffix: String,
    pub(super) region_key: String,
    pub(super) named: bool,
    /// The ways it was written, each once, in order of first use (its aliases but the name).
    pub(super) surfaces: Vec<String>,
    pub(super) mentions: Vec<Span>,
    pub(super) has_bare: bool,
}

impl Draft {
    /// Records one way the body was written; a surface already seen is not kept twice (a
    /// name repeated all through a page is one surface, not one per mention).
    pub(super) fn add_surface(&mut self, surface: String) {
        if !surface.is_empty() && !self.surfaces.contains(&surface) {
            self.surfaces.push(surface);
        }
    }
}

/// The department of a body named with its government (`香港特别行政区政府卫生署` →
/// `卫生署`): what follows the last `政府`.
pub(super) fn department_of_government(name: &str) -> Option<&str> {
    const GOVERNMENT: &str = "政府";
    let dept = &name[crate::text::rfind_str(name, GOVERNMENT)? + GOVERNMENT.len()..];
    (dept.chars().count() >= 2).then_some(dept)
}

/// A lexicon body written after its place with no core of its own (`香港卫生署`, the suffix
/// row `卫生署`) is that body named bare (`卫生署`, before or after).
fn body_with_place(core: &str, suffix: &str, has_place: bool, body: &str) -> bool {
    has_place && core.is_empty() && suffix == body
}

/// A core that only names the place's government (`政府`, `人民政府` between a place and a
/// department) stands for no core of its own.
fn government_core(core: &str) -> &str {
    if matches!(core, "政府" | "人民政府") {
        ""
    } else {
        core
    }
}

/// True when the name with the shorter core opens with a place of its own that the other
/// name does not hold (`临江美术学院` is no short form of `某某第二大学美术学院`; `上海瑞金医院`
/// still is one of `上海交通大学医学院附属瑞金医院`): each is `(name, core)`, both with
/// `suffix`. The place is compared by its first two characters, the short form of a place.
fn place_apart(a: (&str, &str), b: (&str, &str), suffix: &str) -> bool {
    let ((short_name, short_core), (long_name, _)) = if a.1.len() < b.1.len() { (a, b) } else { (b, a) };
    let Some(place) = short_name.strip_suffix(suffix).and_then(|r| r.strip_suffix(short_core)) else {
        return false;
    };
    let head: String = place.chars().take(2).collect();
    !head.is_empty() && !long_name.contains(&head)
}

/// The name a candidate gives its institution (see `InstitutionExtractor::record_name`).
pub(super) struct RecordName {
    pub(super) name: String,
    /// The region that tells bodies of one core apart (`String::new()` for none).
    pub(super) key_region: String,
    /// The candidate's region chain, completed from the article.
    pub(super) region_chain: Option<String>,
    /// The core, abbreviations expanded.
    pub(super) core: String,
}

/// True when `short` (of `n` characters) reads as an abbreviation of `name`: two to six
/// characters, fewer than the name's, each found in the name in order (`康综` of
/// `康华综合医院`, `北荣` of `台北荣民总医院`).
fn bracketed_abbreviation(name: &str, short: &str, n: usize) -> bool {
    let mut rest = name.chars();
    (2..=6).contains(&n) && n < name.chars().count() && short.chars().all(|c| rest.any(|x| x == c))
}

/// `北京街中心` after 北京街社区卫生服务中心: the draft a short `中心` is a short form of.
pub(super) fn short_form_of(drafts: &[Draft], c: &Candidate) -> Option<usize> {
    if c.suffix != "中心" || c.named.is_some() {
        return None;
    }
    let written = format!("{}{}", c.region.concat(), c.core);
    drafts.iter().position(|d| {
        matches!(d.kind, InstitutionKind::PrimaryCare | InstitutionKind::Hospital | InstitutionKind::PublicHealth)
            && !d.core.is_empty()
            && (d.core == written || d.core.ends_with(&written))
    })
}

/// `县委` whose bare level the article does not resolve, after `道县县委`: the draft of the one
/// party committee named with a place of that level.
pub(super) fn bare_committee_of(drafts: &[Draft], c: &Candidate, n: &RecordName) -> Option<usize> {
    let [level] = c.region.as_slice() else { return None };
    if c.suffix != PARTY_COMMITTEE || n.region_chain.as_deref() != Some(level.as_str()) {
        return None;
    }
    let mut of_level = drafts.iter().enumerate().filter(|(_, d)| {
        d.suffix == PARTY_COMMITTEE && d.region.as_deref().is_some_and(|r| r.ends_with(level.as_str()) && r != level)
    });
    match (of_level.next(), of_level.next()) {
        (Some((k, _)), None) => Some(k),
        _ => None,
    }
}

/// `name` without the legal form that may open it (`社团法人某协会` → `某协会`).
fn without_legal_form(name: &str) -> &str {
    LEGAL_FORMS.iter().find_map(|f| name.strip_prefix(f)).unwrap_or(name)
}

/// Another mention of draft `d`: the longer name wins (the shorter one becomes a surface),
/// a region of more than one character fills a missing one.
pub(super) fn merge_into(d: &mut Draft, c: Candidate, n: RecordName) {
    // A joined unit (`卫生福利部疾病管制署`) names the draft of its bare body (`疾病管制署`).
    let unit_of_draft = c.named.is_some() && !n.core.is_empty() && n.core == d.name;
    // A department named with its government (`香港特别行政区政府卫生署`) after its bare
    // name (`卫生署`, a headline's) names that draft.
    let department_of_draft = department_of_government(&n.name)
        .is_some_and(|dept| dept == d.name || (!d.named && d.core.is_empty() && dept == d.suffix));
    if n.name.chars().count() > d.name.chars().count() && (c.named.is_none() || unit_of_draft || department_of_draft) {
        let old = std::mem::replace(&mut d.name, n.name);
        d.add_surface(old);
        d.core = n.core;
        if department_of_draft && n.region_chain.is_some() {
            d.region = n.region_chain.clone();
        }
    }
    if !c.region.is_empty()
        && n.region_chain.as_ref().is_some_and(|r| r.chars().count() > 1)
        && (d.region.is_none() || d.region_key.is_empty())
    {
        d.region = n.region_chain;
        d.region_key = n.key_region;
    }
    d.add_surface(c.surface);
    d.mentions.push(c.span);
    d.has_bare |= c.bare;
}

/// A new draft for `c`: its region is its own chain, or for local services (hospitals,
/// primary care, public health) the article's region unless the name opens with a national
/// prefix (`national`); a lexicon body keeps the government written before it
/// (`香港特别行政区政府卫生署`) and is also known by its short name.
pub(super) fn new_draft(c: Candidate, n: RecordName, regions: &ArticleRegions, national: bool) -> Draft {
    let local =
        matches!(c.kind, InstitutionKind::Hospital | InstitutionKind::PrimaryCare | InstitutionKind::PublicHealth);
    let region = if c.named.is_some() {
        n.region_chain.filter(|r| r.chars().count() > 1)
    } else if n.region_chain.as_ref().is_some_and(|r| r.chars().count() > 1) {
        n.region_chain
    } else if local && !national {
        regions.default_region_of(&n.name)
    } else {
        None
    };
    // A list item written as its place only (see `sibling_places`) has no surface.
    let mut surfaces: Vec<String> = Some(c.surface).filter(|s| !s.is_empty()).into_iter().collect();
    if let Some(short) = c.named.as_ref().and_then(|n| department_of_government(n)) {
        surfaces.push(short.to_string());
    }
    // A lexicon unit joined to its body (`卫生福利部疾病管制署`) is also known by its own name.
    if c.named.is_some() && !n.core.is_empty() {
        surfaces.push(n.core.clone());
    }
    Draft {
        name: n.name,
        kind: c.kind,
        region,
        core: n.core,
        suffix: c.suffix,
        region_key: n.key_region,
        named: c.named.is_some(),
        surfaces,
        mentions: vec![c.span],
        has_bare: c.bare,
    }
}

impl InstitutionExtractor {
    /// Adds a candidate to the matching draft or opens a new one.
    pub(super) fn add(&self, drafts: &mut Vec<Draft>, mut c: Candidate, regions: &ArticleRegions) {
        // A mainland government is named `人民政府` (`晋城市政府` → `晋城市人民政府`); Hong
        // Kong, Macau and Taiwan governments keep `政府` (`台北市政府`), and so does a
        // country's, named without a place (`中国政府`, `法国政府`).
        let country = c.region.is_empty() && (self.national.contains(&c.core) || self.is_country(&c.core));
        if c.suffix == "政府" && !country && !self.outside_mainland(&c.region, regions) {
            c.suffix = "人民政府".to_string();
        }
        let n = self.record_name(&c, regions);
        let found = short_form_of(drafts, &c)
            .or_else(|| bare_committee_of(drafts, &c, &n))
            .or_else(|| self.company_short_form_of(drafts, &c, &n));
        if let Some(k) = found {
            drafts[k].add_surface(c.surface);
            drafts[k].mentions.push(c.span);
            return;
        }
        match drafts.iter_mut().find(|d| self.same_body(d, &c, &n)) {
            Some(d) => merge_into(d, c, n),
            None => {
                let national = self.opens_national(&n.name);
                drafts.push(new_draft(c, n, regions, national));
            }
        }
    }

    /// A company written by its brand and trade (`恒瑞医药` after `江苏恒瑞医药股份有限公司`):
    /// the company whose name, place words left out, opens with it.
    fn company_short_form_of(&self, drafts: &[Draft], c: &Candidate, n: &RecordName) -> Option<usize> {
        if c.kind != InstitutionKind::Company || c.named.is_some() || !c.region.is_empty() || c.core.is_empty() {
            return None;
        }
        drafts.iter().position(|d| {
            d.kind == InstitutionKind::Company && {
                let name = self.strip_region_prefix(&d.name);
                name.len() > n.name.len() && name.starts_with(&n.name)
            }
        })
    }

    /// The name a candidate gives its institution: a lexicon body's own, else the region
    /// chain completed from the article, the core (abbreviations expanded) and the suffix.
    pub(super) fn record_name(&self, c: &Candidate, regions: &ArticleRegions) -> RecordName {
        let region_chain = self.complete_region(&c.region, regions);
        let core = self.expand_abbreviation(&c.core);
        let (name, key_region) = match &c.named {
            Some(n) => (n.clone(), String::new()),
            None => {
                // A company is named as registered, an outlet as printed: its place words
                // stay (`江西仁和药业`, not 江西省仁和区; `临江日报`); a bare level is still the
                // article's.
                let as_printed = matches!(c.kind, InstitutionKind::Company | InstitutionKind::Media);
                let prefix = if as_printed && c.region.iter().all(|r| r.chars().count() > 1) {
                    c.region.concat()
                } else {
                    region_chain.clone().unwrap_or_default()
                };
                let name = if c.suffix == PARTY_COMMITTEE {
                    format!("中共{prefix}委员会")
                } else if c.region.is_empty() {
                    format!("{core}{}", c.suffix)
                } else {
                    format!("{prefix}{core}{}", c.suffix)
                };
                let last = region_chain.as_deref().map(|r| self.region_key(r, &c.region)).unwrap_or_default();
                (name, last)
            }
        };
        RecordName { name, key_region, region_chain, core }
    }

    /// The draft that `c` (named `n`) is another mention of: the same lexicon body (`卫生署`
    /// after `香港特别行政区政府卫生署`), or the same suffix with the same core in a
    /// compatible region.
    pub(super) fn same_body(&self, d: &Draft, c: &Candidate, n: &RecordName) -> bool {
        if without_legal_form(&d.name) == without_legal_form(&n.name) {
            // `社团法人某协会` and `某协会`.
            return true;
        }
        if c.named.is_some() || d.named {
            return d.name == n.name
                || department_of_government(&d.name) == Some(n.name.as_str())
                || department_of_government(&n.name) == Some(d.name.as_str())
                || self.department_with_place(&d.name, d.region.as_deref(), &c.core, &c.suffix, &c.region.concat())
                || (!d.named
                    && self.department_with_place(
                        &n.name,
                        n.region_chain.as_deref(),
                        &d.core,
                        &d.suffix,
                        d.region.as_deref().unwrap_or_default(),
                    ))
                || (d.named && !d.core.is_empty() && d.core == n.name)
                || (c.named.is_some() && !n.core.is_empty() && n.core == d.name)
                || (d.named && body_with_place(&c.core, &c.suffix, !c.region.is_empty(), &d.name))
                || (c.named.is_some() && body_with_place(&d.core, &d.suffix, d.region.is_some(), &n.name));
        }
        if d.suffix != c.suffix {
            return false;
        }
        // Two ways of writing the place that complete to one name are one body
        // (`省医保局`, `自治区医保局` in a page about 广西壮族自治区).
        if d.name == n.name {
            return true;
        }
        // A department written with its place or with the place's government is one body
        // (`台北市卫生局`, `台北市政府卫生局`).
        let (dc, nc) = (government_core(&d.core), government_core(&n.core));
        if nc.is_empty() || dc.is_empty() {
            return nc.is_empty() && dc.is_empty() && d.region_key == n.key_region;
        }
        let compatible = d.region_key.is_empty() || n.key_region.is_empty() || d.region_key == n.key_region;
        (d.core == n.core && compatible)
            || (self.same_core_with_region(&d.core, &n.core, d.region.as_deref())
                && !place_apart((&d.name, &d.core), (&n.name, &n.core), &d.suffix))
    }

    /// `香港卫生署` and `香港特别行政区政府卫生署`: a department written with its place alone
    /// (`core` empty, `suffix` the department, `place` its region) is the one named with
    /// that place's government (`gov_name`, whose region is `gov_region`).
    pub(super) fn department_with_place(
        &self,
        gov_name: &str,
        gov_region: Option<&str>,
        core: &str,
        suffix: &str,
        place: &str,
    ) -> bool {
        let Some(dept) = department_of_government(gov_name) else { return false };
        let within = |r: &str| r.starts_with(place) || self.region_short.get(place).is_some_and(|f| r.starts_with(f));
        core.is_empty() && suffix == dept && place.chars().count() > 1 && gov_region.is_some_and(within)
    }

    /// `徐汇枫林街道` and `枫林街道` are one core when the extra `徐汇` is the short form
    /// of the other's region.
    pub(super) fn same_core_with_region(&self, a: &str, b: &str, region: Option<&str>) -> bool {
        let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
        let Some(extra) = long.strip_suffix(short) else { return false };
        if extra.is_empty() || short.is_empty() {
            return false;
        }
        // `上海交通大学医学院附属瑞金医院` and `瑞金医院`; `四川大学华西医院` and `华西医院`.
        if ["附属", "大学", "学院"].iter().any(|a| extra.ends_with(a)) {
            return true;
        }
        let Some(region) = region else { return self.region_short.contains_key(extra) };
        region.contains(extra) || self.region_short.contains_key(extra)
    }

    /// Replaces a whole-name abbreviation at the start of a core (`中新社（北京）…` →
    /// `中国新闻社（北京）…`).
    pub(super) fn expand_abbreviation(&self, core: &str) -> String {
        for Abbreviation { short, full, .. } in &self.abbreviations {
            if let Some(rest) = core.strip_prefix(short.as_str()) {
                return format!("{full}{rest}");
            }
        }
        core.to_string()
    }

    /// The printed form of a name whose abbreviation FACTS does not list (`卫福部`,
    /// `宾县医保局`): the expansion stays only where the article prints the full form
    /// (`中山市医疗保障局` … `市医保局`); else the abbreviation a surface of the record was
    /// written with takes its place in the name.
    pub(super) fn printed_name(&self, text: &str, d: &mut Draft) {
        for (short, full) in &self.printed_only {
            if d.name.contains(full.as_str())
                && !text.contains(full.as_str())
                && d.surfaces.iter().any(|s| s.contains(short.as_str()))
            {
                d.name = d.name.replacen(full.as_str(), short, 1);
            }
        }
    }

    /// Short forms the article declares: `上海市卫生健康委员会（以下简称“市卫健委”）`, or an
    /// abbreviation bracketed right after the name (`康华综合医院（康综）`). The short form
    /// becomes an alias and its later occurrences mentions; a record made only of the short
    /// form (`康综、某某医院` read as a coordination) joins the declaring one.
    pub(super) fn declared_short_forms(&self, doc: &Doc<'_>, drafts: &mut Vec<Draft>) {
        let mut declared: Vec<(usize, String, Span)> = Vec::new();
        for (k, d) in drafts.iter().enumerate() {
            for m in &d.mentions {
                let Some((offset, short)) = self.declared_after(m.slice(doc.text), &doc.text[m.end..]) else {
                    continue;
                };
                let start = m.end + offset;
                declared.push((k, short.to_string(), Span::new(start, start + short.len())));
            }
        }
        let mut absorbed = vec![false; drafts.len()];
        for (k, short, at) in declared {
            for j in 0..drafts.len() {
                let only_short = !drafts[j].mentions.is_empty()
                    && drafts[j].mentions.iter().all(|m| m.slice(doc.text) == short && m.start >= at.start);
                if j != k && !absorbed[k] && only_short {
                    absorbed[j] = true;
                    let moved = std::mem::take(&mut drafts[j].mentions);
                    drafts[k].mentions.extend(moved);
                }
            }
            let taken: Vec<Span> = drafts.iter().flat_map(|d| d.mentions.iter().copied()).collect();
            let mut found = Vec::new();
            for &span in doc.sentence_spans() {
                for (pos, _) in span.slice(doc.text).match_indices(short.as_str()) {
                    let sp = Span::new(span.start + pos, span.start + pos + short.len());
                    if sp.start >= at.start && !taken.iter().any(|t| t.overlaps(sp)) {
                        found.push(sp);
                    }
                }
            }
            let d = &mut drafts[k];
            d.add_surface(short);
            d.mentions.extend(found);
        }
        let mut keep = absorbed.into_iter().map(|a| !a);
        drafts.retain(|_| keep.next().unwrap_or(true));
    }

    /// The short form declared right after a mention `name` (`after` the text that follows
    /// it), with its byte offset in `after`: `（以下简称“X”）`, `（简称X）`, or a bare `（X）`
    /// whose characters are those of the name in order (`台北荣民总医院（北荣）`) and that
    /// names no place.
    fn declared_after<'t>(&self, name: &str, after: &'t str) -> Option<(usize, &'t str)> {
        let (offset, short, declared) = quotes::declared_short(after)?;
        let place = self.is_region_word(short) || self.is_short_form(short);
        if !declared && (place || !bracketed_abbreviation(name, short, short.chars().count())) {
            return None;
        }
        Some((offset, short))
    }

    /// Later short mentions: `磁器口中心` for 磁器口社区卫生服务中心, a bare `古美` for a
    /// centre that was listed bare, `恒瑞医药`/`恒瑞` for 江苏恒瑞医药股份有限公司, a bare
    /// `残联` for the one people's organization named by its place (`某省残联`).
    pub(super) fn short_mentions(&self, doc: &Doc<'_>, drafts: &mut [Draft]) {
        let mut taken: Vec<Span> = drafts.iter().flat_map(|d| d.mentions.iter().copied()).collect();
        let mut suffix_count: FxHashMap<String, usize> = FxHashMap::default();
        for d in drafts.iter() {
            *suffix_count.entry(d.suffix.clone()).or_default() += 1;
        }
        for d in drafts.iter_mut() {
            let mut forms: Vec<(String, bool)> = Vec::new();
            let core = self.strip_region_prefix(&d.core);
            if let Some(form) = place_named_association(d, &suffix_count) {
                forms.push((form, true));
            }
            match d.kind {
                InstitutionKind::Hospital | InstitutionKind::PrimaryCare | InstitutionKind::PublicHealth
                    if core.chars().count() >= 2 =>
                {
                    forms.push((format!("{core}中心"), false));
                    forms.push((format!("{core}医院"), false));
                    if d.has_bare {
                        forms.push((core.to_string(), true));
                    }
                }
                InstitutionKind::Company if core.chars().count() >= 2 => {
                    let mut short = core.to_string();
                    forms.push((short.clone(), true));
                    while let Some(w) =
                        self.company_words.iter().find(|w| short.ends_with(w.as_str()) && short.len() > w.len())
                    {
                        short.truncate(short.len() - w.len());
                        if short.chars().count() >= 2 {
                            forms.push((short.clone(), true));
                        }
                    }
                }
                _ => {}
            }
            // A form the text lacks is in no sentence: one search of the text, not one per sentence.
            forms.retain(|(form, _)| doc.text.contains(form.as_str()));
            if forms.is_empty() {
                continue;
            }
            forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
            let mut found: Vec<(Span, String)> = Vec::new();
            for (i, &span) in doc.sentence_spans().iter().enumerate() {
                // The sentence's token boundaries, read once a form matches in it.
                let mut bounds: Option<Boundaries> = None;
                for (form, aligned) in &forms {
                    for (pos, _) in span.slice(doc.text).match_indices(form.as_str()) {
                        let sp = Span::new(span.start + pos, span.start + pos + form.len());
                        if taken.iter().any(|t| t.overlaps(sp)) {
                            continue;
                        }
                        let read = || Boundaries::new(&doc.sentence(i).tokens);
                        if *aligned && !bounds.get_or_insert_with(read).contains_span(sp) {
                            continue;
                        }
                        let after = &doc.text[sp.end..];
                        if *aligned && after.starts_with(['区', '县', '镇', '乡', '村', '路', '街', '市']) {
                            continue;
                        }
                        taken.push(sp);
                        found.push((sp, form.clone()));
                    }
                }
            }
            for (sp, form) in found {
                d.mentions.push(sp);
                d.add_surface(form);
            }
        }
    }
}

/// The suffix written alone (`残联`) of an association named by its place alone (`某省残联`,
/// `某县红十字会`), when no other body of the page has that suffix: a later bare mention of
/// it (FACTS §4: a later short form of a body already named is a mention of it).
fn place_named_association(d: &Draft, suffix_count: &FxHashMap<String, usize>) -> Option<String> {
    if d.kind != InstitutionKind::Association || !d.core.is_empty() || d.named {
        return None;
    }
    if suffix_count.get(&d.suffix) != Some(&1) {
        return None;
    }
    let region = d.region.as_deref()?;
    d.surfaces
        .iter()
        .chain(std::iter::once(&d.name))
        .find_map(|s| s.strip_prefix(region))
        .filter(|form| form.chars().count() >= 2 && form.chars().all(is_han))
        .map(str::to_string)
}
