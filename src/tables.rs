//! Tables: records flattened into one typed table per fact type, for data frames, Arrow and
//! Parquet. This is the one definition of the tables; the Python binding
//! (`zhnews.to_tables`) and the command (`zhnews extract --output-format parquet`) convert
//! the same [`Table`]s, so both give the same columns and rows.
//!
//! **In:** [`Article`]s, each with an `article_id` chosen by the caller (the command uses the
//! input's path). **Out:** the tables of [`TABLE_NAMES`], in that order, as plain column
//! vectors ([`Values`]); no Arrow type here.
//!
//! **Rows.** One row per fact, in the record's order, with `index`, the fact's position in
//! its record list (`article.figures[index]`). A fact with a list of mentions
//! (institutions, people, events) gives its earliest mention as `text`/`start`/`end` and
//! their number as `mention_count`; every mention of those is also a row of `mentions`
//! (`fact` names the table, `index` the fact). Figures, dates and programs have exactly one
//! mention each. `articles` has one row per article (meta, `body_length` in code points,
//! no `index`), `repairs` one row per repair.
//!
//! **Columns.** Every table starts with `article_id`. Offsets and counts are [`Values::Int`],
//! figure values [`Values::Float`], enum kinds their JSON strings, dates ISO 8601 strings,
//! lists of strings (`aliases`, `titles`, `authors`, `editors`) [`Values::StrList`]. A
//! column is nullable exactly where the record field is optional (and the first-mention
//! columns of facts with mention lists, which have no value for a fact without mentions).
//!
//! **Guarantees:** every column of a table has as many values as the table has rows; each
//! fact table has as many rows as the articles pushed have facts of its type.
//!
//! ```
//! use zhnews::tables::{TablesBuilder, Values};
//! let article = zhnews::extract("上海市卫生健康委员会\n2024-02-28\n今年全市新建56家社区卫生服务中心。").unwrap();
//! let mut builder = TablesBuilder::new();
//! builder.push("a.txt", &article);
//! let tables = builder.take();
//! let figures = tables.iter().find(|t| t.name == "figures").unwrap();
//! assert_eq!(figures.num_rows(), article.figures.len());
//! let Values::Float(values) = &figures.column("value").unwrap().values else { panic!() };
//! assert_eq!(values[0], Some(56.0));
//! let Values::Str(ids) = &figures.columns[0].values else { panic!() };
//! assert_eq!(ids[0].as_deref(), Some("a.txt"));
//! ```

use crate::facts::{DateMention, Event, Figure, Institution, Mention, Person, Program};
use crate::names::variant_name;
use crate::record::{Article, Repair};

/// The tables, in the order [`TablesBuilder::take`] returns them.
pub const TABLE_NAMES: [&str; 9] =
    ["articles", "institutions", "figures", "dates", "programs", "people", "events", "mentions", "repairs"];

/// One table: named, typed columns of equal length.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub columns: Vec<Column>,
}

impl Table {
    /// The number of rows.
    pub fn num_rows(&self) -> usize {
        self.columns.first().map_or(0, |c| c.values.len())
    }

    /// The column called `name`.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// One column: its name, whether it may hold nulls, and its values.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: &'static str,
    pub nullable: bool,
    pub values: Values,
}

/// The values of a column; `None` is null (only in nullable columns).
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    /// 64-bit integers: offsets, counts, indexes.
    Int(Vec<Option<i64>>),
    /// 64-bit floats: figure values.
    Float(Vec<Option<f64>>),
    /// UTF-8 strings.
    Str(Vec<Option<String>>),
    /// Lists of strings (never null; empty lists instead).
    StrList(Vec<Vec<String>>),
}

impl Values {
    /// The number of values.
    pub fn len(&self) -> usize {
        match self {
            Values::Int(v) => v.len(),
            Values::Float(v) => v.len(),
            Values::Str(v) => v.len(),
            Values::StrList(v) => v.len(),
        }
    }

