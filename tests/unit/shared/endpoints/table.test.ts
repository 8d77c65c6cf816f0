import { describe, expect, test } from 'vitest';
import { allEndpoints, endpointNamed, endpoints, pathOf } from '#shared/endpoints';

describe('the endpoint table', () => {
  test('each entry is named after its place in the table, once', () => {
    for (const [group, entries] of Object.entries(endpoints)) {
      for (const [key, endpoint] of Object.entries(entries)) {
        expect(endpoint.name).toBe(`${group}.${key}`);
      }
    }
    const names = allEndpoints().map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test('no two entries share a method and path', () => {
    const routes = allEndpoints().map((e) => `${e.method} ${e.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  test('every path with parameters has a schema for exactly those parameters', () => {
    for (const endpoint of allEndpoints()) {
      const names = [...endpoint.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
      if (names.length === 0) {
        expect(endpoint.params, endpoint.name).toBeUndefined();
        continue;
      }
      // Ids are UUIDs; a `:day` is a London calendar date, a `:month` a month.
      const sample = Object.fromEntries(
        names.map((n) => [
          n,
          n === 'day' ? '2026-12-04' : n === 'month' ? '2026-12' : crypto.randomUUID(),
        ]),
      );
      expect(endpoint.params?.parse(sample), endpoint.name).toEqual(sample);
    }
  });

  test('reads have no body, and an entry that answers no JSON says what it answers', () => {
    for (const endpoint of allEndpoints()) {
      if (endpoint.method === 'GET') expect(endpoint.body, endpoint.name).toBeUndefined();
      if (endpoint.response === null && !endpoint.success.includes(204)) {
        expect(endpoint.produces, endpoint.name).toBeTruthy();
      }
    }
  });

  test('a path is built from its parameters, each percent-encoded, with the query after', () => {
    const personId = '0b6c2f1e-3d4a-4b5c-8d6e-7f8091a2b3c4';
    const goalId = '1c7d3e2f-4e5b-4c6d-9e7f-8091a2b3c4d5';
    expect(pathOf(endpoints.goals.change, { personId, goalId })).toBe(
      `/api/people/${personId}/goals/${goalId}`,
    );
    expect(pathOf(endpoints.people.get, { personId: 'a/b?c' })).toBe('/api/people/a%2Fb%3Fc');
    expect(pathOf(endpoints.device.sync, undefined, { since: '42' })).toBe(
      '/api/device/sync?since=42',
    );
    expect(pathOf(endpoints.service.audit, undefined, { before: undefined, limit: 50 })).toBe(
      '/api/audit?limit=50',
    );
    expect(() => pathOf(endpoints.people.get, {})).toThrow(/personId/);
  });

  test('an entry is found by its name, and an unknown name finds nothing', () => {
    expect(endpointNamed('device.sendMessage')).toBe(endpoints.device.sendMessage);
    expect(endpointNamed('device.sendTelegram')).toBeUndefined();
  });
});
