import { strict as assert } from 'node:assert';
import { Cells } from '../../src/core/figures/cells';
import { analyse } from '../../src/core/analyse';

// A table's cells are held as columns while its figures are given their headers (figures/cells.ts, issue #14):
// the same cells, rows, columns and row heads the objects gave, and the same figures read from them.
describe('Table cells kept in columns', () => {
  it('Gives back each cell as it was pushed, and each row its first cell of the first column', () => {
    const cells = new Cells(5);
    cells.push(0, 4, 0, 0);
    cells.push(5, 9, 0, 1);
    cells.push(10, 14, 1, 0);
    cells.push(15, 19, 1, 1);
    cells.push(20, 24, 2, 1);
    assert.equal(cells.length, 5);
    assert.deepEqual(cells.cell(3), { start: 15, end: 19, row: 1, column: 1, headerRows: undefined });
    const heads = cells.rowHeads();
    assert.deepEqual([...heads], [0, 2, -1]);
    assert.deepEqual(cells.rowHead(heads, 1), { start: 10, end: 14 });
    assert.equal(cells.rowHead(heads, 2), undefined);
    // Made again from objects, a table drawn with spaces keeps its rows of labels.
    const again = Cells.of(cells.objects().map((c) => ({ ...c, headerRows: 1 })));
    assert.equal(again.headerRows, 1);
    assert.deepEqual(again.objects(), cells.objects().map((c) => ({ ...c, headerRows: 1 })));
  });

  it('Reads a table of ours with its row and column headers', () => {
    const text = '| Harbour | Share of cargo |\n|---|---|\n| Northquay | 12% |\n| Southmole | 30% |\n';
    const { figures } = analyse(text, { format: 'markdown' });
    assert.deepEqual(figures.map((f) => [text.slice(f.start, f.end), f.about]), [['12%', 'Northquay — Share of cargo'], ['30%', 'Southmole — Share of cargo']]);
  });
});
