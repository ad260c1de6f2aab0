/**
 * Central agencies and the level-3 names they hold. The entries live in the
 * registry of state bodies, data/registry/*.json, each with its source, and are
 * compiled into registry.generated.ts by `npm run generate`.
 *
 * A ministry holds `<label>.gov.vn`. A unit of a ministry that already holds a
 * level-3 name of its own is listed with its parent: the decrees ask for level 4
 * under the parent, and the library accepts its own name with a warning. A
 * central agency with provincial branches lists the words branches are named by
 * ("Bảo hiểm xã hội tỉnh …"); a branch's name is `<province>.<label>.gov.vn`.
 */

export type { CentralAgency, ParentPeriod } from './agency-types.js';
export { CENTRAL_AGENCIES } from './registry.generated.js';
