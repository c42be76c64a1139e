//! `layout FILE…` — prints the article layout found in each page (normalized first): title,
//! metadata, credits, outlets, captions and the role of every line. A tool to inspect the article
//! stage on new pages.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let parser = zhnews::internals::ArticleParser::new();
    for path in std::env::args().skip(1) {
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
        for (span, role) in parser.line_roles(text, &l) {
            if role == zhnews::internals::LineRole::Blank {
                continue;
            }
            let s = span.slice(text);
            let short: String = s.chars().take(40).collect();
            println!("{:>9} | {short}{}", role.name(), if s.chars().count() > 40 { "…" } else { "" });
        }
        println!("paragraphs: {}, sentences: {}", l.paragraphs.len(), l.sentences.len());
    }
    Ok(())
}
