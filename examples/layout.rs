//! `layout FILE…` — prints the article layout found in each page (normalized first): title,
//! metadata, credits, outlets, captions and the role of every line: its final role, then the
//! scored classifier's decision (role, score, margin over the runner-up, the title score of a
//! title candidate, the features seen). A tool to inspect the article stage on new pages.
//! `--weights FILE` decides with the line classifier's weights of `FILE` (a fitted file of
//! `scripts/fit-layout.sh`) instead of `src/lexicon/line_weights.tsv`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = paths.iter().position(|a| a == "--weights") {
        let file = paths.get(i + 1).ok_or("--weights FILE")?.clone();
        zhnews::internals::line_weights::use_line_weights(&std::fs::read_to_string(file)?)?;
        paths.drain(i..i + 2);
    }
    let parser = zhnews::internals::ArticleParser::new();
    for path in paths {
        let bytes = std::fs::read(&path)?;
        let decoded = zhnews::internals::decode(&bytes, &zhnews::internals::DecodeOptions::default())?;
        let normalized = zhnews::normalize(&decoded.text);
        let text = normalized.as_str();
        let l = parser.parse(text);
        println!("== {path}");
        println!("title:     {:?}", l.title.as_ref().map(|f| &f.text));
        println!("original:  {:?}", l.original_title);
        println!("published: {:?}", l.published_at.as_ref().map(|s| (&s.iso, s.span.slice(text))));
        println!("source:    {:?}", l.source.as_ref().map(|f| &f.text));
        println!("authors:   {:?}", l.authors.iter().map(|f| &f.text).collect::<Vec<_>>());
        println!("editors:   {:?}", l.editors.iter().map(|f| &f.text).collect::<Vec<_>>());
        for c in &l.credits {
            println!("credit:    {} {} {:?}", c.name.text, c.role, c.organization.as_ref().map(|o| &o.text));
        }
        println!("outlets:   {:?}", l.outlets.iter().map(|f| &f.text).collect::<Vec<_>>());
        for c in &l.captions {
            println!("caption:   {}", c.slice(text));
        }
        for ((span, role), d) in parser.line_roles(text, &l).into_iter().zip(parser.line_decisions(text)) {
            if role == zhnews::internals::LineRole::Blank {
                continue;
            }
            let s = span.slice(text);
            let short: String = s.chars().take(40).collect();
            let title = d.title_score.map(|t| format!(" title={t}")).unwrap_or_default();
            let features: Vec<String> = d.features.iter().map(|(f, v)| format!("{f}={v}")).collect();
            println!(
                "{:>9} | {:>9} {:>5} +{:<5}{title} | {short}{} | {}",
                role.name(),
                d.role,
                d.score,
                d.margin,
                if s.chars().count() > 40 { "…" } else { "" },
                features.join(" ")
            );
        }
        println!("paragraphs: {}, sentences: {}", l.paragraphs.len(), l.sentences.len());
    }
    Ok(())
}
