//! `zhnews show`: one page's record highlighted on its text, as a self-contained HTML file
//! (the library's [`zhnews::Extractor::show`]), written out and optionally opened.

use crate::inputs::{self, Input};
use crate::{Format, Layout, ShowArgs};
use std::path::Path;
use std::process::ExitCode;
use zhnews::{Extractor, TextOptions};

/// Runs `zhnews show`; `Err` is a usage error (exit status 2), a page that cannot be read or
/// written is a message and exit status 1.
pub fn main(args: &ShowArgs) -> Result<ExitCode, String> {
    let mut builder = Extractor::builder();
    if let Some(label) = &args.encoding {
        builder = builder.encoding(label).map_err(|e| format!("--encoding: {e}"))?;
    }
    if let Some(date) = &args.published_at {
        builder = builder.reference_date(date).map_err(|e| format!("--published-at: {e}"))?;
    }
    let extractor = builder.build();
    let input = if args.path == Path::new("-") { Input::Stdin } else { Input::File(args.path.clone()) };
    let fail = |message: String| {
        eprintln!("zhnews: {}: {message}", input.name());
        Ok(ExitCode::from(1))
    };
    let bytes = match inputs::read(&input, zhnews::DEFAULT_MAX_INPUT_BYTES) {
        Ok(bytes) => bytes,
        Err(f) => return fail(f.message),
    };
    let html = match render(&extractor, args, &bytes) {
        Ok(html) => html,
        Err(e) => return fail(e.to_string()),
    };
    let Some(out) = &args.out else {
        return match std::io::Write::write_all(&mut std::io::stdout().lock(), html.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => fail(format!("cannot write: {e}")),
            _ => Ok(ExitCode::SUCCESS),
        };
    };
    if let Err(e) = std::fs::write(out, html) {
        return fail(format!("cannot write {}: {e}", out.display()));
    }
    if args.open {
        open(out);
    }
    Ok(ExitCode::SUCCESS)
}

/// The record of the page and its view.
fn render(extractor: &Extractor, args: &ShowArgs, bytes: &[u8]) -> zhnews::Result<String> {
    let html_input = match args.format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => zhnews::html::looks_like_html(bytes),
    };
    let (article, decoded) = if html_input {
        let page = extractor.html_page(bytes)?;
        (extractor.extract_html_page(&page), page.into_decoded())
    } else {
        let decoded = extractor.decode(bytes)?;
        (extractor.extract_decoded(&decoded), decoded)
    };
    let (article, layout) = match args.layout {
        Layout::Page => (article, zhnews::Layout::Page),
        Layout::None => {
            let mut options = TextOptions::new();
            if let Some(date) = &args.published_at {
                options = options.published_at(date)?;
            }
            (extractor.extract_text_decoded(&decoded, &options)?, zhnews::Layout::Fragment)
        }
    };
    let text = article.text.as_deref().unwrap_or(&decoded.text);
    Ok(extractor.show(text, &article, layout))
}

/// Opens `path` in the desktop's browser (`xdg-open`, `open` on macOS, `start` on Windows);
/// says so on stderr when none can.
fn open(path: &Path) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(opener).arg(path).spawn() {
        eprintln!("zhnews: cannot open {} with {opener}: {e}", path.display());
    }
}
