/**
 * What the workbook writer leaves out and an inspector expects of a report:
 * filters on the results' header, each sheet printed landscape at the page's
 * width, and the header repeated on every printed page. Added to the writer's
 * XML as it is produced (its "features").
 */

/** A column's letters: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Printed at the page's width (as many pages down as it takes). */
function fitToWidth(xml: string): string {
  if (xml.includes('<sheetPr')) return xml;
  const open = xml.indexOf('>', xml.indexOf('<worksheet'));
  const withPr = `${xml.slice(0, open + 1)}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>${xml.slice(open + 1)}`;
  // Narrow margins (in inches): a wide table needs the page.
  return withPr
    .replace('<pageSetup ', '<pageSetup fitToWidth="1" fitToHeight="0" ')
    .replace(/<pageMargins [^>]*\/>/, '<pageMargins left="0.3" right="0.3" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>');
}

/**
 * The layout of a workbook whose first sheet, `sheet`, is a table of `width`
 * columns and `height` rows under one header row, of which the first `printed`
 * columns are printed.
 */
export function reportLayout(sheet: string, width: number, height: number, printed = width) {
  const last = columnName(width);
  const quoted = `'${escapeXml(sheet.replace(/'/g, "''"))}'`;
  const names =
    `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${quoted}!$A$1:$${last}$${height}</definedName>` +
    `<definedName name="_xlnm.Print_Area" localSheetId="0">${quoted}!$A$1:$${columnName(printed)}$${height}</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">${quoted}!$1:$1</definedName>`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _options: unknown, props: { sheetIndex: number }) => {
            const fitted = fitToWidth(xml);
            if (props.sheetIndex !== 0 || fitted.includes('<autoFilter')) return fitted;
            return fitted.replace('</sheetData>', `</sheetData><autoFilter ref="A1:${last}${height}"/>`);
          },
        },
        'xl/workbook.xml': {
          transform: (xml: string) => {
            if (xml.includes('_xlnm._FilterDatabase')) return xml;
            if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`);
            if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${names}</definedNames>`);
            return xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
          },
        },
      },
    },
  };
}
