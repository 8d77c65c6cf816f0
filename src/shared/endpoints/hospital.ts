import { PersonParams } from '../schemas/api';
import {
  HospitalImportRequest,
  HospitalImportResult,
  HospitalMonthParams,
  HospitalUseView,
  SetHospitalMonthRequest,
  SetServiceRefRequest,
} from '../schemas/hospital-use';
import { endpoint } from './define';

/** Hospital use from the trusts: a person's months and reference, the lead's import and CSV. */
export const hospital = {
  person: endpoint('hospital.person', {
    method: 'GET',
    path: '/api/people/:personId/hospital-use',
    auth: 'staff',
    summary: "The person's service reference and hospital use by month, newest first (audited).",
    params: PersonParams,
    response: HospitalUseView,
  }),
  setServiceRef: endpoint('hospital.setServiceRef', {
    method: 'PUT',
    path: '/api/people/:personId/hospital-use/service-ref',
    auth: 'staff',
    summary: "Set or clear the person's service reference (unique in the service; audited).",
    params: PersonParams,
    body: SetServiceRefRequest,
    response: HospitalUseView,
  }),
  setMonth: endpoint('hospital.setMonth', {
    method: 'PUT',
    path: '/api/people/:personId/hospital-use/months/:month',
    auth: 'staff',
    summary: 'Enter or correct one month by hand; every kind empty removes it (audited).',
    params: HospitalMonthParams,
    body: SetHospitalMonthRequest,
    response: HospitalUseView,
  }),
  import: endpoint('hospital.import', {
    method: 'POST',
    path: '/api/outcomes/hospital-import',
    auth: 'staff',
    summary:
      "Import a trust's counts (the lead only): all rows or none; 400 lists each bad row by number.",
    body: HospitalImportRequest,
    response: HospitalImportResult,
  }),
  peopleCsv: endpoint('hospital.peopleCsv', {
    method: 'GET',
    path: '/api/outcomes/people.csv',
    auth: 'staff',
    summary: 'One anonymised row per person, for Excel (the lead only; audited).',
    response: null,
    success: [200],
    produces: 'text/csv',
  }),
};
