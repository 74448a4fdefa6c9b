//! Tables with ruled cells. A row never splits across pages; the header row repeats
//! at the top of every page the table runs onto.

use crate::error::Result;
use crate::lang::Text;
use crate::pdf::{Align, Composer};
use crate::text::{Line, Style, wrap};

pub struct Column {
    pub header: Text,
    /// Share of the table's width.
    pub weight: f32,
    pub align: Align,
}

impl Column {
    pub fn new(header: Text, weight: f32) -> Column {
        Column {
            header,
            weight,
            align: Align::Left,
        }
    }

    pub fn align(self, align: Align) -> Column {
        Column { align, ..self }
    }
}

/// Where a body cell was drawn (points from the page's top left), for forms that draw
/// into a cell besides its text: a tick, a strip of months.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CellBox {
    pub row: usize,
    pub column: usize,
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// Blank rows' height, for forms filled by hand (0: as tall as the text).
    pub min_row_height: f32,
    pub style: Style,
}

const PAD: f32 = 4.0;

impl Composer {
    pub fn table(&mut self, table: &Table) -> Result<()> {
        self.table_with_headings(table, &[])
    }

    /// `table` with heading rows across its whole width (the groups of a list): the
    /// heading `(i, text)` goes before row `i` (after the last row when `i` is the
    /// number of rows) and never ends a page without the row after it.
    pub fn table_with_headings(
        &mut self,
        table: &Table,
        headings: &[(usize, String)],
    ) -> Result<()> {
        self.table_drawing(table, headings, &mut |_, _| Ok(()))
    }

    /// `table_with_headings`, calling `draw` for each body cell once its row is on the
    /// page: for forms that draw into a cell besides its text (a tick, a strip of months).
    pub fn table_drawing(
        &mut self,
        table: &Table,
        headings: &[(usize, String)],
        draw: &mut dyn FnMut(&mut Composer, CellBox) -> Result<()>,
    ) -> Result<()> {
        let width = self.content_width();
        let total: f32 = table.columns.iter().map(|c| c.weight).sum();
        let widths: Vec<f32> = table
            .columns
            .iter()
            .map(|c| width * c.weight / total.max(0.0001))
            .collect();
        let headers: Vec<String> = table
            .columns
            .iter()
            .map(|c| c.header.render(self.mode()))
            .collect();
        let header_style = Style {
            size: table.style.size - 0.5,
            bold: true,
        };
        draw_row(
            self,
            &headers,
            &widths,
            &table.columns,
            header_style,
            0.0,
            true,
        )?;
        let widths_for_head = widths.clone();
        let header_copy = headers.clone();
        let aligns: Vec<Align> = table.columns.iter().map(|c| c.align).collect();
        self.set_running_head(Some(Box::new(move |c: &mut Composer| {
            draw_row_aligned(
                c,
                &header_copy,
                &widths_for_head,
                &aligns,
                header_style,
                0.0,
                true,
            )
            .map(|_| ())
        })));
        let full = [widths.iter().sum::<f32>()];
        let heading_style = table.style.bold();
        for index in 0..=table.rows.len() {
            let row = table.rows.get(index);
            for (_, text) in headings.iter().filter(|(at, _)| *at == index) {
                let heading = std::slice::from_ref(text);
                let mut keep = row_height(heading, &full, heading_style, 0.0)?;
                if let Some(row) = row {
                    keep += row_height(row, &widths, table.style, table.min_row_height)?;
                }
                if keep > self.room() {
                    self.new_page()?;
                }
                draw_row_aligned(
                    self,
                    heading,
                    &full,
                    &[Align::Left],
                    heading_style,
                    0.0,
                    false,
                )?;
            }
            let Some(row) = row else { break };
            let height = draw_row(
                self,
                row,
                &widths,
                &table.columns,
                table.style,
                table.min_row_height,
                false,
            )?;
            let (top, mut x) = (self.y - height, self.left());
            for (column, &width) in widths.iter().enumerate() {
                let cell = CellBox {
                    row: index,
                    column,
                    x,
                    top,
                    width,
                    height,
                };
                draw(self, cell)?;
                x += width;
            }
        }
        self.set_running_head(None);
        self.space(8.0);
        Ok(())
    }