    /// True when there is no value.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

type Get<T, V> = Box<dyn Fn(&T) -> V + Send + Sync>;

/// A column being built: how to read its value from an item, and the values so far.
enum Data<T> {
    Int(Get<T, Option<i64>>, Vec<Option<i64>>),
    Float(Get<T, Option<f64>>, Vec<Option<f64>>),
    Str(Get<T, Option<String>>, Vec<Option<String>>),
    StrList(Get<T, Vec<String>>, Vec<Vec<String>>),
}

struct ColumnOf<T> {
    name: &'static str,
    nullable: bool,
    data: Data<T>,
}

impl<T> ColumnOf<T> {
    fn push(&mut self, item: &T) {
        match &mut self.data {
            Data::Int(get, v) => v.push(get(item)),
            Data::Float(get, v) => v.push(get(item)),
            Data::Str(get, v) => v.push(get(item)),
            Data::StrList(get, v) => v.push(get(item)),
        }
    }

    fn take(&mut self) -> Column {
        let values = match &mut self.data {
            Data::Int(_, v) => Values::Int(std::mem::take(v)),
            Data::Float(_, v) => Values::Float(std::mem::take(v)),
            Data::Str(_, v) => Values::Str(std::mem::take(v)),
            Data::StrList(_, v) => Values::StrList(std::mem::take(v)),
        };
        Column { name: self.name, nullable: self.nullable, values }
    }
}

fn column<T>(name: &'static str, nullable: bool, data: Data<T>) -> ColumnOf<T> {
    ColumnOf { name, nullable, data }
}

/// A non-null integer column (offsets and counts fit an `i64`).
fn int<T>(name: &'static str, get: impl Fn(&T) -> usize + Send + Sync + 'static) -> ColumnOf<T> {
    column(name, false, Data::Int(Box::new(move |t| Some(get(t) as i64)), Vec::new()))
}

fn opt_int<T>(name: &'static str, get: impl Fn(&T) -> Option<usize> + Send + Sync + 'static) -> ColumnOf<T> {
    column(name, true, Data::Int(Box::new(move |t| get(t).map(|n| n as i64)), Vec::new()))
}

fn float<T>(
    name: &'static str,
    nullable: bool,
    get: impl Fn(&T) -> Option<f64> + Send + Sync + 'static,
) -> ColumnOf<T> {
    column(name, nullable, Data::Float(Box::new(get), Vec::new()))
}

fn string<T, S: ToString>(name: &'static str, get: impl Fn(&T) -> S + Send + Sync + 'static) -> ColumnOf<T> {
    column(name, false, Data::Str(Box::new(move |t| Some(get(t).to_string())), Vec::new()))
}

fn opt_string<T, S: ToString>(
    name: &'static str,
    get: impl Fn(&T) -> Option<S> + Send + Sync + 'static,
) -> ColumnOf<T> {
    column(name, true, Data::Str(Box::new(move |t| get(t).map(|s| s.to_string())), Vec::new()))
}

/// An enum as its JSON string (`primary_care`).
fn kind<T, E: serde::Serialize>(name: &'static str, get: impl Fn(&T) -> E + Send + Sync + 'static) -> ColumnOf<T> {
    string(name, move |t| variant_name(&get(t)))
}

fn opt_kind<T, E: serde::Serialize>(
    name: &'static str,
    get: impl Fn(&T) -> Option<E> + Send + Sync + 'static,
) -> ColumnOf<T> {
    opt_string(name, move |t| get(t).map(|e| variant_name(&e)))
}

fn list<T>(name: &'static str, get: impl Fn(&T) -> &[String] + Send + Sync + 'static) -> ColumnOf<T> {
    column(name, false, Data::StrList(Box::new(move |t| get(t).to_vec()), Vec::new()))
}

/// `text`, `start`, `end` of the one mention of a fact.
fn located<T: 'static>(get: fn(&T) -> &Mention) -> [ColumnOf<T>; 3] {
    [string("text", move |t| get(t).text.clone()), int("start", move |t| get(t).start), int("end", move |t| get(t).end)]
}

