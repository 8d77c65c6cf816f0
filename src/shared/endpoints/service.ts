import { AuditListResponse, HealthResponse } from '../schemas/api';
import { Outcomes } from '../schemas/outcomes';
import { endpoint } from './define';
import { AuditQuery, PhotoParams } from './params';

/** The service as a whole: health, live events, photos, the audit log and outcomes. */
export const service = {
  health: endpoint('service.health', {
    method: 'GET',
    path: '/api/health',
    auth: 'none',
    summary: 'The server is up.',
    response: HealthResponse,
  }),
  openapi: endpoint('service.openapi', {
    method: 'GET',
    path: '/api/openapi.json',
    auth: 'none',
    summary: 'This document: the API as OpenAPI 3.1.',
    response: null,
    success: [200],
    produces: 'application/json',
  }),
  events: endpoint('service.events', {
    method: 'GET',
    path: '/api/events',
    auth: 'staff',
    summary: 'Live events for the console (Server-Sent Events; ids only).',
    response: null,
    success: [200],
    produces: 'text/event-stream',
  }),
  photo: endpoint('service.photo', {
    method: 'GET',
    path: '/api/photos/:photoId',
    auth: 'staff-or-device',
    summary: "A caseworker's photo (immutable).",
    params: PhotoParams,
    response: null,
    success: [200],
    produces: 'image/*',
  }),
  audit: endpoint('service.audit', {
    method: 'GET',
    path: '/api/audit',
    auth: 'staff',
    summary: 'Who saw and changed what, newest first (the lead only).',
    query: AuditQuery,
    response: AuditListResponse,
  }),
  outcomes: endpoint('service.outcomes', {
    method: 'GET',
    path: '/api/outcomes',
    auth: 'staff',
    summary: "The service's outcome figures (the lead only).",
    response: Outcomes,
  }),
  outcomesCsv: endpoint('service.outcomesCsv', {
    method: 'GET',
    path: '/api/outcomes/export.csv',
    auth: 'staff',
    summary: 'The outcome figures as anonymised CSV (each download is audited).',
    response: null,
    success: [200],
    produces: 'text/csv',
  }),
};
