// A type choice the existing schema makes throughout is the project's decision, not an oversight:
// advice against it on every new column would be noise a team learns to ignore, or switches off.
import type { Catalog, CatalogColumn } from '../../core/catalog.js';

/**
 * Columns of the schema before the pull request that follow `style`, when that is the project's
 * convention: at least three of them, and the alternative at most `maxAlternativeShare` of the
 * columns that choose between the two. Undefined otherwise (a new project has no convention yet).
 */
export function schemaConvention(
  catalog: Catalog,
  style: (c: CatalogColumn) => boolean,
  alternative: (c: CatalogColumn) => boolean,
  maxAlternativeShare: number,
): number | undefined {
  let follows = 0;
  let differs = 0;
  for (const table of Object.values(catalog.tables)) {
    for (const c of table.columns) {
      if (style(c)) follows++;
      else if (alternative(c)) differs++;
    }
  }
  return follows >= 3 && differs <= maxAlternativeShare * (follows + differs) ? follows : undefined;
}