/// `mention_count` and the earliest mention's `text`, `start`, `end` (null without mentions).
fn first_mention<T: 'static>(get: fn(&T) -> &[Mention]) -> [ColumnOf<T>; 4] {
    let first = move |t: &T| get(t).iter().min_by_key(|m| (m.start, m.end)).cloned();
    [
        int("mention_count", move |t| get(t).len()),
        opt_string("text", move |t| first(t).map(|m| m.text)),
        opt_int("start", move |t| first(t).map(|m| m.start)),
        opt_int("end", move |t| first(t).map(|m| m.end)),
    ]
}

/// A table being built from items of type `T`: `article_id`, then `index` unless the
/// table has one row per article, then its own columns.
struct TableOf<T> {
    name: &'static str,
    ids: Vec<Option<String>>,
    index: Option<Vec<Option<i64>>>,
    columns: Vec<ColumnOf<T>>,
}

impl<T> TableOf<T> {
    fn new(name: &'static str, indexed: bool, columns: impl IntoIterator<Item = ColumnOf<T>>) -> Self {
        TableOf { name, ids: Vec::new(), index: indexed.then(Vec::new), columns: columns.into_iter().collect() }
    }

    fn push(&mut self, article_id: &str, index: usize, item: &T) {
        self.ids.push(Some(article_id.to_string()));
        if let Some(v) = &mut self.index {
            v.push(Some(index as i64));
        }
        self.columns.iter_mut().for_each(|c| c.push(item));
    }

    fn extend<'a>(&mut self, article_id: &str, items: impl IntoIterator<Item = &'a T>)
    where
        T: 'a,
    {
        items.into_iter().enumerate().for_each(|(i, item)| self.push(article_id, i, item));
    }

    fn take(&mut self) -> Table {
        let mut columns =
            vec![Column { name: "article_id", nullable: false, values: Values::Str(std::mem::take(&mut self.ids)) }];
        if let Some(v) = &mut self.index {
            columns.push(Column { name: "index", nullable: false, values: Values::Int(std::mem::take(v)) });
        }
        columns.extend(self.columns.iter_mut().map(ColumnOf::take));
        Table { name: self.name, columns }
    }
}

/// A row of `mentions`: which fact list it belongs to, and the mention.
struct MentionRow {
    fact: &'static str,
    mention: Mention,
}

/// Builds the tables of many articles. Push articles, then [`take`](Self::take) the tables
/// (which empties the builder: a writer can take a batch every few thousand articles).
pub struct TablesBuilder {
    articles: TableOf<Article>,
    institutions: TableOf<Institution>,
    figures: TableOf<Figure>,
    dates: TableOf<DateMention>,
    programs: TableOf<Program>,
    people: TableOf<Person>,
    events: TableOf<Event>,
    mentions: TableOf<MentionRow>,
    repairs: TableOf<Repair>,
}

impl Default for TablesBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl TablesBuilder {
    /// A builder with every table empty (taking it gives the tables with no rows).
    pub fn new() -> Self {
        TablesBuilder {
            articles: TableOf::new("articles", false, article_columns()),
            institutions: TableOf::new("institutions", true, institution_columns()),
            figures: TableOf::new("figures", true, figure_columns()),
            dates: TableOf::new("dates", true, date_columns()),
            programs: TableOf::new("programs", true, program_columns()),
            people: TableOf::new("people", true, person_columns()),
            events: TableOf::new("events", true, event_columns()),
            mentions: TableOf::new("mentions", true, mention_columns()),
            repairs: TableOf::new("repairs", true, repair_columns()),
        }
    }

