//! `zhnews show`: one page's record highlighted on its text, as a self-contained HTML file
//! (the library's [`zhnews::Extractor::show`]), written out and optionally opened.

use crate::inputs::{self, Failure, Input};
use crate::{output, run, Format, Layout, ShowArgs};
use std::path::Path;
use std::process::ExitCode;
use zhnews::{Extractor, TextOptions};

/// Runs `zhnews show`; `Err` is a usage error (exit status 2), a page that cannot be read or
/// written is a message and exit status 1.
pub fn main(args: &ShowArgs) -> Result<ExitCode, String> {
    let extractor = run::configured(Extractor::builder(), args.encoding.as_deref(), args.published_at.as_deref())?;
    let options = match args.layout {
        Layout::Page => None,
        Layout::None => Some(run::text_options(args.published_at.as_deref())?),
    };
    let input = if args.path == Path::new("-") { Input::Stdin } else { Input::File(args.path.clone()) };
    let fail = |message: String| {
        eprintln!("zhnews: {}: {message}", input.name());
        Ok(ExitCode::from(1))
    };
    let bytes = match inputs::read(&input, zhnews::DEFAULT_MAX_INPUT_BYTES) {
        Ok(bytes) => bytes,
        Err(f) => return fail(f.message),
    };
    let html = match render(&extractor, args.format, options.as_ref(), &bytes) {
        Ok(html) => html,
        Err(f) => return fail(f.message),
    };
    let Some(out) = &args.out else {
        return match output::write_stdout(html.as_bytes()) {
            Err(e) => fail(format!("cannot write: {e}")),
            Ok(()) => Ok(ExitCode::SUCCESS),
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

/// The record of the page and its view; fragment mode with `options`.
fn render(
    extractor: &Extractor,
    format: Format,
    options: Option<&TextOptions>,
    bytes: &[u8],
) -> Result<String, Failure> {
    let (article, decoded) = match options {
        Some(options) => {
            let decoded = run::decoded(extractor, format, bytes)?;
            (extractor.extract_text_decoded(&decoded, options).map_err(|e| Failure::library(&e))?, decoded)
        }
        None if run::is_html(format, bytes) => {
            let page = extractor.html_page(bytes).map_err(|e| Failure::library(&e))?;
            (extractor.extract_html_page(&page), page.into_decoded())
        }
        None => {
            let decoded = run::decoded(extractor, format, bytes)?;
            (extractor.extract_decoded(&decoded), decoded)
        }
    };
    let layout = if options.is_some() { zhnews::Layout::Fragment } else { zhnews::Layout::Page };
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