    /// The height `table` takes when it fits on one page (header, rows, the space
    /// after it): lets a form decide where a block goes before drawing it.
    pub fn table_height(&self, table: &Table) -> Result<f32> {
        let width = self.content_width();
        let total: f32 = table.columns.iter().map(|c| c.weight).sum();
        let header_style = Style {
            size: table.style.size - 0.5,
            bold: true,
        };
        let row_height = |cells: &[String], style: Style, min_height: f32| -> Result<f32> {
            let mut lines = 1;
            for (text, column) in cells.iter().zip(&table.columns) {
                let w = width * column.weight / total.max(0.0001);
                lines = lines.max(wrap(text, style, (w - 2.0 * PAD).max(1.0))?.len());
            }
            Ok((lines as f32 * style.leading() + PAD).max(min_height))
        };
        let headers: Vec<String> = table
            .columns
            .iter()
            .map(|c| c.header.render(self.mode()))
            .collect();
        let mut height = row_height(&headers, header_style, 0.0)? + 8.0;
        for row in &table.rows {
            height += row_height(row, table.style, table.min_row_height)?;
        }
        Ok(height)
    }
}

fn wrap_cells(cells: &[String], widths: &[f32], style: Style) -> Result<Vec<Vec<Line>>> {
    cells
        .iter()
        .zip(widths)
        .map(|(text, w)| wrap(text, style, (w - 2.0 * PAD).max(1.0)))
        .collect()
}

fn height_of(wrapped: &[Vec<Line>], style: Style, min_height: f32) -> f32 {
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
    (lines as f32 * style.leading() + PAD).max(min_height)
}

fn row_height(cells: &[String], widths: &[f32], style: Style, min_height: f32) -> Result<f32> {
    Ok(height_of(
        &wrap_cells(cells, widths, style)?,
        style,
        min_height,
    ))
}

fn draw_row(
    c: &mut Composer,
    cells: &[String],
    widths: &[f32],
    columns: &[Column],
    style: Style,
    min_height: f32,
    header: bool,
) -> Result<f32> {
    let aligns: Vec<Align> = columns.iter().map(|c| c.align).collect();
    draw_row_aligned(c, cells, widths, &aligns, style, min_height, header)
}

fn draw_row_aligned(
    c: &mut Composer,
    cells: &[String],
    widths: &[f32],
    aligns: &[Align],
    style: Style,
    min_height: f32,
    header: bool,
) -> Result<f32> {
    let wrapped = wrap_cells(cells, widths, style)?;
    let height = height_of(&wrapped, style, min_height);
    // The whole row moves to the next page (with the header) rather than split.
    if height > c.room() {
        c.new_page()?;
    }
    let top = c.y;
    let mut x = c.left();
    for ((cell, w), align) in wrapped.iter().zip(widths).zip(aligns) {
        let align = if header { Align::Center } else { *align };
        for (i, line) in cell.iter().enumerate() {
            let lx = x + PAD + crate::pdf::offset(align, w - 2.0 * PAD, line.width);
            c.line_at(
                line,
                style,
                lx,
                top + PAD / 2.0 + i as f32 * style.leading(),
            )?;
        }
        x += w;
    }
    // Cell borders: the top and left of each cell; the bottom and right close the row.
    let right = c.left() + widths.iter().sum::<f32>();
    let thickness = if header { 0.8 } else { 0.5 };
    c.rule(c.left(), top, right, top, thickness);
    c.rule(c.left(), top + height, right, top + height, thickness);
    let mut x = c.left();
    for w in widths {
        c.rule(x, top, x, top + height, 0.5);
        x += w;
    }
    c.rule(right, top, right, top + height, 0.5);
    c.y = top + height;
    Ok(height)
}