    /// Adds the rows of one article.
    pub fn push(&mut self, article_id: &str, article: &Article) {
        self.articles.push(article_id, 0, article);
        self.institutions.extend(article_id, &article.institutions);
        self.figures.extend(article_id, &article.figures);
        self.dates.extend(article_id, &article.dates);
        self.programs.extend(article_id, &article.programs);
        self.people.extend(article_id, &article.people);
        self.events.extend(article_id, &article.events);
        self.repairs.extend(article_id, &article.repairs);
        let lists: [(&'static str, Vec<&[Mention]>); 3] = [
            ("institutions", article.institutions.iter().map(|f| &f.mentions[..]).collect()),
            ("people", article.people.iter().map(|f| &f.mentions[..]).collect()),
            ("events", article.events.iter().map(|f| &f.mentions[..]).collect()),
        ];
        for (fact, facts) in lists {
            for (index, mentions) in facts.into_iter().enumerate() {
                for mention in mentions {
                    self.mentions.push(article_id, index, &MentionRow { fact, mention: mention.clone() });
                }
            }
        }
    }

    /// The articles pushed since the last take.
    pub fn len(&self) -> usize {
        self.articles.ids.len()
    }

    /// True when no article was pushed since the last take.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The tables of the articles pushed since the last take, in the order of
    /// [`TABLE_NAMES`]; the builder is empty afterwards.
    pub fn take(&mut self) -> Vec<Table> {
        vec![
            self.articles.take(),
            self.institutions.take(),
            self.figures.take(),
            self.dates.take(),
            self.programs.take(),
            self.people.take(),
            self.events.take(),
            self.mentions.take(),
            self.repairs.take(),
        ]
    }
}

fn article_columns() -> Vec<ColumnOf<Article>> {
    vec![
        int("schema_version", |a: &Article| a.schema_version as usize),
        opt_string("title", |a: &Article| a.meta.title.clone()),
        opt_string("published_at", |a: &Article| a.meta.published_at.clone()),
        opt_string("source", |a: &Article| a.meta.source.clone()),
        list("authors", |a: &Article| &a.meta.authors),
        list("editors", |a: &Article| &a.meta.editors),
        opt_string("original_title", |a: &Article| a.meta.original_title.clone()),
        kind("script", |a: &Article| a.meta.script),
        string("encoding", |a: &Article| a.meta.encoding.clone()),
        int("body_length", |a: &Article| a.body.chars().count()),
    ]
}

fn institution_columns() -> Vec<ColumnOf<Institution>> {
    let mut columns = vec![
        string("name", |f: &Institution| f.name.clone()),
        kind("kind", |f: &Institution| f.kind),
        opt_string("region", |f: &Institution| f.region.clone()),
        list("aliases", |f: &Institution| &f.aliases),
    ];
    columns.extend(first_mention(|f: &Institution| &f.mentions));
    columns
}

fn figure_columns() -> Vec<ColumnOf<Figure>> {
    let mut columns = vec![
        float("value", false, |f: &Figure| Some(f.value)),
        float("upper", true, |f: &Figure| f.upper),
        opt_string("unit", |f: &Figure| f.unit.clone()),
        kind("kind", |f: &Figure| f.kind),
        kind("approx", |f: &Figure| f.approx),
        opt_string("subject", |f: &Figure| f.subject.clone()),
    ];
    columns.extend(located(|f: &Figure| &f.mention));
    columns
}

fn date_columns() -> Vec<ColumnOf<DateMention>> {
    let mut columns = vec![
        string("value", |f: &DateMention| f.value),
        opt_string("end_value", |f: &DateMention| f.end_value),
        kind("kind", |f: &DateMention| f.kind),
        opt_kind("modifier", |f: &DateMention| f.modifier),
        opt_string("label", |f: &DateMention| f.label.clone()),
    ];
    columns.extend(located(|f: &DateMention| &f.mention));
    columns
}

fn program_columns() -> Vec<ColumnOf<Program>> {
    let mut columns =
        vec![string("name", |f: &Program| f.name.clone()), opt_string("category", |f: &Program| f.category.clone())];
    columns.extend(located(|f: &Program| &f.mention));
    columns
}

fn person_columns() -> Vec<ColumnOf<Person>> {
    let mut columns = vec![
        string("name", |f: &Person| f.name.clone()),
        list("titles", |f: &Person| &f.titles),
        opt_string("organization", |f: &Person| f.organization.clone()),
    ];
    columns.extend(first_mention(|f: &Person| &f.mentions));
    columns
}

fn event_columns() -> Vec<ColumnOf<Event>> {
    let mut columns = vec![string("name", |f: &Event| f.name.clone()), opt_string("date", |f: &Event| f.date.clone())];
    columns.extend(first_mention(|f: &Event| &f.mentions));
    columns
}

fn mention_columns() -> Vec<ColumnOf<MentionRow>> {
    let mut columns = vec![string("fact", |r: &MentionRow| r.fact)];
    columns.extend(located(|r: &MentionRow| &r.mention));
    columns
}

fn repair_columns() -> Vec<ColumnOf<Repair>> {
    vec![
        kind("kind", |r: &Repair| r.kind),
        int("start", |r: &Repair| r.start),
        int("end", |r: &Repair| r.end),
        string("before", |r: &Repair| r.before.clone()),
        string("after", |r: &Repair| r.after.clone()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(text: &str) -> (Article, Vec<Table>) {
        let article = crate::extract(text).unwrap();
        let mut builder = TablesBuilder::new();
        builder.push("x", &article);
        builder.push("y", &article);
        (article, builder.take())
    }

    #[test]
    fn every_table_has_its_facts_and_full_columns() {
        let text = "上海市卫生健康委员会\n2024-02-28\n市卫健委主任张明表示，今年全市新建56家社区卫生服务中心。\
                    市卫健委将于5月召开2024年全市卫生健康工作会议，推进“健康上海”行动。";
        let (a, tables) = tables(text);
        let names: Vec<&str> = tables.iter().map(|t| t.name).collect();
        assert_eq!(names, TABLE_NAMES);
        let counts = [
            1,
            a.institutions.len(),
            a.figures.len(),
            a.dates.len(),
            a.programs.len(),
            a.people.len(),
            a.events.len(),
            a.institutions.iter().map(|f| f.mentions.len()).sum::<usize>()
                + a.people.iter().map(|f| f.mentions.len()).sum::<usize>()
                + a.events.iter().map(|f| f.mentions.len()).sum::<usize>(),
            a.repairs.len(),
        ];
        for (table, n) in tables.iter().zip(counts) {
            assert_eq!(table.num_rows(), 2 * n, "{}", table.name);
            assert!(table.columns.iter().all(|c| c.values.len() == 2 * n), "{}", table.name);
            assert_eq!(table.columns[0].name, "article_id");
        }
        assert!(a.figures.len() * a.dates.len() * a.institutions.len() > 0, "{a:?}");
    }

    #[test]
    fn fact_columns_hold_the_record_values() {
        let (a, tables) = tables("上海市卫生健康委员会\n2024-02-28\n今年全市新建约56家社区卫生服务中心。");
        let figures = &tables[2];
        let col = |name: &str| figures.column(name).unwrap().values.clone();
        assert_eq!(col("value"), Values::Float(vec![Some(a.figures[0].value); 2]));
        assert_eq!(col("approx"), Values::Str(vec![Some("about".into()); 2]));
        assert_eq!(col("index"), Values::Int(vec![Some(0), Some(0)]));
        assert_eq!(col("start"), Values::Int(vec![Some(a.figures[0].mention.start as i64); 2]));
        let Values::Str(ids) = col("article_id") else { panic!() };
        assert_eq!(ids, [Some("x".to_string()), Some("y".to_string())]);
        let articles = &tables[0];
        assert_eq!(articles.column("published_at").unwrap().values, Values::Str(vec![Some("2024-02-28".into()); 2]));
        assert!(articles.column("index").is_none());
    }

    #[test]
    fn take_empties_the_builder_and_keeps_the_types() {
        let mut builder = TablesBuilder::new();
        builder.push("x", &crate::extract("今年新建56家社区卫生服务中心。").unwrap());
        assert_eq!(builder.len(), 1);
        let full = builder.take();
        let empty = builder.take();
        assert!(builder.is_empty());
        for (f, e) in full.iter().zip(&empty) {
            assert_eq!(e.num_rows(), 0);
            let shape = |t: &Table| {
                t.columns.iter().map(|c| (c.name, c.nullable, std::mem::discriminant(&c.values))).collect::<Vec<_>>()
            };
            assert_eq!(shape(f), shape(e));
        }
    }
}
