//! `zhnews extract --output-format parquet`: the tables of `zhnews::tables`, one Parquet
//! file per table (`DIR/TABLE.parquet`, Snappy-compressed), written with the Arrow writer.
//!
//! **In:** records with their input's path (the `article_id`). **Out:** the files, whose
//! Arrow schema (stored in each file) is the tables' own: `int64`, `float64`, `utf8`,
//! `list<utf8>`, nullable where the table says so. Records are buffered and written a batch
//! of [`BATCH`] articles at a time, so memory stays bounded on any number of inputs; a run
//! with no input still writes every file, with its schema and no rows.

use crate::inputs::Failure;
use crate::output::Emit;
use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::Arc;
use zhnews::tables::{Column, Table, TablesBuilder, Values};

/// Articles per written batch.
const BATCH: usize = 1024;

/// The writers of every table, and the records not written yet.
pub struct TableSink {
    builder: TablesBuilder,
    writers: Vec<(SchemaRef, ArrowWriter<File>)>,
    name: String,
}

impl TableSink {
    /// Creates `dir` (if needed) and one file per table in it.
    pub fn create(dir: &Path) -> Result<TableSink, String> {
        let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", dir.display());
        std::fs::create_dir_all(dir).map_err(|e| fail(&e))?;
        let mut builder = TablesBuilder::new();
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
        let mut writers = Vec::new();
        for table in builder.take() {
            let schema = Arc::new(Schema::new(table.columns.iter().map(field).collect::<Vec<_>>()));
            let path = dir.join(format!("{}.parquet", table.name));
            let file = File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let writer = ArrowWriter::try_new(file, schema.clone(), Some(props.clone())).map_err(|e| fail(&e))?;
            writers.push((schema, writer));
        }
        Ok(TableSink { builder, writers, name: dir.display().to_string() })
    }

    /// Writes the buffered records as one batch per table.
    fn write_batch(&mut self) -> io::Result<()> {
        for (table, (schema, writer)) in self.builder.take().into_iter().zip(&mut self.writers) {
            let batch = record_batch(schema.clone(), table)?;
            writer.write(&batch).map_err(io::Error::other)?;
        }
        Ok(())
    }
}

impl Emit<zhnews::Article> for TableSink {
    fn record(&mut self, name: &str, article: zhnews::Article) -> io::Result<()> {
        self.builder.push(name, &article);
        if self.builder.len() >= BATCH {
            self.write_batch()?;
        }
        Ok(())
    }

    /// Not reached: `--errors json` is refused with this output.
    fn error(&mut self, name: &str, failure: &Failure) -> io::Result<()> {
        eprintln!("zhnews: {name}: {}", failure.message);
        Ok(())
    }

    /// Writes what is buffered and closes the files (their footers).
    fn flush(&mut self) -> io::Result<()> {
        self.write_batch()?;
        for (_, writer) in self.writers.drain(..) {
            writer.close().map_err(io::Error::other)?;
        }
        Ok(())
    }

    fn name(&self) -> &str {
        &self.name
    }
}

fn field(column: &Column) -> Field {
    let data_type = match column.values {
        Values::Int(_) => DataType::Int64,
        Values::Float(_) => DataType::Float64,
        Values::Str(_) => DataType::Utf8,
        // pyarrow's `list_(string())`: items named `item`, nullable.
        Values::StrList(_) => DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
    };
    Field::new(column.name, data_type, column.nullable)
}

fn array(values: Values) -> ArrayRef {
    match values {
        Values::Int(v) => Arc::new(Int64Array::from(v)),
        Values::Float(v) => Arc::new(Float64Array::from(v)),
        Values::Str(v) => Arc::new(StringArray::from(v)),
        Values::StrList(lists) => {
            let mut builder = ListBuilder::new(StringBuilder::new());
            for list in lists {
                list.iter().for_each(|s| builder.values().append_value(s));
                builder.append(true);
            }
            Arc::new(builder.finish())
        }
    }
}

fn record_batch(schema: SchemaRef, table: Table) -> io::Result<RecordBatch> {
    let columns = table.columns.into_iter().map(|c| array(c.values)).collect();
    RecordBatch::try_new(schema, columns).map_err(io::Error::other)
}
