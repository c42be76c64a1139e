//! `train_ner [--dev] [--epochs N] [--min-count N] [--out FILE] [--extra FILE [--repeat K]]
//! MSRA_TRAIN_FILE` — trains the NER tagger (averaged perceptron) on a BMES file and writes the
//! model (default `src/tagger/model.bin`, embedded at the next build).
//!
//! `--dev` holds out the last 5 % of the file and scores it after every epoch (for choosing
//! epochs and pruning); without it every sentence is trained on. `--extra` adds the sentences
//! of another BMES file (our own gold, from `examples/gold_bmes.rs`) `K` times each (once by
//! default) to the training sentences; they are never held out. Deterministic: the same files and
//! settings give the same bytes. Run by `scripts/train-ner.sh`; never in CI.

use zhnews::internals::tagger::train::{read_bmes, train, Options};
use zhnews::internals::Segmenter;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut options = Options::default();
    let mut out = String::from("src/tagger/model.bin");
    let mut dev = false;
    let mut input = None;
    let mut extra = Vec::new();
    let mut repeat = 1usize;
    let mut no_names = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dev" => dev = true,
            "--epochs" => options.epochs = args.next().ok_or("--epochs N")?.parse()?,
            "--min-count" => options.min_count = args.next().ok_or("--min-count N")?.parse()?,
            "--out" => out = args.next().ok_or("--out FILE")?,
            "--extra" => extra.push(args.next().ok_or("--extra FILE")?),
            "--repeat" => repeat = args.next().ok_or("--repeat K")?.parse()?,
            "--no-names" => no_names = true,
            _ => input = Some(arg),
        }
    }
    let input = input.ok_or(
        "usage: train_ner [--dev] [--epochs N] [--min-count N] [--out FILE] [--extra FILE [--repeat K]] MSRA_TRAIN_FILE",
    )?;
    let mut sentences = read_bmes(&std::fs::read_to_string(&input)?)?;
    let held_out = if dev { sentences.split_off(sentences.len() - sentences.len() / 20) } else { Vec::new() };
    // MSRA's sentences give the training-data names; ours, appended after them, do not.
    options.named = if no_names { 0 } else { sentences.len() };
    let mut ours = 0;
    for path in &extra {
        let more = read_bmes(&std::fs::read_to_string(path)?)?;
        ours += more.len();
        for _ in 0..repeat {
            sentences.extend(more.iter().cloned());
        }
    }
    eprintln!(
        "{} training sentences ({ours} of our own, each {repeat} times), {} held out; {} epochs, features seen ≥ {} times",
        sentences.len(),
        held_out.len(),
        options.epochs,
        options.min_count
    );
    let segmenter = Segmenter::new(&[]);
    let bytes = train(&sentences, &held_out, &segmenter, &options, &mut |line| eprintln!("{line}"));
    std::fs::write(&out, &bytes)?;
    eprintln!("wrote {out} ({:.2} MB)", bytes.len() as f64 / 1e6);
    Ok(())
}
