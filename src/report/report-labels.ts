import { nb } from '../../dialogs/texts/nb.ts';
import type { ReportLabels } from '../domain/overview/report-words.ts';

/**
 * The catalogue's labels for the report file, in bokmål as the rest of the file (the report goes
 * to Husbanken and SSB, whatever language the leader uses Husly in).
 */
export const REPORT_LABELS: ReportLabels = {
  category: (category) => nb.labels.categories[category],
  subcategory: (subcategory) => nb.labels.subcategories[subcategory],
};
